import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateTestKeys } from './support/ed25519';
import { spawnBot } from './support/spawn-bot';

/**
 * What HTTP mode loads, from the build the Docker image runs (dist/main.js): not the gateway client. discord.js is
 * imported only in gateway mode, and the build keeps it in a chunk of its own (in one bundle, esbuild hoists every
 * package to the top, and HTTP mode loaded it at start: ≈ 10 MB of resident memory).
 */
const mainScript = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const preload = fileURLToPath(new URL('./support/report-packages.mjs', import.meta.url));
const keys = generateTestKeys();

describe('HTTP mode from the build (real node process)', () => {
  it('never loads discord.js, from start to a clean stop', async () => {
    if (!existsSync(mainScript))
      throw new Error(`${mainScript} is missing: run pnpm --filter @asylum-archive/bot build first`);
    // From an empty directory, so no developer's .env can change the mode.
    const bot = spawnBot(
      {
        BOT_MODE: 'http',
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
        DISCORD_APPLICATION_ID: '111111111111111111',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        WARM_UP_REQUESTS: '0',
      },
      { node: ['--import', preload, mainScript], cwd: mkdtempSync(join(tmpdir(), 'asylum-bot-http-')) },
    );
    await bot.logLine('listening');
    bot.child.kill('SIGTERM');
    const { code, stderr } = await bot.finished;
    expect(code).toBe(0);
    const report = stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { packagesRequired?: string[] })
      .find((line) => line.packagesRequired !== undefined);
    // The report sees the CommonJS packages HTTP mode does load (pino writes its logs).
    expect(report?.packagesRequired).toContain('pino');
    expect(report?.packagesRequired).not.toContain('discord.js');
  }, 30_000);
});
