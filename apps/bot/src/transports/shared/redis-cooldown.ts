import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Cooldown } from './cooldown';
import type { Logger } from './logger';
import { createSampledLog } from './sampled-log';

/** While Redis cannot be reached, say so at most once a minute (with a count), not once per command. */
export const REDIS_FAILURE_LOG_INTERVAL_MS = 60_000;
/** A command waits at most this long for Redis before it is answered without a cooldown check. */
const COMMAND_TIMEOUT_MS = 500;

export interface RedisCooldownOptions {
  /** redis://[user:password@]host:port[/db] */
  url: string;
  durationMs: number;
  logger: Logger;
  /** Keys are `<prefix>:<user id>`; replicas and shards of one bot must share it. */
  keyPrefix?: string;
  failureLogIntervalMs?: number;
}

/**
 * The per-user cooldown shared by every replica and shard that points at the same Redis, through
 * rate-limiter-flexible (one point per `durationMs`, stored with an expiry, so Redis forgets idle users).
 * Redis stores whole seconds, so the duration is rounded up to a second. When Redis is unreachable the
 * bot keeps answering: the check fails open and the failure is logged once per interval.
 */
export function createRedisCooldown(options: RedisCooldownOptions): Cooldown {
  const failures = createSampledLog({
    logger: options.logger,
    level: 'error',
    message: 'Redis unreachable: commands answered without the shared cooldown',
    intervalMs: options.failureLogIntervalMs ?? REDIS_FAILURE_LOG_INTERVAL_MS,
  });
  const client = new Redis(options.url, {
    // Fail at once while disconnected instead of queueing commands until Redis returns.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: COMMAND_TIMEOUT_MS,
    // Keep trying to reconnect, at most every 5 s.
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  // ioredis reports connection errors as events; unhandled, they would crash the process.
  client.on('error', (error: Error) => failures.note('connection', { err: { message: error.message } }));
  const limiter = new RateLimiterRedis({
    storeClient: client,
    keyPrefix: options.keyPrefix ?? 'asylum-archive:cooldown',
    points: 1,
    duration: Math.max(1, Math.ceil(options.durationMs / 1000)),
    rejectIfRedisNotReady: true,
  });

  /** While the first connection is being made, a command waits for it (briefly) instead of failing open. */
  function connecting(): Promise<void> {
    if (client.status !== 'connecting' && client.status !== 'connect') return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        for (const event of ['ready', 'error', 'end'] as const) client.off(event, done);
        resolve();
      };
      const timer = setTimeout(done, COMMAND_TIMEOUT_MS);
      for (const event of ['ready', 'error', 'end'] as const) client.once(event, done);
    });
  }

  return {
    async take(userId) {
      if (options.durationMs <= 0) return 0;
      await connecting();
      try {
        await limiter.consume(userId, 1);
        return 0;
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return Math.max(1, refusal.msBeforeNext);
        failures.note('command', {
          err: { message: refusal instanceof Error ? refusal.message : String(refusal) },
        });
        return 0;
      }
    },
    async close() {
      failures.stop();
      client.disconnect();
    },
  };
}
