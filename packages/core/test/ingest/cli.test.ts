import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDraft } from '../../ingest/index';
import {
  type CliResult,
  emptyArchive,
  ingestSeed,
  listFiles,
  realArchive,
  runCli,
  seedsDir,
  temporaryDataDir,
} from './helpers';

/** The real `pnpm ingest` process, run against temporary copies of data/ (via the tests-only --data-dir). */

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
function dataDirFor(options: { articles: boolean }) {
  const temporary = temporaryDataDir(options);
  cleanups.push(temporary.cleanup);
  return temporary.dir;
}

const seed = (name: string) => join(seedsDir, name);
const OBSERVER = '002_c0c8923120210115.txt';

/** A user sees one line per problem, never a stack trace. */
function expectNoStackTrace(result: CliResult) {
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/Error:|node:internal/);
}

describe('exit 0: a draft is written', () => {
  it('writes the draft atomically under its proposed id, prints the path and what to review', async () => {
    const dataDir = dataDirFor({ articles: false });
    const expectedId = ingestSeed(OBSERVER, emptyArchive()).id;
    const result = await runCli([seed(OBSERVER), '--data-dir', dataDir]);
    expect(result.code).toBe(0);
    const drafts = join(dataDir, 'drafts');
    expect(listFiles(drafts)).toEqual([`${expectedId}.md`]);
    expect(result.stdout).toContain(`✔ wrote ${join(drafts, `${expectedId}.md`)}`);
    expect(result.stdout).toContain('Review next');
    expect(result.stdout).toContain('outlet    texas-observer');
    const check = checkDraft(readFileSync(join(drafts, `${expectedId}.md`), 'utf8'));
    expect(check.ok && check.frontmatter.draft).toBe(true);
  });

  it('resolves the file and --data-dir against the working directory', async () => {
    const dataDir = dataDirFor({ articles: false });
    const result = await runCli([OBSERVER, '--data-dir', relative(seedsDir, dataDir)], { cwd: seedsDir });
    expect(result.code).toBe(0);
    expect(listFiles(join(dataDir, 'drafts'))).toHaveLength(1);
  });

  it('--dry-run prints the draft and writes nothing', async () => {
    const dataDir = dataDirFor({ articles: false });
    const result = await runCli([seed(OBSERVER), '--dry-run', '--data-dir', dataDir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(ingestSeed(OBSERVER, emptyArchive()).fileText);
    expect(result.stderr).toContain('dry run: nothing written');
    expect(listFiles(join(dataDir, 'drafts'))).toEqual([]);
  });

  it('never writes over an existing file: it takes the next free name', async () => {
    const dataDir = dataDirFor({ articles: false });
    const id = ingestSeed(OBSERVER, emptyArchive()).id;
    const existing = join(dataDir, 'drafts', `${id}.md`);
    mkdirSync(dirname(existing), { recursive: true });
    writeFileSync(existing, 'A maintainer’s unrelated notes that happen to use this name.\n');
    const result = await runCli([seed(OBSERVER), '--data-dir', dataDir]);
    expect(result.code).toBe(0);
    expect(readFileSync(existing, 'utf8')).toBe(
      'A maintainer’s unrelated notes that happen to use this name.\n',
    );
    expect(listFiles(join(dataDir, 'drafts'))).toEqual([`${id}-2.md`, `${id}.md`]);
  });

  it('--help prints the usage', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: pnpm ingest <file>');
  });
});

describe('near-duplicates are written, and flagged with their similarity', () => {
  it('a page reusing half of two archived stories is written with a warning and a review note for each', async () => {
    const dataDir = dataDirFor({ articles: true });
    const archive = realArchive();
    const half = (id: string) => archive.articles.find((a) => a.id === id)?.paragraphs.slice(0, 5) ?? [];
    const inputs = join(dataDir, '..', 'inputs');
    mkdirSync(inputs);
    const page = join(inputs, 'reprint.txt');
    writeFileSync(
      page,
      [
        ...half('cir-judges-grant-refuge-to-few-mexicans'),
        ...half('cir-canada-denies-juarez-officer-asylum'),
      ].join('\n\n'),
    );
    const before = listFiles(join(dataDir, 'drafts'));
    const result = await runCli([page, '--data-dir', dataDir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /! near-duplicate of .*cir-judges-grant-refuge-to-few-mexicans\.md.*similarity \d+%/,
    );
    expect(result.stderr).toMatch(
      /! near-duplicate of .*cir-canada-denies-juarez-officer-asylum\.md.*similarity \d+%/,
    );
    const added = listFiles(join(dataDir, 'drafts')).filter((name) => !before.includes(name));
    expect(added).toHaveLength(1);
    const draft = readFileSync(join(dataDir, 'drafts', added[0] ?? ''), 'utf8');
    expect(draft).toContain('Near-duplicate of data/articles/cir-judges-grant-refuge-to-few-mexicans.md');
  });
});

describe('exit 1: refused as a duplicate, nothing written', () => {
  it('refuses a raw seed whose curated article exists, naming it and the overlap', async () => {
    const dataDir = dataDirFor({ articles: true });
    const before = listFiles(join(dataDir, 'drafts'));
    const result = await runCli([seed(OBSERVER), '--data-dir', dataDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('✖ refused');
    expect(result.stderr).toContain('articles/texas-observer-juarez-officer-denied-asylum.md');
    expect(result.stderr).toContain("100% of this page's text is in it");
    expect(listFiles(join(dataDir, 'drafts'))).toEqual(before);
    expectNoStackTrace(result);
  });

  it('refuses the same page ingested twice, naming the first draft', async () => {
    const dataDir = dataDirFor({ articles: false });
    const first = await runCli([seed('004_5983cea0e2c42b85.txt'), '--data-dir', dataDir]);
    expect(first.code).toBe(0);
    const [draft] = listFiles(join(dataDir, 'drafts'));
    const second = await runCli([seed('004_5983cea0e2c42b85.txt'), '--data-dir', dataDir]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(
      `drafts/${draft} (“Court Denies Asylum Appeal by Police Officer From Sonora”) [draft]`,
    );
    expect(listFiles(join(dataDir, 'drafts'))).toEqual([draft]);
  });
});

describe('exit 2: bad input, a clear message, no stack trace, nothing written', () => {
  it.each([
    ['a missing file', ['no-such-page.txt'], 'no such file: no-such-page.txt'],
    ['no file at all', [], 'which page? pass the saved file'],
    ['two files', ['a.txt', 'b.txt'], 'one file at a time'],
    ['an unknown option', [OBSERVER, '--outlt', 'texas-observer'], "Unknown option '--outlt'"],
    ['an option without its value', [OBSERVER, '--date'], "Option '--date <value>' argument missing"],
    ['an impossible date', [OBSERVER, '--date', '2019-02-30'], '--date "2019-02-30" is not a real date'],
    ['a URL that is not http(s)', [OBSERVER, '--url', 'javascript:alert(1)'], 'is not an http(s) address'],
    [
      'an outlet the archive does not list',
      [OBSERVER, '--outlet', 'daily-planet'],
      'is not an outlet in data/organizations.yaml',
    ],
    ['a directory', ['.'], 'is a directory'],
  ])('%s', async (_what, args, message) => {
    const dataDir = dataDirFor({ articles: false });
    const result = await runCli(['--data-dir', dataDir, ...args], { cwd: seedsDir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('✖ ');
    expect(result.stderr).toContain(message);
    expectNoStackTrace(result);
    expect(listFiles(join(dataDir, 'drafts'))).toEqual([]);
  });

  it.each([
    ['an empty file', 'empty.txt', '', 'empty.txt is empty'],
    ['a binary file', 'scan.txt', '\u0000\u0001\u0002binary\u0000', 'scan.txt is a binary file'],
    ['a PDF', 'story.pdf', '%PDF-1.4\n', 'story.pdf is a PDF'],
    [
      'a page that is all boilerplate',
      'chrome.txt',
      'Skip to content\n\nShare Facebook Twitter Email Print\n',
      'no article text is left',
    ],
  ])('%s', async (_what, name, contents, message) => {
    const dataDir = dataDirFor({ articles: false });
    const inputs = join(dataDir, '..', 'inputs');
    mkdirSync(inputs);
    writeFileSync(join(inputs, name), contents);
    const result = await runCli([join(inputs, name), '--data-dir', dataDir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expectNoStackTrace(result);
    expect(listFiles(join(dataDir, 'drafts'))).toEqual([]);
  });
});

describe('exit 3: the write itself failed — and left nothing behind', () => {
  it('an interrupted write (the OS file size limit stops it midway) leaves no article and no temporary file', async () => {
    const dataDir = dataDirFor({ articles: false });
    const result = await runCli([seed(OBSERVER), '--data-dir', dataDir], { fileSizeLimitKb: 2 });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('could not write the draft');
    expect(result.stderr).toContain('the file size limit was reached');
    expectNoStackTrace(result);
    expect(listFiles(join(dataDir, 'drafts'))).toEqual([]);
  });
});
