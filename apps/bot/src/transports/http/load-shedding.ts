/**
 * When to refuse new work: a request that waits behind a saturated event loop would be answered late (past
 * Discord's 3-s deadline, at worst), so it is better answered 503 at once. Discord does not retry it: the user
 * sees Discord's own failure notice and can run the command again a moment later. The README's "Under load"
 * section has the measurements these defaults come from.
 *
 * Where requests wait: node reads every socket that became readable while the loop was busy in one turn of
 * the loop, and answers each request before reading the next (the handlers compute synchronously). So a
 * request read `t` ms into such a turn has waited at least `t` ms, and under overload turns grow without
 * bound. Refusing what is read late in a turn keeps every turn short, and so keeps both the answered
 * requests and the refusals prompt.
 */
export interface LoadSheddingOptions {
  /** Refuse while this many requests are already being served (work that awaits: Redis, pictures). */
  maxInFlight: number;
  /** Refuse a request read this many ms into the loop's current turn, however busy the loop has been. */
  maxLagMs: number;
  /** While the loop is saturated, refuse a request read this many ms into the current turn. */
  saturatedLagMs: number;
  /** The loop is saturated while its busy share over the last ~100 ms is at least this (0–1). */
  saturatedBusyShare: number;
}

/**
 * Requests in flight at once. Only work that awaits (a Redis cooldown, a picture being drawn) stays in flight;
 * synchronous answers finish within their turn. Little's law: ≈ 2,500 req/s × 100 ms.
 */
export const DEFAULT_MAX_IN_FLIGHT = 256;
/**
 * A turn that has already worked 100 ms holds requests that have waited at least that long: 50× the ≈ 2 ms
 * a turn takes at 1,000 req/s. A single slow search or a garbage-collection pause can cause it, so this
 * sheds on its own only then (and sheds what came in during a stall, before it can pile up).
 */
export const DEFAULT_MAX_LAG_MS = 100;
/**
 * Under saturation, turns are cut at 2 ms of work (about five answers): what is read later gets 503. Turns
 * then last 2 ms plus the refusals (≈ 100 µs each), so a request waits at most two short turns — a few
 * milliseconds, answered or refused.
 */
export const DEFAULT_SATURATED_LAG_MS = 2;
/**
 * At 1,000 req/s a loop that costs ≈ 400 µs per request is ≈ 40–50% busy; it is only 90% busy when the offered
 * load is within a tenth of what it can serve (or above it). A one-off stall lifts the share only briefly.
 */
export const DEFAULT_SATURATED_BUSY_SHARE = 0.9;

export const DEFAULT_LOAD_SHEDDING: Readonly<LoadSheddingOptions> = {
  maxInFlight: DEFAULT_MAX_IN_FLIGHT,
  maxLagMs: DEFAULT_MAX_LAG_MS,
  saturatedLagMs: DEFAULT_SATURATED_LAG_MS,
  saturatedBusyShare: DEFAULT_SATURATED_BUSY_SHARE,
};

/** What the monitor knows when a request arrives. */
export interface LoadSignal {
  /** Requests being served, not counting this one. */
  inFlight: number;
  /** How long the loop's current turn had already been working when this request was read (ms). */
  lagMs: number;
  /** Share of the last ~100 ms the loop spent working rather than waiting for I/O (0–1). */
  busyShare: number;
}

/** Why a request was refused; undefined when it is served. */
export type ShedReason = 'in flight' | 'lag' | 'saturated';

/** The shedding rule on its own, so it can be checked against any signal (see load-shedding.test.ts). */
export function shedReason(signal: LoadSignal, options: LoadSheddingOptions): ShedReason | undefined {
  if (signal.inFlight >= options.maxInFlight) return 'in flight';
  if (signal.lagMs > options.maxLagMs) return 'lag';
  if (signal.lagMs > options.saturatedLagMs && signal.busyShare >= options.saturatedBusyShare)
    return 'saturated';
  return undefined;
}

export interface LoadMonitor {
  /** Reads the signal for a request arriving now (it opens a turn when none is open). */
  signal(othersInFlight: number): LoadSignal;
  /** Why a request arriving now should get 503, given how many others are being served; else undefined. */
  overloaded(othersInFlight: number): ShedReason | undefined;
  /** How late the loop's last 10-ms timer ran (ms), for /health details. */
  readonly timerLagMs: number;
  stop(): void;
}

const TICK_MS = 10;
/** How quickly the busy share follows the loop: about the last 100 ms count. */
const BUSY_WINDOW_MS = 100;

/**
 * Watches the event loop: when the current turn began (the first request read since the loop last went past
 * its check phase), and a busy share (event-loop utilisation, smoothed over ~100 ms by a 10-ms timer and
 * brought up to date when asked).
 */
export function createLoadMonitor(options: LoadSheddingOptions): LoadMonitor {
  let turnStart = Number.NaN;
  const endTurn = () => {
    turnStart = Number.NaN;
  };
  let lastTick = performance.now();
  let timerLagMs = 0;
  let busyShare = 0;
  let utilization = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.now();
    const elapsed = now - lastTick;
    timerLagMs = Math.max(0, elapsed - TICK_MS);
    lastTick = now;
    const latest = performance.eventLoopUtilization(utilization);
    utilization = performance.eventLoopUtilization();
    busyShare += (1 - Math.exp(-elapsed / BUSY_WINDOW_MS)) * (latest.utilization - busyShare);
  }, TICK_MS);
  timer.unref();

  /** The busy share including the work since the last tick, which the timer has not seen yet. */
  function liveBusyShare(now: number): number {
    const live = performance.eventLoopUtilization(utilization).utilization;
    return busyShare + (1 - Math.exp(-(now - lastTick) / BUSY_WINDOW_MS)) * (live - busyShare);
  }

  /** Milliseconds since the current turn's first request; opens a turn (0) when none is open. */
  function lagNow(now: number): number {
    if (Number.isNaN(turnStart)) {
      turnStart = now;
      // Immediates run once the loop has read every socket of this turn: the next request opens a new one.
      setImmediate(endTurn);
      return 0;
    }
    return now - turnStart;
  }

  const quietLagMs = Math.min(options.maxLagMs, options.saturatedLagMs);
  return {
    signal(othersInFlight) {
      const now = performance.now();
      return { inFlight: othersInFlight, lagMs: lagNow(now), busyShare: liveBusyShare(now) };
    },
    overloaded(othersInFlight) {
      const now = performance.now();
      const lagMs = lagNow(now);
      // Most requests arrive early in a turn: no need to ask for the busy share then.
      if (othersInFlight < options.maxInFlight && lagMs <= quietLagMs) return undefined;
      return shedReason({ inFlight: othersInFlight, lagMs, busyShare: liveBusyShare(now) }, options);
    },
    get timerLagMs() {
      return timerLagMs;
    },
    stop() {
      clearInterval(timer);
    },
  };
}
