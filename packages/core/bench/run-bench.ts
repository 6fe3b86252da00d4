/**
 * `pnpm bench`: this engine beside MiniSearch and Orama, in one process, on the shipped archive and on
 * synthetic archives (clones of the real articles with words swapped). For each: build time, time to load
 * the saved index, query and autocomplete latency (p50/p99), and heap used by the index.
 *
 *   pnpm bench                          # shipped, 1k, 10k and 50k articles
 *   pnpm bench --sizes 5,1000           # chosen sizes (5 is the shipped archive)
 *   pnpm bench --peers asylum-archive,MiniSearch --budget 1000
 *   pnpm bench --orama-max 10000        # Orama at 10k too (adds minutes: see BENCHMARKS.md)
 *
 * Latencies are taken in turn, query by query, so that a busy machine weighs on every peer alike.
 *
 * Speed is only ever measured here, never asserted by tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadJudgments } from '../eval/evaluate';
import { shippedDataset } from '../src/index';
import type { Dataset } from '../src/schema/types';
import { heapUsed, interleavedLatencies, percentile, time } from './measure';
import { type Handle, PEERS, type Peer } from './peers';
import { syntheticDataset } from './synthetic';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const sizes = (option('sizes') ?? `${shippedDataset.articles.length},1000,10000,50000`)
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isInteger(size) && size > 0);
const peerNames = option('peers')?.split(',');
const peers = PEERS.filter((peer) => !peerNames || peerNames.includes(peer.name));
const budgetMs = Number(option('budget') ?? 1500);
const oramaMax = Number(option('orama-max') ?? 1000);

const queries = loadJudgments(shippedDataset.articles).map((judgment) => judgment.query);
/** Prefixes a person types into an autocomplete: the first 2–5 letters of names in the archive. */
const prefixes = [
  ...new Set(
    [...shippedDataset.people, ...shippedDataset.places, ...shippedDataset.organizations]
      .flatMap((record) => record.name.toLowerCase().split(/\s+/))
      .flatMap((word, index) => [word.slice(0, 2 + (index % 4))]),
  ),
];

type Row = {
  peer: string;
  buildMs: number;
  saveMb: number;
  loadMs: number;
  heapMb: number;
  queryP50: number;
  queryP99: number;
  suggestP50: number;
  suggestP99: number;
  answered: number;
};

const ms = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(3);

/**
 * Before timing, each peer must do the same kind of work on every query: return at most 10 passages of
 * this archive, and a total at least as large. The count of queries each answers is printed beside.
 */
function checkComparable(data: Dataset, name: string, handle: Handle): number {
  const known = new Set(
    data.articles.flatMap((article) => article.paragraphs.map((_, index) => `${article.id}#${index}`)),
  );
  let answered = 0;
  for (const query of queries) {
    const { keys, total } = handle.search(query);
    if (keys.length > 10 || total < keys.length || keys.some((key) => !known.has(key))) {
      throw new Error(
        `${name} returned an answer of another kind for "${query}": ${JSON.stringify({ keys, total })}`,
      );
    }
    if (keys.length > 0) answered++;
  }
  return answered;
}

/** Builds, saves and loads every peer, then times their queries and autocomplete side by side. */
function measureSize(data: Dataset, chosen: readonly Peer[]): Row[] {
  const prepared = chosen.map((peer) => {
    const before = heapUsed();
    const built = time(() => peer.build(data));
    const heapMb = (heapUsed() - before) / 2 ** 20;
    const saved = built.value.save();
    const loaded = time(() => peer.load(data, saved));
    return {
      peer,
      handle: loaded.value,
      buildMs: built.ms,
      loadMs: loaded.ms,
      heapMb,
      saveMb: saved.length / 2 ** 20,
    };
  });
  const answered = prepared.map(({ peer, handle }) => checkComparable(data, peer.name, handle));
  const querySamples = interleavedLatencies(
    prepared.map(
      ({ handle }) =>
        (query: string) =>
          handle.search(query),
    ),
    queries,
    { budgetMs },
  );
  const suggestSamples = interleavedLatencies(
    prepared.map(
      ({ handle }) =>
        (prefix: string) =>
          handle.suggest(prefix),
    ),
    prefixes,
    { budgetMs: budgetMs / 2 },
  );
  return prepared.map((entry, index) => ({
    peer: entry.peer.name,
    buildMs: entry.buildMs,
    saveMb: entry.saveMb,
    loadMs: entry.loadMs,
    heapMb: entry.heapMb,
    queryP50: percentile(querySamples[index] ?? [], 50),
    queryP99: percentile(querySamples[index] ?? [], 99),
    suggestP50: percentile(suggestSamples[index] ?? [], 50),
    suggestP99: percentile(suggestSamples[index] ?? [], 99),
    answered: answered[index] ?? 0,
  }));
}

