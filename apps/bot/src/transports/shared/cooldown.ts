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
}

/**
 * Each use forgets at most this many expired users, oldest first. A use adds at most one user, so expired
 * ones cannot pile up while commands keep coming, and no single command pays for a sweep of the whole map
 * (which, with more than 10,000 users inside their cooldown, used to run on every command).
 */
export const FORGET_PER_USE = 2;
/** The queue of uses is compacted once this many forgotten entries lie at its front (and they are most of it). */
const COMPACT_AFTER = 1024;

export function createCooldown(options: CooldownOptions): MemoryCooldown {
  const now = options.now ?? Date.now;
  const lastUse = new Map<string, number>();
  // Uses in the order they were recorded, so the oldest are at the front: forgetting looks at the front only.
  // A user who comes back after their cooldown has a newer entry behind; the older one then forgets nothing.
  let queueUsers: string[] = [];
  let queueTimes: number[] = [];
  let head = 0;

  function forgetExpired(at: number): void {
    for (let forgotten = 0; forgotten < FORGET_PER_USE && head < queueUsers.length; forgotten += 1) {
      const usedAt = queueTimes[head] as number;
      if (at - usedAt < options.durationMs) break;
      const userId = queueUsers[head] as string;
      head += 1;
      if (lastUse.get(userId) === usedAt) lastUse.delete(userId);
    }
    // Amortised: the slice copies what is left, once at least as much has been forgotten since the last one.
    if (head >= COMPACT_AFTER && head * 2 >= queueUsers.length) {
      queueUsers = queueUsers.slice(head);
      queueTimes = queueTimes.slice(head);
      head = 0;
    }
  }

  function takeNow(userId: string): number {
    if (options.durationMs <= 0) return 0;
    const at = now();
    forgetExpired(at);
    const previous = lastUse.get(userId);
    if (previous !== undefined && at - previous < options.durationMs) {
      return options.durationMs - (at - previous);
    }
    lastUse.set(userId, at);
    queueUsers.push(userId);
    queueTimes.push(at);
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
