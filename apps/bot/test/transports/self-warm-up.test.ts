import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { type AddressInfo, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type APIInteraction, InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../src/index';
import {
  WARM_UP_CONNECTIONS,
  WARM_UP_SHED_SHARE,
  type WarmUpOptions,
  warmUp,
} from '../../src/transports/http/self-warm-up';
import type { InteractionHandler } from '../../src/transports/shared/interaction-handler';
import { startBot } from '../../src/transports/start';
import { captureLogs } from './support/captured-logs';
import { generateTestKeys } from './support/ed25519';
import { send, sendSigned } from './support/http-client';
import { APPLICATION_ID, commandInteraction, echoHandler } from './support/interactions';

/**
 * The self-warm-up: before /health says ok, the process answers synthetic interactions through its own HTTP
 * path, over loopback, signed with a key of its own, with a handler it is given; bounded by a count and a time.
 * Real servers, real Ed25519 signatures; the time bound on a scripted clock.
 */
const keys = generateTestKeys();
const execFileAsync = promisify(execFile);
const botDir = fileURLToPath(new URL('../..', import.meta.url));
const TEXTS = ['Asylum seekers wait in Juarez', 'Judge denies claim of Honduran family'];
const closers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** The warm-up over the real command definitions and TEXTS, with `handler` counting what reaches it. */
function warm(handler: InteractionHandler, extra: Partial<WarmUpOptions> & { requests: number }) {
  return warmUp({
    handleInteraction: handler,
    commands: commandDefinitions,
    texts: TEXTS,
    cooldownMs: 3000,
    logger: captureLogs().logger,
    ...extra,
  });
}

describe('warmUp', () => {
  it('answers each synthetic interaction through a server of its own with the handler it is given', async () => {
    const seen: APIInteraction[] = [];
    const report = await warm(
      async (interaction) => {
        seen.push(interaction);
        return echoHandler(interaction);
      },
      { requests: 40 },
    );
    expect(report).toMatchObject({ sent: 40, failed: 0, timedOut: false });
    expect(report.answered + report.refused).toBe(40);
    // Every interaction answered reached the handler once (a user each, so the cooldown refused none of them)…
    expect(seen).toHaveLength(report.answered);
    expect(new Set(seen.map((interaction) => interaction.id)).size).toBe(report.answered);
    // …half of them autocompletes of the commands' autocompleted options, half /search with words of the texts.
    const autocompletes = seen.filter(
      (interaction) => interaction.type === InteractionType.ApplicationCommandAutocomplete,
    );
    const searches = seen.filter((interaction) => interaction.type === InteractionType.ApplicationCommand);
    expect(autocompletes.length).toBeGreaterThanOrEqual(16);
    expect(searches.length).toBeGreaterThanOrEqual(16);
    const words = new Set(TEXTS.join(' ').toLowerCase().split(' '));
    for (const search of searches) {
      const query = String((search.data as { options?: Array<{ value: unknown }> }).options?.[0]?.value);
      expect(query.split(' ').every((word) => words.has(word))).toBe(true);
    }
    const autocompleted = new Set(
      autocompletes.map((interaction) => (interaction.data as { name: string }).name),
    );
    expect(autocompleted.size).toBeGreaterThan(1);
  });

  it('sends its last share to a server that sheds as an overloaded one does, so the 503 path runs too', async () => {
    // Each answer keeps the loop busy for 3 ms, as a search does under load: requests read behind it in the
    // same turn are refused by the shedding server, and the first of each turn is answered.
    const busy: InteractionHandler = async (interaction) => {
      const until = performance.now() + 3;
      while (performance.now() < until) {
        // Synchronous work, as the pure layer's.
      }
      return echoHandler(interaction);
    };
    const report = await warm(busy, { requests: 200 });
    const shed = Math.floor(200 * WARM_UP_SHED_SHARE);
    expect(report).toMatchObject({ sent: 200, failed: 0, timedOut: false });
    // The first server refuses nothing; the second refuses all but a turn's first.
    expect(report.answered).toBeGreaterThan(200 - shed);
    expect(report.refused).toBeGreaterThan(0);
    expect(report.refused).toBeLessThan(shed);
  });

  it("leaves the real server's request listener compiled (TurboFan) through its own first 503s", async () => {
    // A call V8 has seen reach one closure is compiled for that closure alone: with one refusing server in the
    // warm-up, the refusal branch's calls had reached only that server's helpers, and the real server's first
    // 503 threw the listener's code away ("wrong call target") and had it compiled again under load.
    const { stdout } = await execFileAsync(
      process.execPath,
      [
        '--allow-natives-syntax',
        '--import',
        'tsx',
        fileURLToPath(new URL('./support/listener-optimization.ts', import.meta.url)),
      ],
      { cwd: botDir },
    );
    const result = JSON.parse(stdout.trim()) as {
      warmUpRefused: number;
      compiled: boolean;
      refused: number;
      stillCompiled: boolean;
    };
    expect(result.warmUpRefused).toBeGreaterThan(0);
    expect(result.compiled).toBe(true);
    // The bursts did reach the refusal branch.
    expect(result.refused).toBeGreaterThan(0);
    expect(result.stillCompiled).toBe(true);
  }, 60_000);

  it('answers nothing and opens nothing when asked for no interactions', async () => {
    let calls = 0;
    const report = await warm(
      async (interaction) => {
        calls += 1;
        return echoHandler(interaction);
      },
      { requests: 0 },
    );
    expect(report).toMatchObject({ sent: 0, answered: 0 });
    expect(calls).toBe(0);
  });

  it('stops at its time bound however many interactions are left', async () => {
    // Each answer takes 1 s of the scripted clock: a bound of 5 s lets the first few through, then stops.
    let now = 0;
    const report = await warm(
      async (interaction) => {
        now += 1000;
        return echoHandler(interaction);
      },
      { requests: 1000, maxMs: 5000, now: () => now },
    );
    expect(report.timedOut).toBe(true);
    // The connections' first requests leave at once; after that each waits for an answer and the clock.
    expect(report.sent).toBeLessThanOrEqual(5 + WARM_UP_CONNECTIONS);
    expect(report.answered).toBe(report.sent);
  });
});

/** A port that was free a moment ago. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('a bot in HTTP mode with WARM_UP_REQUESTS', () => {
  it('says "warming" on /health (503) while it warms up, answers Discord meanwhile, and says ok once warm', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let warmUpCalls = 0;
    const port = await freePort();
    const signals = new EventEmitter();
    let ready = false;
    const stopped = startBot({
      // The warm-up's interactions wait until the test lets them go; Discord's are answered at once.
      handleInteraction: async (interaction) => {
        if (interaction.token.startsWith('warm-up-')) {
          warmUpCalls += 1;
          await held;
        }
        return echoHandler(interaction);
      },
      startConsole: () => 1,
      env: {
        BOT_MODE: 'http',
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
        DISCORD_APPLICATION_ID: APPLICATION_ID,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        WARM_UP_REQUESTS: '30',
      },
      cwd: botDir,
      signals,
      onReady: () => {
        ready = true;
      },
    });
    closers.push(async () => {
      release();
      signals.emit('SIGTERM');
      await stopped;
    });
    while (warmUpCalls === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const warming = await send(port, { method: 'GET', path: '/health' });
    expect(warming.status).toBe(503);
    expect(warming.json).toEqual({ status: 'warming' });
    expect(ready).toBe(false);
    const answer = await sendSigned(port, keys, commandInteraction('echo', undefined, 'canada'));
    expect(answer.json).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource });
    release();
    while (!ready) await new Promise((resolve) => setTimeout(resolve, 5));
    // The last share went to the warm-up's shedding server: the first request of each turn reached the handler.
    expect(warmUpCalls).toBeGreaterThan(30 - Math.floor(30 * WARM_UP_SHED_SHARE));
    expect(warmUpCalls).toBeLessThanOrEqual(30);
    const warm = await send(port, { method: 'GET', path: '/health' });
    expect(warm.status).toBe(200);
    expect(warm.json).toEqual({ status: 'ok' });
  });
});
