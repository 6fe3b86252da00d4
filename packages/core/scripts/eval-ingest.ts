/**
 * `pnpm --filter @asylum-archive/core eval:ingest [--json] [--verbose] [--with-address] [--<newest set> | --show-<newest set>]`
 *
 * Ingests every page of the corpus (test/fixtures/corpus) the way `pnpm ingest --dry-run` does and prints,
 * for each set: pages whose body is paragraph-for-paragraph right, boilerplate blocks kept in the body,
 * article sentences lost, and title/date/author accuracy. Every set printed by default is development data.
 * The newest later set (`HIDDEN_SET`, the last name in `LATER_SET_NAMES`; held-out-14 since it landed on
 * 2026-12-02, before any rule of that round) is the held-out set of the round under way: by default it is not even
 * ingested, so that no one tuning rules sees its figures move. `--held-out-14` adds its aggregate figures (never its
 * failures), for the one measurement at the end of the round; `--show-held-out-14` also prints its failures, which
 * makes it a development set (say so when you use it). Both flags follow the list: a next round appends its set's
 * name there and these flags move with it. Every older set's flags (`--held-out-13`, `--show-held-out-13`, …) are
 * still accepted and change nothing: those sets are printed by default (held-out-13 since the round that began
 * 2026-12-02 17:43 UTC, after its one measure at 16:37 UTC, 24/52 body exact; held-out-12 since 14:56, after its one
 * at 14:10).
 * `--half tuning` shows only the tuning half. `--with-address` ingests each page with its manifest `address` as
 * `--url`, as a maintainer who knows the page's address would run `pnpm ingest`; without it (the condition of every
 * figure before 2026-12-02 15:00 UTC, and the one a rule is kept by) pages are ingested with no address. The header
 * says which condition ran. The I/O edge; scoring is in ../ingest/eval/.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type CorpusPage,
  type Half,
  HIDDEN_SET,
  LATER_SET_NAMES,
  parseCorpusManifest,
  splitDisagreements,
} from '../ingest/eval/corpus';
import {
  type HalfSummary,
  type IngestResult,
  type PageScore,
  scorePage,
  summarize,
} from '../ingest/eval/score';
import {
  type ArchiveSnapshot,
  decodeInput,
  ingestPage,
  parseBoilerplateRules,
  readArchiveSnapshot,
} from '../ingest/index';
import { readSourceFiles } from './lib/read-sources';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(packageDir, 'test', 'fixtures', 'corpus');

function ingestCorpusPage(
  page: CorpusPage,
  archive: ArchiveSnapshot,
  rules: ReturnType<typeof parseBoilerplateRules>,
  withAddress: boolean,
): IngestResult {
  const file = join(corpusDir, page.file);
  const decoded = decodeInput(readFileSync(file), file);
  const failed: IngestResult = {
    ok: false,
    title: null,
    date: null,
    dateFrom: 'none',
    authors: [],
    genre: null,
    truncated: null,
    body: [],
  };
  if (!decoded.ok) return failed;
  const name = page.file.replace(/^pages\//, '').replace(/\.\w+$/, '');
  let outcome: ReturnType<typeof ingestPage>;
  try {
    outcome = ingestPage(
      { text: decoded.text, format: decoded.format, name },
      withAddress ? { url: page.address } : {},
      archive,
      rules,
    );
  } catch {
    return failed;
  }
  if (!outcome.ok) return failed;
  const { plan } = outcome;
  const nameOf = (id: string) => archive.people.find((person) => person.id === id)?.name ?? id;
  const frontmatter = plan.frontmatter as typeof plan.frontmatter & { genre?: string };
  return {
    ok: true,
    title: plan.frontmatter.title,
    date: plan.frontmatter.published.date,
    dateFrom: plan.proposals.date.from,
    authors: [
      ...plan.proposals.authors.authors.map((author) => nameOf(author.value)),
      ...plan.proposals.authors.unknownNames.map((unknown) => unknown.name),
    ],
    genre: frontmatter.genre ?? null,
    truncated: plan.frontmatter.truncated,
    body: plan.paragraphs,
  };
}

const pct = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(0)}%`);

/** Each printed set's heading; the hidden set's is written from its name, the others' say when each was measured. */
const HEADINGS: Record<Exclude<Half, typeof HIDDEN_SET>, string> = {
  'held-out-13':
    'HELD-OUT-13, measured once at the end of its round (2026-12-02 16:37 UTC, 24/52 body exact) and printed since 17:43: development data; a next round needs a fresh set',
  'held-out-12':
    'HELD-OUT-12, measured once at the end of its round (2026-12-02 14:10 UTC, 26/50 body exact) and printed since 14:56: development data; a next round needs a fresh set',
  'held-out-11':
    'HELD-OUT-11, measured once at the end of its round (2026-12-02 11:51 UTC, 23/51 body exact) and printed since 12:47: development data; a next round needs a fresh set',
  'held-out-10':
    'HELD-OUT-10, measured once at the end of its round (2026-12-02 09:05 UTC, 32/49 body exact) and printed since 10:30: development data; a next round needs a fresh set',
  'held-out-9':
    'HELD-OUT-9, measured once at the end of its round (2026-12-02 06:25 UTC, 27/39 body exact) and printed since 07:00: development data; a next round needs a fresh set',
  'held-out-8':
    'HELD-OUT-8, measured once at the end of its round (2026-12-02 03:48 UTC, 21/36 body exact) and printed since 04:27: development data; a next round needs a fresh set',
  'held-out-7':
    'HELD-OUT-7, measured once at the end of its round (2026-12-02 00:47 UTC, 15/35 body exact) and printed since 01:47: development data; a next round needs a fresh set',
  'held-out-6':
    'HELD-OUT-6, measured once at the end of its round (2026-12-01 22:23 UTC, 6/32 body exact) and printed since: development data; a next round needs a fresh set',
  'held-out-5':
    'HELD-OUT-5, measured once at the end of its round (2026-12-01 19:34 UTC, 9/26 body exact) and printed since 20:27: development data; a next round needs a fresh set',
  'held-out-4':
    'HELD-OUT-4, measured once (2026-12-01 16:31 UTC) and read since 17:00: development data; a next round needs a fresh set',
  'held-out-3':
    'HELD-OUT-3, read after its final figure (2026-12-01 13:16 UTC) and used for development since: a next round needs a fresh set',
  'held-out-2': 'HELD-OUT-2, now used for development (its failures are read since held-out-3 was fixed)',
  'held-out': 'OLD HELD-OUT half, now used for development (its failures were read while tuning)',
  tuning: 'TUNING half',
};

