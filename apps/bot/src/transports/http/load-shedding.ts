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
 * When to cut turns short (CoDel's idea, as "Fail at Scale" applies it to a server's queue: a queue that has
 * not been empty for an interval is a standing one, and only then are requests that waited longer than a
 * small target refused). The loop's queue was empty when it last waited for I/O: anything readable then
 * would have woken it. So "the loop has worked without waiting for I/O for `standingQueueMs`" says that
 * requests have been arriving faster than it answers them for that long; a shorter busy run is a burst
 * (a stall, a collection, a moment without the CPU) whose backlog the loop works off, and is served. No
 * request read now has waited longer than that busy run. Once seen, a standing queue is remembered for as
 * long again after it was last seen — in a busy run that long, or in a turn that still had requests to refuse
 * (which says that more arrived during the last turn than the loop could serve in 2 ms). Shedding keeps the
 * loop from being busy all the time: under twice its capacity the loop was seen waiting for I/O every ≈ 26 ms
 * (the median busy run when the busy share refused, at 5,600/s), when the senders paused or the refusals had
 * emptied its queue. Forgetting the overload at each such wait let the next 50 ms of turns grow unchecked;
 * CoDel likewise keeps dropping while its queue stays above target, and resumes at once if it stands again.
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
  /** Refuse a request read this many ms into the loop's current turn, however the loop has been. */
  maxLagMs: number;
  /**
   * The queue is standing once the loop has worked this many ms without waiting for I/O, and stays so until
   * this many ms pass with no such busy run and no turn cut short.
   */
  standingQueueMs: number;
  /** While the queue is standing, refuse a request read this many ms into the current turn. */
  saturatedLagMs: number;
  /**
   * While the queue is standing and new connections keep arriving (one accepted in the last
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
 * 50 ms without waiting for I/O. At 1,000 req/s the loop is ≈ 60% busy (≈ 420 µs per answer), so a stall of
 * `s` ms is worked off in a busy run of ≈ 2.5 `s`: stalls under ≈ 20 ms never make a standing queue, and what
 * waited behind them (≤ 20 ms) is served. Under twice its capacity the loop works off an ever-growing
 * backlog, so turns are cut within ≈ 50 ms of the overload's start (as the busy share this replaces did:
 * ≈ 46 ms from an idle loop), and the cut turns keep the queue standing for as long as the overload lasts.
 * The busy share (an average of the loop's utilisation that rose over 20 ms and fell over 100, saturated at
 * 0.9) counted a loop at 1,000 req/s as saturated after ≈ 28 ms of unbroken work from its 60%, and still for
 * ≈ 15 ms after the backlog was gone; turns of five answers or more were cut meanwhile. The 137 503s of the quiet run at 1,000/s this session started with
 * had all waited ≤ 17 ms (the README's "A standing queue instead of a busy share").
 */
export const DEFAULT_STANDING_QUEUE_MS = 50;
/**
 * With a standing queue, turns are cut at 2 ms of work (about five answers): what is read later gets 503.
 * Turns then last 2 ms plus the refusals, so a request waits at most two short turns — a few milliseconds,
 * answered or refused.
 */
export const DEFAULT_SATURATED_LAG_MS = 2;
/**
 * With a standing queue while connections keep arriving, turns are cut at 0.5 ms of work (one or two
 * answers) instead of 2: node accepts one connection per turn, so a turn of ≈ 0.8 ms (with the refusals)
 * instead of ≈ 3 ms at twice capacity drains the kernel's queue of new connections about four times as fast.
 * It costs answers only while a proxy is opening connections faster than the loop turns, which is overload
 * already.
 */
export const DEFAULT_ACCEPTING_LAG_MS = 0.5;
/** New connections "keep arriving" while one was accepted this recently (a few turns under overload). */
export const ACCEPTING_WINDOW_MS = 10;

export const DEFAULT_LOAD_SHEDDING: Readonly<LoadSheddingOptions> = {
  maxInFlight: DEFAULT_MAX_IN_FLIGHT,
  maxLagMs: DEFAULT_MAX_LAG_MS,
  standingQueueMs: DEFAULT_STANDING_QUEUE_MS,
  saturatedLagMs: DEFAULT_SATURATED_LAG_MS,
  acceptingLagMs: DEFAULT_ACCEPTING_LAG_MS,
};

/** What the monitor knows when a request arrives. */
export interface LoadSignal {
  /** Requests being served, not counting this one. */
  inFlight: number;
  /** How long the loop's current turn had already been working when this request was read (ms). */
  lagMs: number;
  /** How long the loop has worked without waiting for I/O (ms): no request read now waited longer. */
  busyMs: number;
  /**
   * Milliseconds since the queue was last seen standing: the loop `standingQueueMs` or more into a busy run,
   * or a turn cut short (0 while it is; Infinity if never).
   */
  standingMsAgo: number;
  /** Milliseconds since the server last accepted a connection (Infinity before the first). */
  acceptedMsAgo: number;
}

