/**
 * Per-user cooldown: after a command, the same user waits `durationMs` before the next one.
 * This one keeps its state in this process; with several replicas or shards set REDIS_URL so they share
 * one (see redis-cooldown.ts), or a user gets each process's allowance.
 */
export interface Cooldown {
  /** Records a use and resolves 0, or resolves how many milliseconds the user still has to wait. */
  take(userId: string): Promise<number>;
  /** Lets go of connections (Redis); nothing to do in memory. */
  close(): Promise<void>;
}

/** The in-memory cooldown, with its size visible for tests. */
export interface MemoryCooldown extends Cooldown {
  /** Records a use and returns 0, or the milliseconds left, synchronously. */
  takeNow(userId: string): number;
  /** How many users are currently remembered. */
  readonly size: number;
}

export interface CooldownOptions {
  durationMs: number;
  now?: () => number;
  /** Expired entries are swept once the map grows past this, so memory stays bounded. */
  sweepAbove?: number;
}

export function createCooldown(options: CooldownOptions): MemoryCooldown {
  const now = options.now ?? Date.now;
  const sweepAbove = options.sweepAbove ?? 10_000;
  const lastUse = new Map<string, number>();

  function sweep(at: number): void {
    for (const [userId, usedAt] of lastUse) {
      if (at - usedAt >= options.durationMs) lastUse.delete(userId);
    }
  }

  function takeNow(userId: string): number {
    if (options.durationMs <= 0) return 0;
    const at = now();
    const previous = lastUse.get(userId);
    if (previous !== undefined && at - previous < options.durationMs) {
      return options.durationMs - (at - previous);
    }
    lastUse.set(userId, at);
    if (lastUse.size > sweepAbove) sweep(at);
    return 0;
  }

  return {
    takeNow,
    take: (userId) => Promise.resolve(takeNow(userId)),
    close: () => Promise.resolve(),
    get size() {
      return lastUse.size;
    },
  };
}
