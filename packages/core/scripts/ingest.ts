/**
 * `pnpm ingest <file> [--url URL] [--title T] [--outlet O] [--date YYYY-MM-DD] [--dry-run]`
 *
 * Turns a saved page (plain text or HTML) into a draft article in packages/core/data/drafts/, written
 * atomically and never over an existing file, and prints what the maintainer should review next.
 * Exit codes: 0 written (or dry run), 1 refused as a duplicate, 2 bad input, 3 could not write.
 * `--data-dir DIR` (not in --help) points at another data directory; it exists for the tests, which run
 * the CLI against a temporary copy of data/.
 *
 * This file is the I/O edge; the decisions are made by the pure functions in ../ingest/.
 */
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type ArchiveSnapshot,
  type DataFile,
  decodeInput,
  describeOverlap,
  type IngestPlan,
  ingestPage,
  MAX_INPUT_BYTES,
  parseBoilerplateRules,
  RulesFileError,
  readArchiveSnapshot,
  validateFlags,
  withId,
} from '../ingest/index';
import { createFileAtomic, removeStaleTemporaries } from './lib/atomic-write';

const EXIT = { written: 0, duplicate: 1, badInput: 2, writeFailed: 3 } as const;

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const RULES_FILE = join(packageDir, 'ingest', 'boilerplate-rules.yaml');
const DEFAULT_DATA_DIR = join(packageDir, 'data');

const USAGE = `Usage: pnpm ingest <file> [--url URL] [--title T] [--outlet O] [--date YYYY-MM-DD] [--dry-run]

Turns a saved article page (.txt or .html) into a draft in packages/core/data/drafts/.
  --url URL         the page's address (only if you know it)
  --title T         the headline, when the saved page lost it
  --outlet O        the outlet: an organization id or name from data/organizations.yaml
  --date DATE       the publication date, YYYY-MM-DD (or YYYY-MM, YYYY)
  --dry-run         print the draft and write nothing
Exit codes: 0 written, 1 refused as a duplicate, 2 bad input, 3 could not write.`;

/** Why a write failed, in words; the temporary file is gone in every case. */
const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file size limit was reached (see ulimit -f)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOENT: 'the directory does not exist',
};

/** A problem the user can fix; printed without a stack trace. */
class InputError extends Error {
  override name = 'InputError';
}

const cwd = process.cwd();
const shown = (path: string) => {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
};

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        title: { type: 'string' },
        outlet: { type: 'string' },
        date: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        'data-dir': { type: 'string' },
      },
    });
  } catch (error) {
    throw new InputError(`${(error as Error).message}\n\n${USAGE}`);
  }
}

async function readPage(file: string): Promise<Uint8Array> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT')
      throw new InputError(`no such file: ${shown(file)} (paths are relative to ${cwd})`);
    throw new InputError(`cannot read ${shown(file)}: ${error.code ?? error.message}`);
  });
  if (info.isDirectory())
    throw new InputError(`${shown(file)} is a directory; pass the saved page file itself`);
  if (!info.isFile())
    throw new InputError(`${shown(file)} is not a regular file; pass a saved .txt or .html page`);
  if (info.size > MAX_INPUT_BYTES) {
    throw new InputError(
      `${shown(file)} is ${Math.round(info.size / 1048576)} MB, too large for one article page`,
    );
  }
  return readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(
      `cannot read ${shown(file)}${error.code === 'EACCES' ? ': permission denied' : `: ${error.code ?? error.message}`}`,
    );
  });
}

async function readDataDir(dataDir: string): Promise<DataFile[]> {
  const info = await stat(dataDir).catch(() => null);
  if (!info?.isDirectory()) throw new InputError(`data directory not found: ${shown(dataDir)}`);
  // Drafts count too: the same page ingested twice is refused, whether or not its draft was published.
  const markdownIn = async (dir: 'articles' | 'drafts') =>
    (await readdir(join(dataDir, dir)).catch(() => [] as string[]))
      .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
      .map((name) => `${dir}/${name}`);
  const paths = [
    ...(await markdownIn('articles')),
    ...(await markdownIn('drafts')),
    'organizations.yaml',
    'people.yaml',
  ];
  const files = await Promise.all(
    paths.map(async (path) => {
      const text = await readFile(join(dataDir, path), 'utf8').catch(() => null);
      return text === null ? null : { path, text };
    }),
  );
  return files.filter((file): file is DataFile => file !== null);
}

async function readRules() {
  try {
    return parseBoilerplateRules(await readFile(RULES_FILE, 'utf8'), shown(RULES_FILE));
  } catch (error) {
    if (error instanceof RulesFileError)
      throw new InputError(`${error.message} — fix the rule and run again`);
    throw error;
  }
}

