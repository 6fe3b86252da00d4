/**
 * `pnpm eval`: relevance of the search engine on the judged queries in eval/queries.yaml, beside MiniSearch's
 * BM25 over the same passages. Prints MRR@10 (passages), Success@1 and Success@3 (articles), overall and per
 * kind of query, for each closed-book set held out whole (newest first, see `LATER_SETS` in eval/judgments.ts),
 * then the held-out half, the tuning half, then the project's original queries (written with the articles open).
 * `--misses` lists every query whose first relevant passage is not ranked first by the engine, with its half;
 * `--half tuning` limits that list to one half (tune on `tuning` only).
 *
 * The newest later set is the current round's fresh one and is hidden: without its flag (`--held-out-N`) no figure
 * of it is printed, not even in an aggregate, the `--misses` list or the count of unjudged queries, so whoever
 * changes the ranking never sees it. The flag prints it first (the final measure of a session; from then on it is
 * one more looked-at set, shown by default once the next round appends its own set). The older sets are shown,
 * each with its one recorded measure in its title; their old flags are accepted and change nothing.
 */

import { readFileSync } from 'node:fs';
import { articles, shippedDataset } from '../src/index';
import { createEngine } from '../src/search/engine';
import { loadFlexsearch } from '../src/search/load-flexsearch';
import { type Evaluation, evaluate, loadJudgments, QUERIES_FILE } from './evaluate';
import { HIDDEN_FLAG, HIDDEN_HALF, HIDDEN_ORIGIN, type Judgment, LATER_SETS, unjudged } from './judgments';
import { engineSystem, miniSearchSystem, type System } from './systems';

// Building an index from data needs flexsearch, which the package loads on demand.
await loadFlexsearch();

const format = (value: number) => value.toFixed(3);

function table(evaluations: readonly Evaluation[]): string {
  const first = evaluations[0];
  if (!first) return '';
  const header = ['kind', 'n', ...evaluations.flatMap((e) => [`${e.system} MRR@10`, 'S@1', 'S@3'])];
  const rows = [
    [
      'all',
      String(first.overall.queries),
      ...evaluations.flatMap((e) => [e.overall.mrr10, e.overall.success1, e.overall.success3].map(format)),
    ],
    ...[...first.byKind.keys()].sort().map((kind) => [
      kind,
      String(first.byKind.get(kind)?.queries ?? 0),
      ...evaluations.flatMap((e) => {
        const m = e.byKind.get(kind);
        return m ? [m.mrr10, m.success1, m.success3].map(format) : ['', '', ''];
      }),
    ]),
  ];
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

const showHidden = process.argv.includes(HIDDEN_FLAG);
const all = loadJudgments(articles);
const judgments = showHidden ? all : all.filter((j) => j.half !== HIDDEN_HALF);
const systems: System[] = [engineSystem('engine', createEngine(shippedDataset)), miniSearchSystem(articles)];
type Section = [string, (judgment: Judgment) => boolean];
// The later sets, newest first; the hidden one only with its flag.
const laterSections = LATER_SETS.flatMap((later): Section[] => {
  const half = `held-out-${later.set}`;
  if (half === HIDDEN_HALF)
    return showHidden
      ? [
          [
            `${half.toUpperCase()} (${HIDDEN_ORIGIN}, never tuned on, hidden until now)`,
            (j) => j.half === half,
          ],
        ]
      : [];
  const measured = 'measured' in later ? `measured once, ${later.measured}, ` : '';
  return [
    [
      `${half.toUpperCase()} (closed-book-${later.set}, never tuned on; ${measured}looked at since)`,
      (j) => j.half === half,
    ],
  ];
}).reverse();
const sections: Section[] = [
  ...laterSections,
  ['HELD-OUT half', (j) => j.half === 'held-out'],
  ['tuning half', (j) => j.half === 'tuning'],
  ['original project queries (written with the articles open)', (j) => j.origin === 'project'],
  ['closed-book queries, both halves', (j) => j.origin === 'closed-book'],
];
const waiting = unjudged(readFileSync(QUERIES_FILE, 'utf8'), showHidden ? undefined : HIDDEN_HALF);
console.log(`${judgments.length} judged queries over ${articles.length} articles (eval/queries.yaml)`);
if (!showHidden)
  console.log(
    `${HIDDEN_HALF} (${HIDDEN_ORIGIN}) is hidden and left out of every figure: \`${HIDDEN_FLAG}\` shows it`,
  );
if (waiting.length > 0)
  console.log(
    `${waiting.length} queries with no relevant passage (not judged yet, or no paragraph answers them): left out of every figure`,
  );
for (const [title, keep] of sections) {
  const chosen = judgments.filter(keep);
  console.log(`\n## ${title}: ${chosen.length} queries\n`);
  console.log(table(systems.map((system) => evaluate(system, chosen))));
}

if (process.argv.includes('--misses')) {
  const halfAt = process.argv.indexOf('--half');
  const onlyHalf = halfAt >= 0 ? process.argv[halfAt + 1] : undefined;
  const [engine] = systems;
  const shown = judgments.filter((j) => onlyHalf === undefined || j.half === onlyHalf);
  console.log('\nQueries whose first relevant passage is not ranked first by the engine:');
  for (const outcome of engine ? evaluate(engine, shown).outcomes : []) {
    if (outcome.passageRank === 1) continue;
    const { kind, half, query } = outcome.judgment;
    console.log(
      `  [${half} ${kind}] "${query}": passage rank ${outcome.passageRank ?? '>10'}, article rank ${outcome.articleRank ?? '>10'}`,
    );
  }
}
