import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisCooldown } from '../../src/transports/shared/redis-cooldown';
import { captureLogs } from './support/captured-logs';
import { generateTestKeys } from './support/ed25519';
import { sendSigned } from './support/http-client';
import { APPLICATION_ID, commandInteraction } from './support/interactions';
import { closedPort, type TestRedis, useRedis } from './support/redis';
import { spawnBot } from './support/spawn-bot';

/**
 * Cooldowns shared through a real redis-server (started by .ci/run, or by the helper when run by hand),
 * between real bot processes. Discord's servers take no part: the tests sign requests as Discord would.
 */
let redis: TestRedis;
beforeAll(async () => {
  redis = await useRedis();
}, 30_000);
afterAll(async () => {
  await redis?.stop();
});

const keys = generateTestKeys();
/** A fresh user id per test, so runs sharing one Redis never meet each other's cooldowns. */
const freshUser = () =>
  String(300_000_000_000_000_000n + BigInt(Number.parseInt(randomUUID().slice(0, 8), 16)));

async function startHttpBot(env: Record<string, string>) {
  const bot = spawnBot({
    BOT_MODE: 'http',
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    BOT_COOLDOWN_MS: '60000',
    // The warm-up has tests of its own (self-warm-up.test.ts); here it would only slow each start.
    WARM_UP_REQUESTS: '0',
    ...env,
  });
  const listening = await bot.logLine('listening');
  return { ...bot, port: Number(listening.port), store: listening.cooldownStore };
}

const contentOf = (json: unknown) => String((json as { data?: { content?: string } }).data?.content ?? '');

describe('per-user cooldowns shared through Redis', () => {
  it('refuses in the second process a user the first process just served (two bot processes, one Redis)', async () => {
    const first = await startHttpBot({ REDIS_URL: redis.url });
    const second = await startHttpBot({ REDIS_URL: redis.url });
    try {
      expect([first.store, second.store]).toEqual(['redis', 'redis']);
      const user = freshUser();
      const served = await sendSigned(first.port, keys, commandInteraction('echo', user, 'hola'));
      expect(contentOf(served.json)).toBe('echo: hola');
      const refused = await sendSigned(second.port, keys, commandInteraction('echo', user, 'otra vez'));
      expect(contentOf(refused.json)).toMatch(
        /^⏳ One moment, please: you can run another command in \d+ seconds?\.$/,
      );
      // Another user is not held up by the first one's cooldown.
      const other = await sendSigned(second.port, keys, commandInteraction('echo', freshUser(), 'yo'));
      expect(contentOf(other.json)).toBe('echo: yo');
    } finally {
      first.child.kill('SIGTERM');
      second.child.kill('SIGTERM');
      await Promise.all([first.finished, second.finished]);
    }
  }, 90_000);

  it('keeps answering when Redis cannot be reached, and says so once, not once per command', async () => {
    const bot = await startHttpBot({ REDIS_URL: `redis://127.0.0.1:${await closedPort()}` });
    try {
      const user = freshUser();
      for (const word of ['uno', 'dos', 'tres']) {
        const result = await sendSigned(bot.port, keys, commandInteraction('echo', user, word));
        // Fail open: no shared cooldown can be checked, so the same user is answered each time.
        expect(contentOf(result.json), result.text).toBe(`echo: ${word}`);
      }
    } finally {
      bot.child.kill('SIGTERM');
    }
    const { stdout } = await bot.finished;
    const unreachable = stdout.split('\n').filter((line) => line.includes('Redis unreachable'));
    // The first failure is written at once; the rest are counted into one summary when the bot stops.
    expect(unreachable.length).toBeGreaterThanOrEqual(1);
    expect(unreachable.length).toBeLessThanOrEqual(2);
  }, 60_000);

  it('counts the wait from the first use and forgets the user once it has passed (rate-limiter-flexible on Redis)', async () => {
    const logs = captureLogs();
    const cooldown = createRedisCooldown({
      url: redis.url,
      durationMs: 1000,
      logger: logs.logger,
      keyPrefix: `test-${randomUUID()}`,
    });
    try {
      const user = freshUser();
      expect(await cooldown.take(user)).toBe(0);
      const wait = await cooldown.take(user);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(1000);
      expect(await cooldown.take(freshUser())).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, wait + 50));
      expect(await cooldown.take(user)).toBe(0);
      expect(logs.lines().filter((line) => line.level === 50)).toEqual([]);
    } finally {
      await cooldown.close();
    }
  }, 30_000);
});
