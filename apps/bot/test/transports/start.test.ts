import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { startBot } from '../../src/transports/start';
import { generateTestKeys } from './support/ed25519';
import { send, sendSigned } from './support/http-client';
import {
  APPLICATION_ID,
  commandInteraction,
  echoHandler,
  messageResponse,
  pingInteraction,
} from './support/interactions';
import { spawnBot } from './support/spawn-bot';

const keys = generateTestKeys();
const botDir = fileURLToPath(new URL('../..', import.meta.url));

function httpEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    BOT_MODE: 'http',
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    // The warm-up has tests of its own (self-warm-up.test.ts); here it would only slow each start.
    WARM_UP_REQUESTS: '0',
    ...extra,
  };
}

describe('startBot (in process)', () => {
  it('prints each configuration problem on one line, without a stack, and returns exit code 2', async () => {
    const printed: string[] = [];
    const code = await startBot({
      handleInteraction: echoHandler,
      startConsole: () => 0,
      env: { BOT_MODE: 'http', DISCORD_PUBLIC_KEY: 'short' },
      cwd: botDir,
      printError: (line) => printed.push(line),
    });
    expect(code).toBe(2);
    expect(printed).toHaveLength(2);
    expect(printed[0]).toMatch(/^✖ DISCORD_PUBLIC_KEY is malformed: expected 64 hexadecimal characters/);
    expect(printed[1]).toMatch(/^✖ DISCORD_APPLICATION_ID is missing: HTTP mode needs the application id\./);
    expect(printed.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('hands over to the console session when no token is configured', async () => {
    let started = false;
    const code = await startBot({
      handleInteraction: echoHandler,
      startConsole: async () => {
        started = true;
        return 0;
      },
      env: {},
      cwd: botDir,
    });
    expect(started).toBe(true);
    expect(code).toBe(0);
  });

  it('serves HTTP mode until SIGTERM, then stops cleanly with exit code 0', async () => {
    const signals = new EventEmitter();
    let port = 0;
    let markReady: () => void = () => {};
    const ready = new Promise<void>((resolve) => {
      markReady = resolve;
    });
    const stopped = startBot({
      handleInteraction: echoHandler,
      startConsole: () => 1,
      env: httpEnv(),
      cwd: botDir,
      signals,
      onReady: (details) => {
        port = details.port ?? 0;
        markReady();
      },
    });
    await ready;
    expect(port).toBeGreaterThan(0);
    const pong = await sendSigned(port, keys, pingInteraction());
    expect(pong.json).toEqual({ type: InteractionResponseType.Pong });
    signals.emit('SIGTERM');
    await expect(stopped).resolves.toBe(0);
    await expect(send(port, { method: 'GET', path: '/health' })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('says which port is taken and returns exit code 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const printed: string[] = [];
    const code = await startBot({
      handleInteraction: echoHandler,
      startConsole: () => 0,
      env: httpEnv({ PORT: String(port) }),
      cwd: botDir,
      printError: (line) => printed.push(line),
      signals: new EventEmitter(),
    });
    blocker.close();
    expect(code).toBe(1);
    expect(printed).toEqual([
      `✖ PORT ${port} is already in use on 127.0.0.1. Stop the other process or set PORT to a free port.`,
    ]);
  });
});

describe('the bot process (real node process, real signals)', () => {
  it('exits with code 2 and one line per problem, no stack trace, on bad configuration', async () => {
    const bot = spawnBot({
      BOT_MODE: 'http',
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_APPLICATION_ID: 'abc',
    });
    const { code, stderr, stdout } = await bot.finished;
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      '✖ DISCORD_APPLICATION_ID is malformed: expected a numeric id of 17 to 20 digits (got "abc"). Copy it from Discord Developer Portal (https://discord.com/developers/applications) → your application → General Information → Application ID.',
    ]);
  });

  it('answers over HTTP, logs JSON with a request id, and drains then exits 0 on SIGTERM', async () => {
    const bot = spawnBot(httpEnv({ LOG_LEVEL: 'info' }));
    const listening = await bot.logLine('listening');
    const port = Number(listening.port);
    const answer = await sendSigned(port, keys, commandInteraction('echo', undefined, 'canada'));
    expect(answer.json).toEqual(messageResponse('echo: canada'));
    const answered = await bot.logLine('answered interaction');
    expect(answered).toMatchObject({ reqId: expect.any(String), status: 200, level: 30 });
    bot.child.kill('SIGTERM');
    const { code, stdout, stderr } = await bot.finished;
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('"msg":"shutting down"');
    expect(stdout).toContain('"signal":"SIGTERM"');
    expect(stdout).toContain('"msg":"stopped"');
  });
});
