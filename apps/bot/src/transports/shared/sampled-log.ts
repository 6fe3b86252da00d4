import type { Logger } from './logger';

/**
 * A log line for events that can come by the thousand (401s from a scanner, Redis being down): the first
 * one is written at once, the rest are only counted, and one summary line per interval says how many of
 * each kind there were. A flood costs a counter increment per event, not a line.
 */
export interface SampledLog {
  /** Counts one event of `kind`; writes a line only when none was written in the current interval. */
  note(kind: string, fields?: object): void;
  /** Writes the summary of what was counted and not yet reported (on shutdown). */
  flush(): void;
  /** Stops the interval timer after a last flush. */
  stop(): void;
}

export interface SampledLogOptions {
  logger: Logger;
  level: 'warn' | 'error' | 'info';
  message: string;
  intervalMs: number;
}

export function createSampledLog(options: SampledLogOptions): SampledLog {
  const { logger, level, message, intervalMs } = options;
  // Keyed by the caller's own labels, never by request text; a Map in any case.
  const counts = new Map<string, number>();
  let quietSince = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;

  function flush(): void {
    if (counts.size === 0) return;
    const byKind = Object.fromEntries(counts);
    let total = 0;
    for (const count of counts.values()) total += count;
    counts.clear();
    logger[level]({ count: total, byKind, intervalSeconds: intervalMs / 1000 }, `${message} (summary)`);
  }

  function ensureTimer(): void {
    if (timer !== undefined) return;
    timer = setInterval(() => {
      if (counts.size === 0) {
        clearInterval(timer);
        timer = undefined;
        return;
      }
      flush();
    }, intervalMs);
    timer.unref();
  }

  return {
    note(kind, fields = {}) {
      const now = performance.now();
      if (now - quietSince >= intervalMs && timer === undefined) {
        quietSince = now;
        logger[level]({ kind, ...fields }, message);
        ensureTimer();
        return;
      }
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      ensureTimer();
    },
    flush,
    stop() {
      flush();
      clearInterval(timer);
      timer = undefined;
    },
  };
}
