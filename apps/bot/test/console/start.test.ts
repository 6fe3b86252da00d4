import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { people } from '@asylum-archive/core';
import { query } from '@asylum-archive/query';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../../../tooling/testing/run-process.ts';

const botDirectory = fileURLToPath(new URL('../..', import.meta.url));
const mainScript = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** The environment of a fresh machine: no Discord token, no colour preference, English. */
function freshEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8' };
  for (const name of ['DISCORD_TOKEN', 'BOT_MODE', 'NO_COLOR', 'FORCE_COLOR', 'LC_ALL', 'LC_MESSAGES'])
    delete env[name];
  return env;
}

// The built entry point runs from an empty directory, so no developer's .env can switch it to Discord.
const emptyDirectory = mkdtempSync(join(tmpdir(), 'asylum-bot-start-'));

/** Runs a command with `stdin` piped in, from an empty directory, as on a fresh machine. */
function run(command: string, args: string[], stdin: string, cwd = emptyDirectory) {
  return runProcess(command, args, { cwd, env: freshEnv(), stdin, timeoutMs: 30_000 });
}

const SCRIPT = [
  '/search juarez denied',
  'next',
  '/person name:wiesinger',
  '/figure topic:police killed',
  '/teleport',
  '/exit',
  '/about',
  '',
].join('\n');

function checkTranscript({ code, stdout, stderr }: Awaited<ReturnType<typeof run>>) {
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const total = query('juarez denied').totalHits;
  expect(stdout).toContain('› /search juarez denied');
  const pages = Math.ceil(total / 5);
  expect(stdout).toContain(`passages 1–5 of ${total} · page 1 of ${pages}`);
  expect(stdout).toContain(`passages 6–${Math.min(10, total)} of ${total} · page 2 of ${pages}`);
  expect(stdout).toContain(people.find((person) => person.aliases.includes('Wiesinger'))?.name);
  expect(stdout).toContain('The sentence it comes from');
  expect(stdout).toContain('✖ Unknown command /teleport.');
  // /exit ended the session: the /about after it never ran.
  expect(stdout).not.toContain('About asylum-archive');
  expect(stdout).not.toContain('\x1b[');
}

describe('pnpm start with no DISCORD_TOKEN: the terminal mode, with piped input (spawned processes)', () => {
  beforeAll(() => {
    if (!existsSync(mainScript))
      throw new Error(`${mainScript} is missing: run pnpm --filter @asylum-archive/bot build first`);
  });

  it('node dist/main.js answers a piped session and exits 0', async () => {
    checkTranscript(await run(process.execPath, [mainScript], SCRIPT));
  }, 40_000);

  it('the package’s start script does the same', async () => {
    checkTranscript(await run('pnpm', ['--silent', 'start'], SCRIPT, botDirectory));
  }, 40_000);

  it('exits 0 at the end of input without /exit', async () => {
    const result = await run(process.execPath, [mainScript], '/help\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('How to use asylum-archive');
  }, 40_000);
});
