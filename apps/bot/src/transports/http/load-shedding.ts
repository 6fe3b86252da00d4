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
 *
 * Where requests wait unseen: node 20 (libuv ≥ 1.45) accepts one new connection per turn of the loop
 * (`bench/accept-per-turn.ts` shows it). When answers slow down, a proxy opens new connections for the requests
 * it cannot place on busy ones; their requests then sit in the kernel's accept queue, which drains one
 * connection per turn, and no rule here sees them until they are read. Keeping answers prompt keeps the proxy
 * from opening them; shorter turns while they keep coming drain the queue faster.
 */
export interface LoadSheddingOptions {
  /** Refuse while this many requests are already being served (work that awaits: Redis, pictures). */
  maxInFlight: number;
  /** Refuse a request read this many ms into the loop's current turn, however busy the loop has been. */
  maxLagMs: number;
  /** While the loop is saturated, refuse a request read this many ms into the current turn. */
  saturatedLagMs: number;
  /** The loop is saturated while its busy share (see `followBusyShare`) is at least this (0–1). */
  saturatedBusyShare: number;
  /**
   * How quickly the busy share follows a busier loop (ms): it reaches 90% of a new, higher level in 2.3× this.
   * A quieter loop is followed over BUSY_FALL_MS, so a saturated loop stays counted as one for a while.
   */
  busyRiseMs: number;
  /**
   * While the loop is saturated and new connections keep arriving (one accepted in the last
   * ACCEPTING_WINDOW_MS), refuse a request read this many ms into the current turn.
   */
  acceptingLagMs: number;
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
/**
 * The busy share rises over ~20 ms: from an idle loop, 46 ms of unbroken work count as saturated. With the
 * 100 ms it once rose over, a loop hit by twice its capacity after a quiet spell took ≈ 230 ms to count as
 * saturated; until then only the 100-ms lag rule refused anything, turns grew to ≈ 100 ms, answers slowed to
 * 100–300 ms, and the proxy in front (the benchmark's client too) opened hundreds of new connections for the
 * requests it could not place on busy ones. Node 20 accepts one connection per turn of its loop (libuv ≥ 1.45),
 * so those waited in the kernel's accept queue, unseen by any rule here, for up to 1.5–3 s. At 1,000 req/s
 * (≈ 40% busy) a 20-ms turn of backlog lifts the share to ≈ 0.78 only, and it takes a 36-ms one to reach 0.9:
 * the backlog of a stall of the whole machine under ≈ 50 ms is still served, not shed. (Nearer capacity it
 * sheds sooner: at 80% busy, a turn's work past ≈ 14 ms.)
 */
export const DEFAULT_BUSY_RISE_MS = 20;
/** The busy share falls over ~100 ms: a saturated loop that rests for a moment is not trusted at once. */
export const BUSY_FALL_MS = 100;
/**
 * While saturated and accepting, turns are cut at 0.5 ms of work (one or two answers) instead of 2: node
 * accepts one connection per turn, so a turn of ≈ 0.8 ms (with the refusals) instead of ≈ 3 ms at twice
 * capacity drains the kernel's queue of new connections about four times as fast. It costs answers only while
 * a proxy is opening connections faster than the loop turns, which is overload already.
 */
export const DEFAULT_ACCEPTING_LAG_MS = 0.5;
/** New connections "keep arriving" while one was accepted this recently (a few turns under overload). */
export const ACCEPTING_WINDOW_MS = 10;

export const DEFAULT_LOAD_SHEDDING: Readonly<LoadSheddingOptions> = {
  maxInFlight: DEFAULT_MAX_IN_FLIGHT,
  maxLagMs: DEFAULT_MAX_LAG_MS,
  saturatedLagMs: DEFAULT_SATURATED_LAG_MS,
  saturatedBusyShare: DEFAULT_SATURATED_BUSY_SHARE,
  busyRiseMs: DEFAULT_BUSY_RISE_MS,
  acceptingLagMs: DEFAULT_ACCEPTING_LAG_MS,
};

/**
 * The busy share after `elapsedMs` in which the loop was `measured` busy (0–1): an exponential average that
 * follows a busier loop over `riseMs` and a quieter one over BUSY_FALL_MS.
 */
export function followBusyShare(
  previous: number,
  measured: number,
  elapsedMs: number,
  riseMs: number,
): number {
  const windowMs = measured > previous ? riseMs : BUSY_FALL_MS;
  return previous + (1 - Math.exp(-elapsedMs / windowMs)) * (measured - previous);
}

/** What the monitor knows when a request arrives. */
export interface LoadSignal {
  /** Requests being served, not counting this one. */
  inFlight: number;
  /** How long the loop's current turn had already been working when this request was read (ms). */
  lagMs: number;
  /** Share of its recent time the loop spent working rather than waiting for I/O (0–1; `followBusyShare`). */
  busyShare: number;
  /** Milliseconds since the server last accepted a connection (Infinity before the first). */
  acceptedMsAgo: number;
}

/** Why a request was refused; undefined when it is served. */
export type ShedReason = 'in flight' | 'lag' | 'saturated' | 'saturated, accepting';

/** The shedding rule on its own, so it can be checked against any signal (see load-shedding.test.ts). */
export function shedReason(signal: LoadSignal, options: LoadSheddingOptions): ShedReason | undefined {
  if (signal.inFlight >= options.maxInFlight) return 'in flight';
  if (signal.lagMs > options.maxLagMs) return 'lag';
  if (signal.busyShare < options.saturatedBusyShare) return undefined;
  if (signal.lagMs > options.saturatedLagMs) return 'saturated';
  if (signal.lagMs > options.acceptingLagMs && signal.acceptedMsAgo <= ACCEPTING_WINDOW_MS)
    return 'saturated, accepting';
  return undefined;
}

export interface LoadMonitor {
  /** Reads the signal for a request arriving now (it opens a turn when none is open). */
  signal(othersInFlight: number): LoadSignal;
  /** Why a request arriving now should get 503, given how many others are being served; else undefined. */
  overloaded(othersInFlight: number): ShedReason | undefined;
  /** The server accepted a connection. */
  noteConnection(): void;
  /** How late the loop's last 10-ms timer ran (ms), for /health details. */
  readonly timerLagMs: number;
  stop(): void;
}

const TICK_MS = 10;

/**
 * Watches the event loop: when the current turn began (the first request read since the loop last went past
 * its check phase), and a busy share (event-loop utilisation, smoothed by `followBusyShare` on a 10-ms timer
 * and brought up to date when asked).
 */
export function createLoadMonitor(options: LoadSheddingOptions): LoadMonitor {
  let turnStart = Number.NaN;
  const endTurn = () => {
    turnStart = Number.NaN;
  };
  let lastTick = performance.now();
  let timerLagMs = 0;
  let busyShare = 0;
  let acceptedAt = Number.NEGATIVE_INFINITY;
  let utilization = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.now();
    const elapsed = now - lastTick;
    timerLagMs = Math.max(0, elapsed - TICK_MS);
    lastTick = now;
    const latest = performance.eventLoopUtilization(utilization);
    utilization = performance.eventLoopUtilization();
    busyShare = followBusyShare(busyShare, latest.utilization, elapsed, options.busyRiseMs);
  }, TICK_MS);
  timer.unref();

  /** The busy share including the work since the last tick, which the timer has not seen yet. */
  function liveBusyShare(now: number): number {
    const live = performance.eventLoopUtilization(utilization).utilization;
    return followBusyShare(busyShare, live, now - lastTick, options.busyRiseMs);
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

  const quietLagMs = Math.min(options.maxLagMs, options.saturatedLagMs, options.acceptingLagMs);
  const read = (othersInFlight: number, now: number, lagMs: number): LoadSignal => ({
    inFlight: othersInFlight,
    lagMs,
    busyShare: liveBusyShare(now),
    acceptedMsAgo: now - acceptedAt,
  });
  return {
    signal(othersInFlight) {
      const now = performance.now();
      return read(othersInFlight, now, lagNow(now));
    },
    overloaded(othersInFlight) {
      const now = performance.now();
      const lagMs = lagNow(now);
      // Most requests arrive early in a turn: no need to ask for the busy share then.
      if (othersInFlight < options.maxInFlight && lagMs <= quietLagMs) return undefined;
      return shedReason(read(othersInFlight, now, lagMs), options);
    },
    noteConnection() {
      acceptedAt = performance.now();
    },
    get timerLagMs() {
      return timerLagMs;
    },
    stop() {
      clearInterval(timer);
    },
  };
}