const headingOf = (half: Half): string =>
  half === HIDDEN_SET
    ? `${half.toUpperCase()}, judged before ingest ever ran on it; the held-out set of the round under way, for one measure at its end`
    : HEADINGS[half];

function report(half: Half, summary: HalfSummary): string {
  return [
    `${headingOf(half)} (${summary.pages} pages)`,
    `  body exact (paragraph for paragraph): ${summary.bodyExact}/${summary.pages} = ${pct(summary.bodyExact, summary.pages)}`,
    `  boilerplate blocks kept in the body:  ${summary.boilerplateKept}`,
    `  article sentences lost:               ${summary.sentencesLost} of ${summary.sentences}`,
    `  title right:   ${summary.titleRight}/${summary.titleStated} pages that state one (${summary.titleInvented} proposed where none is stated)`,
    `  date right:    ${summary.dateRight}/${summary.dateStated} pages that state one, ${summary.dateRightFromAddress} of them read only from the page's address (${summary.dateInvented} proposed where none is stated; ${summary.dateInferred} inferred from the page's address where none is stated)`,
    `  authors right: ${summary.authorsRight}/${summary.authorsStated} pages that name them (${summary.authorsInvented} proposed where none are named)`,
    `  genre right:   ${summary.genreRight}/${summary.pages}`,
    `  truncation right: ${summary.truncatedRight}/${summary.truncatedStated} pages whose end tells`,
  ].join('\n');
}

function details(page: CorpusPage, result: IngestResult, score: PageScore): string[] {
  const lines: string[] = [];
  if (!result.ok) lines.push('ingest gave no draft');
  if (!score.bodyExact)
    lines.push(`body differs (${result.body.length} paragraphs, expected ${page.expected.body.length})`);
  for (const block of score.boilerplateKept) lines.push(`kept: ${block.slice(0, 90)}`);
  for (const sentence of score.sentencesLost) lines.push(`lost: ${sentence.slice(0, 90)}`);
  if (score.title !== 'right' && score.title !== 'not-stated')
    lines.push(
      `title ${score.title}: ${JSON.stringify(result.title)} (expected ${JSON.stringify(page.expected.title)})`,
    );
  if (score.date === 'inferred')
    lines.push(`date inferred from the address: ${result.date} (the page states none)`);
  else if (score.date !== 'right' && score.date !== 'not-stated')
    lines.push(`date ${score.date}: ${result.date} (expected ${page.expected.date})`);
  if (score.authors !== 'right' && score.authors !== 'not-stated')
    lines.push(
      `authors ${score.authors}: ${JSON.stringify(result.authors)} (expected ${JSON.stringify(page.expected.authors)})`,
    );
  if (score.genre !== 'right') lines.push(`genre: ${result.genre} (expected ${page.expected.genre})`);
  if (score.truncated === 'wrong')
    lines.push(`truncated: ${result.truncated} (expected ${page.expected.truncated})`);
  return lines;
}

