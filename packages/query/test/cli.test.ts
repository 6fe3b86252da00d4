import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatResult, query } from '../src/index';

// These tests run the BUILT command (`pnpm turbo run test` builds first), as a user's shell would.
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(packageDir, 'bin', 'asylum-query.js');
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };

/** The environment of a user with no colour preference. */
function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  if (!('NO_COLOR' in extra)) delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return env;
}

function run(args: string[], env = plainEnv()) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
  return { status, stdout, stderr };
}

/** Runs the command inside a pseudo-terminal (util-linux `script`), so stdout is a real TTY. */
function runOnTty(args: string[], env = plainEnv()) {
  const quoted = [process.execPath, bin, ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
  const { status, stdout } = spawnSync('script', ['-qec', quoted, '/dev/null'], { encoding: 'utf8', env });
  return { status, stdout: stdout.replace(/\r\n/g, '\n') };
}

const ESC = '\u001b[';
const NOWHERE = 'zzqxjvv'; // a "word" no article contains

beforeAll(() => {
  if (!existsSync(join(packageDir, 'dist', 'cli.js'))) {
    throw new Error(
      'dist/cli.js is missing: run `pnpm turbo run build --filter=@asylum-archive/query...` first',
    );
  }
});

describe('asylum-query: results (exit 0)', () => {
  it('prints what formatResult prints for the same query, and exits 0', () => {
    const { status, stdout, stderr } = run(['alarcon', 'outcome:denied']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(`${formatResult(query('alarcon outcome:denied'))}\n`);
  });

  it('shows each hit with title, outlet and date, an emphasised match and a citation line', () => {
    const { stdout } = run(['alarcon']);
    const first = query('alarcon').hits[0];
    expect(first).toBeDefined();
    // Answers (curated records) come first; the first hit is the block numbered 1.
    const block =
      stdout
        .split('\n\n')
        .find((text) => text.startsWith('1. '))
        ?.split('\n') ?? [];
    expect(block).toHaveLength(4);
    expect(block[0]).toMatch(/^1\. \S/);
    expect(block[1]).toMatch(/^ {3}.+ · (\d{4}(-\d\d){0,2}|date unknown)$/);
    expect(block[2]).toMatch(/\*[^*]*alarc[oó]n[^*]*\*/i);
    expect(block[3]).toMatch(/^ {3}Cite: .+paragraph \d+/);
  });

  it('joins several words into one query and keeps -word as an exclusion, not an option', () => {
    const { status, stdout } = run(['asylum', '-canada']);
    expect(status).toBe(0);
    expect(stdout).toBe(`${formatResult(query('asylum -canada'))}\n`);
    expect(stdout).not.toMatch(/\*canad/i);
  });

  it('reads everything after -- as query text', () => {
    const { status, stdout } = run(['--', '--help', NOWHERE]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^No results/);
    expect(stdout).toContain(NOWHERE);
  });

  it('pages with --limit and --offset', () => {
    const two = JSON.parse(run(['--json', '--limit', '2', 'asylum']).stdout);
    const second = JSON.parse(run(['--json', '--limit=1', '--offset=1', 'asylum']).stdout);
    expect(two.hits).toHaveLength(2);
    expect(second.hits).toHaveLength(1);
    expect(second.hits[0].articleId).toBe(two.hits[1].articleId);
    expect(second.hits[0].paragraphIndex).toBe(two.hits[1].paragraphIndex);
    expect(run(['--limit', '1', '--offset', '1', 'asylum']).stdout).toMatch(/^Results 2–2 of \d+/);
  });

  it('prints JSON with the search result and each hit’s source for --json', () => {
    const { status, stdout } = run(['--json', '--limit', '3', 'outlet:"texas observer"', 'judge']);
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout);
    const direct = query('outlet:"texas observer" judge', { limit: 3 });
    expect(parsed.totalHits).toBe(direct.totalHits);
    expect(parsed.hits.map((h: { articleId: string }) => h.articleId)).toEqual(
      direct.hits.map((h) => h.articleId),
    );
    for (const hit of parsed.hits) {
      expect(hit.outlet).toBe('Texas Observer');
      expect(typeof hit.title).toBe('string');
      expect(hit.citation).toContain('paragraph');
    }
  });
});

describe('asylum-query: no results (exit 1)', () => {
  it('exits 1 and says why nothing matched', () => {
    const { status, stdout, stderr } = run([NOWHERE]);
    expect(status).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^No results/);
    expect(stdout).toContain(NOWHERE);
  });

  it('exits 1 with an empty hit list in JSON', () => {
    const { status, stdout } = run(['--json', NOWHERE]);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).hits).toEqual([]);
  });

  it('exits 1 for a page past the last result', () => {
    const { status, stdout } = run(['--offset', '100000', 'asylum']);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^No results from 100001 on: there are \d+ in all\./);
  });
});