function printProposals(plan: IngestPlan, out: (line: string) => void): void {
  const { proposals: p } = plan;
  const show = (value: string | null | readonly string[]) =>
    value === null ? '—' : Array.isArray(value) ? (value.length > 0 ? value.join(', ') : '—') : `${value}`;
  out('Proposed metadata:');
  out(`  title     ${show(p.title.value)}  (${p.title.basis})`);
  if (p.dek.value !== null) out(`  dek       ${show(p.dek.value)}`);
  out(`  outlet    ${show(p.outlet.outlet.value)}  (${p.outlet.outlet.basis})`);
  if (p.outlet.via.value !== null) out(`  via       ${show(p.outlet.via.value)}  (${p.outlet.via.basis})`);
  out(`  authors   ${show(plan.frontmatter.authors)}`);
  out(`  published ${show(p.date.value)}  (${p.date.basis})`);
  out(`  url       ${show(p.url.value)}`);
  out(
    `  body      ${plan.paragraphs.length} paragraph(s), ${plan.removals.length} block(s) removed as boilerplate`,
  );
}

function printReview(plan: IngestPlan, out: (line: string) => void): void {
  out('\nReview next (also listed under `review:` in the draft):');
  for (const [i, note] of plan.frontmatter.review.entries()) out(`  ${i + 1}. ${note}`);
}

/** Writes the draft under its id, or the next free `-2`, `-3`… if a file took that name meanwhile. */
async function writeDraft(draftsDir: string, plan: IngestPlan): Promise<{ path: string; plan: IngestPlan }> {
  let current = plan;
  for (let attempt = 2; attempt < 100; attempt++) {
    const path = join(draftsDir, `${current.id}.md`);
    try {
      await createFileAtomic(path, current.fileText);
      return { path, plan: current };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      current = withId(plan, `${plan.id}-${attempt}`);
    }
  }
  throw new Error(`every name from ${plan.id}.md to ${plan.id}-99.md is taken`);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    console.log(USAGE);
    return EXIT.written;
  }
  const [input, ...extra] = positionals;
  if (input === undefined) throw new InputError(`which page? pass the saved file\n\n${USAGE}`);
  if (extra.length > 0) throw new InputError(`one file at a time: got ${positionals.join(', ')}\n\n${USAGE}`);

  const file = resolve(cwd, input);
  const dataDir = values['data-dir'] === undefined ? DEFAULT_DATA_DIR : resolve(cwd, values['data-dir']);
  const decoded = decodeInput(await readPage(file), basename(file));
  if (!decoded.ok) throw new InputError(decoded.message);
  const rules = await readRules();
  const archive: ArchiveSnapshot = readArchiveSnapshot(await readDataDir(dataDir));
  const flags = validateFlags(values, archive);
  if (!flags.ok) throw new InputError(flags.problems.join('\n✖ '));

  const outcome = ingestPage(
    {
      text: decoded.text,
      format: decoded.format,
      name: basename(file, extname(file)),
      encoding: decoded.encoding,
    },
    flags.flags,
    archive,
    rules,
  );
  if (!outcome.ok) throw new InputError(`${shown(file)}: ${outcome.message}`);
  const { plan } = outcome;
  const dataLabel = shown(dataDir);

  if (values['dry-run']) process.stdout.write(plan.fileText);
  const duplicates = plan.overlaps.duplicates;
  if (duplicates.length > 0) {
    console.error(`✖ refused: ${shown(file)} is already in the archive.`);
    for (const overlap of duplicates) console.error(`  duplicate of ${describeOverlap(overlap, dataLabel)}`);
    console.error(
      '  Nothing was written. If this is a different story, compare the texts; the archive keeps one copy of each.',
    );
    return EXIT.duplicate;
  }
  for (const overlap of plan.overlaps.nearDuplicates) {
    console.error(
      `! near-duplicate of ${describeOverlap(overlap, dataLabel)} — check whether it is a reprint`,
    );
  }
  if (values['dry-run']) {
    console.error(`\n(dry run: nothing written; a real run writes ${dataLabel}/drafts/${plan.id}.md)`);
    printProposals(plan, (line) => console.error(line));
    return EXIT.written;
  }

  const draftsDir = join(dataDir, 'drafts');
  await mkdir(draftsDir, { recursive: true });
  for (const name of await removeStaleTemporaries(draftsDir)) {
    console.error(`! removed ${name}, left by an earlier write that was killed midway`);
  }
  let written: { path: string; plan: IngestPlan };
  try {
    written = await writeDraft(draftsDir, plan);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = WRITE_ERRORS[code] ?? `${code} ${(error as Error).message}`.trim();
    console.error(
      `✖ could not write the draft to ${shown(draftsDir)}: ${why}. Nothing was written; fix that and run again.`,
    );
    return EXIT.writeFailed;
  }
  console.log(
    `✔ wrote ${shown(written.path)} — a draft awaiting review (${written.plan.paragraphs.length} paragraphs)\n`,
  );
  printProposals(written.plan, (line) => console.log(line));
  printReview(written.plan, (line) => console.log(line));
  return EXIT.written;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof InputError) {
      console.error(`✖ ${error.message}`);
      process.exitCode = EXIT.badInput;
      return;
    }
    // Not the user's input: still one line, no stack trace (set DEBUG=ingest to see it).
    console.error(`✖ ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG?.includes('ingest') && error instanceof Error) console.error(error.stack);
    process.exitCode = EXIT.writeFailed;
  },
);
