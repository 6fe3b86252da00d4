import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type ProcessResult, runProcess } from '../../../../tooling/testing/run-process.ts';
import {
  type ArchivedArticle,
  type ArchiveSnapshot,
  type BoilerplateRule,
  type DataFile,
  type IngestPlan,
  ingestPage,
  parseBoilerplateRules,
  readArchiveSnapshot,
} from '../../ingest/index';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dataDir = join(packageDir, 'data');
export const seedsDir = join(packageDir, 'test', 'fixtures', 'seeds');
export const pagesDir = join(packageDir, 'test', 'fixtures', 'pages');
export const rulesFile = join(packageDir, 'ingest', 'boilerplate-rules.yaml');
export const cliScript = join(packageDir, 'scripts', 'ingest.ts');

export const seedNames = (): string[] =>
  readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
export const readSeed = (name: string): string => readFileSync(join(seedsDir, name), 'utf8');

export function loadRules(): BoilerplateRule[] {
  return parseBoilerplateRules(readFileSync(rulesFile, 'utf8'));
}

/** Markdown files of data/articles/ or data/drafts/ (which may not exist: ingest creates it). */
function markdownFiles(dir: string, folder: 'articles' | 'drafts'): DataFile[] {
  if (!existsSync(join(dir, folder))) return [];
  return readdirSync(join(dir, folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ path: `${folder}/${name}`, text: readFileSync(join(dir, folder, name), 'utf8') }));
}

/** The data files ingest reads, from a data directory (the real one by default), drafts included. */
export function readDataFiles(dir = dataDir, { articles = true } = {}): DataFile[] {
  const articleFiles = articles ? [...markdownFiles(dir, 'articles'), ...markdownFiles(dir, 'drafts')] : [];
  return [
    ...articleFiles,
    { path: 'organizations.yaml', text: readFileSync(join(dir, 'organizations.yaml'), 'utf8') },
    { path: 'people.yaml', text: readFileSync(join(dir, 'people.yaml'), 'utf8') },
  ];
}

/** The shipped archive, as the CLI sees it. */
export const realArchive = (): ArchiveSnapshot => readArchiveSnapshot(readDataFiles());
/** The shipped organizations and people, but no articles: every page is new to it. */
export const emptyArchive = (): ArchiveSnapshot =>
  readArchiveSnapshot(readDataFiles(dataDir, { articles: false }));

/** Ingests a saved plain-text page (no flags) on the same pure path as `pnpm ingest --dry-run`. */
export function ingestText(
  text: string,
  name: string,
  archive = emptyArchive(),
  rules = loadRules(),
): IngestPlan {
  const outcome = ingestPage({ text, format: 'text', name }, {}, archive, rules);
  if (!outcome.ok) throw new Error(`${name}: ${outcome.message}`);
  return outcome.plan;
}

/** Ingests a saved HTML page (no flags) on the same pure path as `pnpm ingest --dry-run`. */
export function ingestHtml(text: string, name = 'p'): IngestPlan {
  const outcome = ingestPage({ text, format: 'html', name }, {}, emptyArchive(), loadRules());
  if (!outcome.ok) throw new Error(`${name}: ${outcome.message}`);
  return outcome.plan;
}

/** Runs the same pure path as `pnpm ingest <seed> --dry-run`. */
export function ingestSeed(name: string, archive = realArchive(), rules = loadRules()): IngestPlan {
  return ingestText(readSeed(name), name.replace(/\.txt$/, ''), archive, rules);
}

/** A curated article of the shipped archive by the seed it was made from. */
export function curatedBySeed(seed: string): ArchivedArticle {
  const article = realArchive().articles.find((a) => a.seed === seed && !a.draft);
  if (!article) throw new Error(`no curated article for seed ${seed}`);
  return article;
}

/** A temporary copy of data/ (optionally without its articles) for CLI runs; removed by `cleanup`. */
export function temporaryDataDir({ articles = true } = {}): { dir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  const dir = join(root, 'data');
  cpSync(dataDir, dir, { recursive: true });
  if (!articles) {
    for (const folder of ['articles', 'drafts']) rmSync(join(dir, folder), { recursive: true, force: true });
    mkdirSync(join(dir, 'articles'));
  }
  return { dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export type CliResult = ProcessResult;

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Spawns the real CLI (`node --import tsx scripts/ingest.ts …`), as `pnpm ingest` does. `fileSizeLimitKb`
 * runs it under `ulimit -f`, so the operating system stops any write past that size — a real interrupted write.
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; fileSizeLimitKb?: number } = {},
): Promise<CliResult> {
  const node = [process.execPath, '--import', tsxLoader, cliScript, ...args];
  const [command, commandArgs] =
    options.fileSizeLimitKb === undefined
      ? [node[0] as string, node.slice(1)]
      : ['bash', ['-c', `ulimit -f ${options.fileSizeLimitKb} && exec "$@"`, 'ingest-under-ulimit', ...node]];
  return runProcess(command, commandArgs, {
    cwd: options.cwd ?? packageDir,
    env: { ...process.env, NO_COLOR: '1' },
    timeoutMs: 60_000,
  });
}

/** Files (including hidden ones) in a directory, sorted; none when it does not exist (yet). */
export const listFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

/** Longest common subsequence of two paragraph lists: paragraphs equal and in the same order. */
export function matchingParagraphs(a: readonly string[], b: readonly string[]): number {
  const table: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = table[i] as number[];
      const next = table[i + 1] as number[];
      row[j] = a[i] === b[j] ? (next[j + 1] ?? 0) + 1 : Math.max(next[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  return table[0]?.[0] ?? 0;
}
