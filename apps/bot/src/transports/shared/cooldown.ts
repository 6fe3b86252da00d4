/**
 * Per-user cooldown: after a command, the same user waits `durationMs` before the next one.
 * State lives in this process only; with several shards or replicas a user could be answered by
 * another one sooner, which is acceptable for a guard against accidental spam.
 */
export interface Cooldown {
  /** Records a use and returns 0, or returns how many milliseconds the user still has to wait. */
  take(userId: string): number;
  /** How many users are currently remembered (for tests and health output). */
  readonly size: number;
}

export interface CooldownOptions {
  durationMs: number;
  now?: () => number;
  /** Expired entries are swept once the map grows past this, so memory stays bounded. */
  sweepAbove?: number;
}

export function createCooldown(options: CooldownOptions): Cooldown {
  const now = options.now ?? Date.now;
  const sweepAbove = options.sweepAbove ?? 10_000;
  const lastUse = new Map<string, number>();

  function sweep(at: number): void {
    for (const [userId, usedAt] of lastUse) {
      if (at - usedAt >= options.durationMs) lastUse.delete(userId);
    }
  }

  return {
    take(userId) {
      if (options.durationMs <= 0) return 0;
      const at = now();
      const previous = lastUse.get(userId);
      if (previous !== undefined && at - previous < options.durationMs) {
        return options.durationMs - (at - previous);
      }
      lastUse.set(userId, at);
      if (lastUse.size > sweepAbove) sweep(at);
      return 0;
    },
    get size() {
      return lastUse.size;
    },
  };
}
