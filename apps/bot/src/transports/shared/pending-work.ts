/**
 * Work still running after Discord got its first response (late answers to deferred commands).
 * Graceful shutdown waits for it, up to a deadline, so a stopping bot does not leave "thinking…" forever.
 */
export interface PendingWork {
  /** Keeps `work` until it settles; `work` must not reject (late delivery logs its own failures). */
  track(work: Promise<void>): void;
  readonly size: number;
  /** Resolves true when everything finished, false when `timeoutMs` passed first. */
  drain(timeoutMs: number): Promise<boolean>;
}

export function createPendingWork(): PendingWork {
  const running = new Set<Promise<void>>();
  return {
    track(work) {
      const tracked = work.finally(() => running.delete(tracked));
      running.add(tracked);
    },
    get size() {
      return running.size;
    },
    async drain(timeoutMs) {
      if (running.size === 0) return true;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      // Work tracked while draining is awaited too: loop until the set is empty.
      const allDone = (async () => {
        while (running.size > 0) await Promise.allSettled([...running]);
        return true as const;
      })();
      try {
        return await Promise.race([allDone, timedOut]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