async function main(): Promise<void> {
  // Every later set has its two flags; only the hidden (newest) set's change anything, the older sets' are
  // accepted so that a round's old commands still run.
  const setFlags = Object.fromEntries(
    LATER_SET_NAMES.flatMap((name) => [
      [name, { type: 'boolean' }],
      [`show-${name}`, { type: 'boolean' }],
    ]),
  ) as Record<string, { type: 'boolean' }>;
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
      half: { type: 'string' },
      'with-address': { type: 'boolean' },
      ...setFlags,
    },
  });
  const flags: Record<string, unknown> = values;
  const showHidden = flags[`show-${HIDDEN_SET}`] === true;
  const measureHidden = flags[HIDDEN_SET] === true || showHidden;
  const withAddress = values['with-address'] === true;
  const manifest = parseCorpusManifest(readFileSync(join(corpusDir, 'manifest.yaml'), 'utf8'));
  const disagreements = splitDisagreements(manifest);
  if (disagreements.length > 0) {
    console.error(`The manifest's split is not the one its seed gives:\n  ${disagreements.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  const archive = readArchiveSnapshot(
    (await readSourceFiles(packageDir))
      .filter((file) => /^data\/(?:articles\/.*\.md|organizations\.yaml|people\.yaml)$/.test(file.path))
      .map((file) => ({ path: file.path.replace(/^data\//, ''), text: file.text })),
  );
  const rules = parseBoilerplateRules(
    readFileSync(join(packageDir, 'ingest', 'boilerplate-rules.yaml'), 'utf8'),
  );
  // The newest set is hidden unless asked for: its pages are not even ingested.
  const hidden = manifest.pages.filter((page) => page.split === HIDDEN_SET && !measureHidden);
  const rows = manifest.pages
    .filter((page) => !hidden.includes(page))
    .map((page) => {
      const result = ingestCorpusPage(page, archive, rules, withAddress);
      return { page, result, score: scorePage(page, result) };
    });
  // --half tuning prints (and details) only the tuning half: what rule work may look at.
  const halves: Half[] =
    values.half === 'tuning'
      ? ['tuning']
      : [
          ...(measureHidden ? [HIDDEN_SET] : []),
          ...[...LATER_SET_NAMES].reverse().filter((name) => name !== HIDDEN_SET),
          'held-out',
          'tuning',
        ];
  const summaries = Object.fromEntries(
    halves.map((half) => [
      half,
      summarize(rows.filter((row) => row.page.split === half).map((row) => row.score)),
    ]),
  ) as Record<Half, HalfSummary>;
  if (values.json) {
    console.log(JSON.stringify(summaries, null, 2));
    return;
  }
  console.log(
    `ingest corpus: ${manifest.pages.length} pages from ${new Set(manifest.pages.map((p) => p.site)).size} sites, split by site with seed "${manifest.split.seed}"`,
  );
  console.log(
    withAddress
      ? 'condition: --with-address, each page ingested with its manifest address as --url (a maintainer who knows the address); a day read only from the address is counted apart, never as a date the page states\n'
      : 'condition: pages ingested without their address (no --url), as every earlier figure; --with-address gives each its manifest address\n',
  );
  if (hidden.length > 0 && values.half !== 'tuning')
    console.log(
      `${HIDDEN_SET.toUpperCase()} (${hidden.length} pages): hidden, this round's held-out set; not ingested (--${HIDDEN_SET} measures it, once, at the end)\n`,
    );
  for (const half of halves) {
    console.log(report(half, summaries[half]));
    if (values.verbose === true && (half !== HIDDEN_SET || showHidden)) {
      for (const row of rows.filter((r) => r.page.split === half)) {
        const lines = details(row.page, row.result, row.score);
        if (lines.length > 0)
          console.log(`    ${row.page.id}\n${lines.map((line) => `      ${line}`).join('\n')}`);
      }
    }
    console.log('');
  }
}

await main();