/** Why a request was refused; undefined when it is served. */
export type ShedReason = 'in flight' | 'lag' | 'standing queue' | 'standing queue, accepting';

/** The shedding rule on its own, so it can be checked against any signal (see load-shedding.test.ts). */
export function shedReason(signal: LoadSignal, options: LoadSheddingOptions): ShedReason | undefined {
  if (signal.inFlight >= options.maxInFlight) return 'in flight';
  if (signal.lagMs > options.maxLagMs) return 'lag';
  const standing = signal.busyMs >= options.standingQueueMs || signal.standingMsAgo < options.standingQueueMs;
  if (!standing) return undefined;
  if (signal.lagMs > options.saturatedLagMs) return 'standing queue';
  if (signal.lagMs > options.acceptingLagMs && signal.acceptedMsAgo <= ACCEPTING_WINDOW_MS)
    return 'standing queue, accepting';
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

/**
 * Where the monitor reads the time and the loop's idle time (both in ms); tests inject one to say what the
 * loop has been doing.
 */
export interface LoopClock {
  now(): number;
  /** Total time the loop has spent waiting for I/O (libuv's idle time, which only grows while it waits). */
  idleMs(): number;
}

export const EVENT_LOOP_CLOCK: LoopClock = {
  now: () => performance.now(),
  idleMs: () => performance.nodeTiming.idleTime,
};

const TICK_MS = 10;

/**
 * Watches the event loop: when the current turn began (the first request read since the loop last went past
 * its check phase), and when the loop last waited for I/O (its idle time grew since the last look; looked at
 * as each turn opens and on a 10-ms timer).
 */
export function createLoadMonitor(
  options: LoadSheddingOptions,
  clock: LoopClock = EVENT_LOOP_CLOCK,
): LoadMonitor {
  let turnStart = Number.NaN;
  const endTurn = () => {
    turnStart = Number.NaN;
  };
  let idleSeen = clock.idleMs();
  let busySince = clock.now();
  let standingAt = Number.NEGATIVE_INFINITY;
  /**
   * If the loop has waited for I/O since the last look, its busy run starts now (at the latest); else, if the
   * run has lasted `standingQueueMs`, the queue is seen standing now.
   */
  function lookAtIdle(now: number) {
    const idle = clock.idleMs();
    if (idle !== idleSeen) {
      idleSeen = idle;
      busySince = now;
    } else if (now - busySince >= options.standingQueueMs) standingAt = now;
  }
  let lastTick = clock.now();
  let timerLagMs = 0;
  let acceptedAt = Number.NEGATIVE_INFINITY;
  const timer = setInterval(() => {
    const now = clock.now();
    timerLagMs = Math.max(0, now - lastTick - TICK_MS);
    lastTick = now;
    lookAtIdle(now);
  }, TICK_MS);
  timer.unref();

  /** Milliseconds since the current turn's first request; opens a turn (0) when none is open. */
  function lagNow(now: number): number {
    if (Number.isNaN(turnStart)) {
      turnStart = now;
      lookAtIdle(now);
      // Immediates run once the loop has read every socket of this turn: the next request opens a new one.
      setImmediate(endTurn);
      return 0;
    }
    return now - turnStart;
  }

  const quietLagMs = Math.min(options.maxLagMs, options.saturatedLagMs, options.acceptingLagMs);
  const read = (othersInFlight: number, now: number, lagMs: number): LoadSignal => {
    const busyMs = now - busySince;
    if (busyMs >= options.standingQueueMs) standingAt = now;
    return {
      inFlight: othersInFlight,
      lagMs,
      busyMs,
      standingMsAgo: now - standingAt,
      acceptedMsAgo: now - acceptedAt,
    };
  };
  return {
    signal(othersInFlight) {
      const now = clock.now();
      return read(othersInFlight, now, lagNow(now));
    },
    overloaded(othersInFlight) {
      const now = clock.now();
      const lagMs = lagNow(now);
      // Most requests arrive early in a turn: no need to look further then.
      if (othersInFlight < options.maxInFlight && lagMs <= quietLagMs) return undefined;
      const reason = shedReason(read(othersInFlight, now, lagMs), options);
      // A turn cut short still found more than it could serve in time: the queue is still standing.
      if (reason === 'standing queue' || reason === 'standing queue, accepting') standingAt = now;
      return reason;
    },
    noteConnection() {
      acceptedAt = clock.now();
    },
    get timerLagMs() {
      return timerLagMs;
    },
    stop() {
      clearInterval(timer);
    },
  };
}