function printTable(title: string, rows: readonly Row[]): void {
  const header = [
    'peer',
    'build ms',
    'load ms',
    'saved MB',
    'heap MB',
    'query p50 ms',
    'query p99 ms',
    'suggest p50 ms',
    'suggest p99 ms',
    'answered',
  ];
  const cells = rows.map((row) => [
    row.peer,
    ms(row.buildMs),
    ms(row.loadMs),
    row.saveMb.toFixed(1),
    row.heapMb.toFixed(0),
    ms(row.queryP50),
    ms(row.queryP99),
    ms(row.suggestP50),
    ms(row.suggestP99),
    `${row.answered}/${queries.length}`,
  ]);
  console.log(`\n### ${title}\n`);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const line of cells) console.log(`| ${line.join(' | ')} |`);
  const ours = rows.find((row) => row.peer === 'asylum-archive');
  if (ours) {
    const notes = [`load ${(ours.buildMs / ours.loadMs).toFixed(1)}× faster than build`];
    for (const row of rows) {
      if (row !== ours)
        notes.push(`query p50 ${(row.queryP50 / ours.queryP50).toFixed(1)}× faster than ${row.peer}`);
    }
    console.log(`\nasylum-archive: ${notes.join('; ')}.`);
  }
}

/** Import of the built package and its first search, in a fresh process (what a CLI or bot pays at start). */
function coldStart(): string {
  const entry = join(packageDir, 'dist', 'index.js');
  if (!existsSync(entry)) return 'skipped: run `pnpm build` first (it measures dist/index.js)';
  const script = `const t = performance.now(); const m = await import(${JSON.stringify(entry)}); const r = m.search('juarez police denied asylum'); const e = performance.now() - t; console.log(JSON.stringify({ ms: e, hits: r.hits.length }));`;
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const parsed = JSON.parse(child.stdout.trim() || '{}') as { ms?: number; hits?: number };
    if (!parsed.ms || !parsed.hits) return `failed: ${child.stderr.trim().split('\n')[0] ?? 'no output'}`;
    runs.push(parsed.ms);
  }
  return `median ${ms(percentile(runs, 50))} ms over 5 fresh processes (import + first search)`;
}

/** One size, measured in this process (a child of the main run: see below). */
function runSize(size: number): void {
  const data =
    size <= shippedDataset.articles.length ? shippedDataset : syntheticDataset(shippedDataset, size);
  const passages = data.articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
  const title =
    data === shippedDataset
      ? `shipped archive (${data.articles.length} articles, ${passages} passages)`
      : `${size.toLocaleString('en-US')} articles (${passages.toLocaleString('en-US')} passages)`;
  // Orama's build and queries grow fastest of the three: past --orama-max it is left out (see BENCHMARKS.md).
  const chosen = peers.filter((peer) => peer.name !== 'Orama' || size <= oramaMax);
  if (chosen.length < peers.length) console.log(`\n(${title}: Orama left out above --orama-max ${oramaMax})`);
  printTable(title, measureSize(data, chosen));
}

const childSize = option('child-size');
if (childSize !== undefined) {
  runSize(Number(childSize));
} else {
  console.log(`# asylum-archive search benchmark`);
  console.log(
    `node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ` +
      `${queries.length} queries (eval/queries.yaml), ${prefixes.length} autocomplete prefixes; budget ${budgetMs} ms per measurement`,
  );
  console.log(`\nImport + first query on the shipped archive: ${coldStart()}`);
  // Each size in a fresh process with room for the largest indexes (MiniSearch at 50k articles needs more
  // than node's default heap), so that one size's garbage never weighs on the next one's timings.
  const passOn = process.argv
    .slice(2)
    .filter((_, index, all) => all[index - 1] !== '--sizes' && all[index] !== '--sizes');
  for (const size of sizes) {
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        '--max-old-space-size=16384',
        fileURLToPath(import.meta.url),
        ...passOn,
        '--child-size',
        String(size),
      ],
      { stdio: 'inherit' },
    );
    if (child.status !== 0)
      console.log(`\n(size ${size}: the measuring process failed with exit code ${child.status})`);
  }
}
