/**
 * When to refuse new work: a request that waits behind a saturated event loop would be answered after
 * Discord's 3-s deadline anyway, so it is better answered 503 at once (Discord then shows the user that
 * the interaction failed, and they can try again). See the README's "Under load" section for the figures
 * these defaults come from.
 */
export interface LoadSheddingOptions {
  /** Refuse while the event loop is this late on its own timer (ms). */
  maxLagMs: number;
  /** Refuse while this many requests are already being served. */
  maxInFlight: number;
}

/** Timer lag above this means requests are queueing behind work, measured at ~1,000 req/s on one core. */
export const DEFAULT_MAX_LAG_MS = 40;
/** Far above what a healthy process holds (a few, since most answers are computed synchronously). */
export const DEFAULT_MAX_IN_FLIGHT = 256;

const TICK_MS = 10;

export interface LoadMonitor {
  /** True when a new request should get 503 now, given how many others are being served. */
  overloaded(othersInFlight: number): boolean;
  /** The event loop's latest lag (ms), for /health details. */
  readonly lagMs: number;
  stop(): void;
}

/**
 * Watches the event loop with a 10-ms timer. A request is refused while the loop has gone more than
 * `maxLagMs` without reaching its timers: the batch of work it is in has already kept everything queued
 * behind it waiting that long. Once the batch ends the timer runs and requests are served again, so one
 * long task (a first search loading the archive) does not leave the endpoint refusing afterwards.
 */
export function createLoadMonitor(options: LoadSheddingOptions): LoadMonitor {
  let lastTick = performance.now();
  let lagMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    lagMs = Math.max(0, now - lastTick - TICK_MS);
    lastTick = now;
  }, TICK_MS);
  timer.unref();
  return {
    overloaded(othersInFlight) {
      if (othersInFlight >= options.maxInFlight) return true;
      return performance.now() - lastTick - TICK_MS > options.maxLagMs;
    },
    get lagMs() {
      return lagMs;
    },
    stop() {
      clearInterval(timer);
    },
  };
}
