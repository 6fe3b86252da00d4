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

/**
 * Timer lag above this means requests are queueing behind work. Chosen, not yet tuned: 40 ms is 2% of the
 * 2-s deferral budget and ~100 requests' worth of CPU (≈ 390 µs each); the open-loop runs that should tune
 * it could only be made on a saturated shared machine (see the README).
 */
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

/** The event loop must be this busy (share of recent time spent running, not waiting) to shed. */
const BUSY_SHARE = 0.9;
/** How quickly the busy share follows the loop: about the last 200 ms count. */
const BUSY_WINDOW_MS = 200;

/**
 * Watches the event loop with a 10-ms timer. A request is refused while the loop is saturated: busy at
 * least 90% of the last ~200 ms, and either the current batch of work has gone `maxLagMs` without reaching
 * the timers or the last tick came that late. Both signals are needed: a process that was merely not
 * scheduled for a moment (a busy machine) or ran one long task (a first search loading the archive) lags
 * once, but is not busy, and goes on serving.
 */
export function createLoadMonitor(options: LoadSheddingOptions): LoadMonitor {
  let lastTick = performance.now();
  let lagMs = 0;
  let busyShare = 0;
  let utilization = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.now();
    const elapsed = now - lastTick;
    lagMs = Math.max(0, elapsed - TICK_MS);
    lastTick = now;
    const latest = performance.eventLoopUtilization(utilization);
    utilization = performance.eventLoopUtilization();
    const weight = 1 - Math.exp(-elapsed / BUSY_WINDOW_MS);
    busyShare += weight * (latest.utilization - busyShare);
  }, TICK_MS);
  timer.unref();
  return {
    overloaded(othersInFlight) {
      if (othersInFlight >= options.maxInFlight) return true;
      const now = performance.now();
      const sinceTick = now - lastTick - TICK_MS;
      if (Math.max(lagMs, sinceTick) <= options.maxLagMs) return false;
      // The busy share including the batch running now, which the timer has not seen yet.
      const live = performance.eventLoopUtilization(utilization).utilization;
      const weight = 1 - Math.exp(-(now - lastTick) / BUSY_WINDOW_MS);
      return busyShare + weight * (live - busyShare) >= BUSY_SHARE;
    },
    get lagMs() {
      return lagMs;
    },
    stop() {
      clearInterval(timer);
    },
  };
}