describe('asylum-query: usage and syntax errors (exit 2)', () => {
  it('prints the message and the input with a caret under the problem on stderr, without a stack', () => {
    const { status, stdout, stderr } = run(['alarcon', 'athor:becker']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.split('\n');
    expect(lines[0]).toContain('Unknown field "athor:"');
    expect(lines[0]).toContain('Did you mean "author:"?');
    expect(lines[2]).toBe('  alarcon athor:becker');
    expect(lines[3]).toBe(`  ${' '.repeat('alarcon '.length)}^`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('points at an unclosed quote', () => {
    const { status, stderr } = run(['outlet:"texas observer']);
    expect(status).toBe(2);
    expect(stderr).toContain('Unclosed quote');
    expect(stderr).toContain(`  outlet:"texas observer\n  ${' '.repeat(7)}^\n`);
  });

  it.each([
    [['--limit', '0', 'x'], '--limit needs a whole number from 1 to 100'],
    [['--limit', 'many', 'x'], '--limit needs a whole number'],
    [['x', '--limit'], 'got nothing'],
    [['--offset', '-1', 'x'], '--offset needs a whole number 0 or more'],
    [['--colour', 'x'], 'Unknown option --colour. Did you mean --no-color?'],
    [[], 'No query given'],
    [['  '], 'No query given'],
  ])('rejects %j with a usage message', (args, message) => {
    const { status, stdout, stderr } = run(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Run asylum-query --help');
  });
});

describe('asylum-query: help, version and colour', () => {
  it('prints help naming every field and option, and exits 0', () => {
    const { status, stdout } = run(['--help']);
    expect(status).toBe(0);
    for (const field of [
      'outlet:',
      'author:',
      'person:',
      'place:',
      'year:',
      'after:',
      'before:',
      'outcome:',
      'country:',
      'topic:',
      'type:',
    ]) {
      expect(stdout).toContain(field);
    }
    for (const option of ['--json', '--limit', '--offset', '--no-color', '--help', '--version'])
      expect(stdout).toContain(option);
    expect(run(['-h']).stdout).toBe(stdout);
  });

  it('prints the package version', () => {
    expect(run(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints no colour codes when stdout is a pipe', () => {
    expect(run(['alarcon']).stdout).not.toContain(ESC);
  });

  it('colours matches on a terminal', () => {
    const { status, stdout } = runOnTty(['alarcon']);
    expect(status).toBe(0);
    const first = query('alarcon').hits[0];
    const [start = 0, end = 0] = first?.highlights[0] ?? [];
    const matched = first?.snippet.slice(start, end) ?? '';
    expect(matched).toMatch(/alarc[oó]n/i);
    expect(stdout).toContain(`${ESC}1;33m${matched}${ESC}22;39m`);
  });

  it('prints no colour on a terminal when NO_COLOR is set or --no-color is given', () => {
    const noColor = runOnTty(['alarcon'], plainEnv({ NO_COLOR: '1' }));
    expect(noColor.status).toBe(0);
    expect(noColor.stdout).toContain('*');
    expect(noColor.stdout).not.toContain(ESC);
    expect(runOnTty(['--no-color', 'alarcon']).stdout).not.toContain(ESC);
  });

  it('stays quiet when the reader closes the pipe early', () => {
    const { status, stderr } = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${bin}" --limit 100 asylum | head -c 20`],
      {
        encoding: 'utf8',
        env: plainEnv(),
      },
    );
    expect(status).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('asylum-query: installed from the packed tarballs, as npx installs it', () => {
  const root = mkdtempSync(join(tmpdir(), 'asylum-query-pack-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Packs a workspace package and unpacks it into root/node_modules/<name>, as a package manager would. */
  function install(directory: string, name: string): string {
    const tarball = execFileSync('pnpm', ['pack', '--pack-destination', root], {
      cwd: directory,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1);
    const target = join(root, 'node_modules', name);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', tarball ?? '', '-C', target, '--strip-components=1']);
    return target;
  }

  it('runs through the linked bin with its shebang', { timeout: 120_000 }, () => {
    const coreDir = resolve(packageDir, '..', 'core');
    install(coreDir, '@asylum-archive/core');
    const installed = install(packageDir, '@asylum-archive/query');
    // Core's own dependencies come from the workspace store, the way an installer would have linked them.
    for (const dependency of ['flexsearch', 'zod']) {
      symlinkSync(join(coreDir, 'node_modules', dependency), join(root, 'node_modules', dependency));
    }
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.bin).toEqual({ 'asylum-query': './bin/asylum-query.js' });
    mkdirSync(join(root, 'node_modules', '.bin'));
    const linked = join(root, 'node_modules', '.bin', 'asylum-query');
    symlinkSync(join(installed, manifest.bin['asylum-query']), linked);

    const { status, stdout, stderr } = spawnSync(linked, ['alarcon', 'outcome:denied'], {
      cwd: root,
      encoding: 'utf8',
      env: plainEnv(),
    });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(`${formatResult(query('alarcon outcome:denied'))}\n`);
    expect(spawnSync(linked, ['--version'], { encoding: 'utf8' }).stdout).toBe(`${version}\n`);
  });
});
