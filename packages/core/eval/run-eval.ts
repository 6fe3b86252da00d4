/**
 * `pnpm eval`: relevance of the search engine on the judged queries in eval/queries.yaml, beside MiniSearch's
 * BM25 over the same passages. Prints MRR@10 (passages), Success@1 and Success@3 (articles), overall and per
 * kind of query; `--misses` also lists every query whose first relevant passage is not ranked first.
 */

import { articles, createArchive, shippedDataset } from '../src/index';
import { type Evaluation, evaluate, loadJudgments } from './evaluate';
import { engineSystem, miniSearchSystem } from './systems';

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
    ...[...first.byKind.keys()].map((kind) => [
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

const judgments = loadJudgments(articles);
const engine = evaluate(engineSystem('engine', createArchive(shippedDataset)), judgments);
const baseline = evaluate(miniSearchSystem(articles), judgments);
console.log(`${judgments.length} judged queries over ${articles.length} articles (eval/queries.yaml)\n`);
console.log(table([engine, baseline]));

if (process.argv.includes('--misses')) {
  console.log('\nQueries whose first relevant passage is not ranked first by the engine:');
  for (const outcome of engine.outcomes) {
    if (outcome.passageRank === 1) continue;
    console.log(
      `  [${outcome.judgment.kind}] "${outcome.judgment.query}": passage rank ${outcome.passageRank ?? '>10'}, article rank ${outcome.articleRank ?? '>10'}`,
    );
  }
}
