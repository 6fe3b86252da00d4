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
  /** Refuse a request read this many ms into the loop's current turn, however lightly loaded the loop is. */
  maxLagMs: number;
  /** While the loop is saturated, refuse a request read this many ms into the current turn. */
  saturatedLagMs: number;
  /**
   * The loop is saturated while the offered load (see `turnLoad` and `followLoad`) is at least this: 1 is as
   * much work arriving as the loop can do.
   */
  saturatedLoad: number;
  /** Over how many ms the offered load is averaged: it moves 63% of the way to a new level in this. */
  loadWindowMs: number;
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
 * then last 2 ms plus the refusals (≈ 60 µs each), so a request waits at most two short turns — a few
 * milliseconds, answered or refused.
 */
export const DEFAULT_SATURATED_LAG_MS = 2;
/**
 * Saturated means more work arriving than the loop can do: past that, a queue grows for as long as the load
 * lasts, and serving it all only makes everyone late. Below it, a queue left by a stall drains by itself.
 */
export const DEFAULT_SATURATED_LOAD = 1;
/**
 * The offered load is averaged over ~2 ms of turns (a turn longer than that counts almost on its own), and the
 * loop is saturated only when it was at least 1 after each of the last two turns: at twice capacity that is a
 * few turns into the overload (the busy share this replaced took ≈ 46 ms of unbroken work, while turns grew to
 * 20–50 ms and the requests in them were refused late). A stall does not move it (it counts arrivals, not the
 * loop's busy time: the turn after a 30-ms pause reads 30 ms of arrivals over a 30-ms span), and a burst of
 * arrivals raises it for one turn only, so the burst and the turn after it are served.
 * `test/transports/support/simulated-loop.ts` replays these cases.
 */
export const DEFAULT_LOAD_WINDOW_MS = 2;
/**
 * While saturated and accepting, turns are cut at 0.5 ms of work (one or two answers) instead of 2: node
 * accepts one connection per turn, so a turn of ≈ 0.8 ms (with the refusals) instead of ≈ 3 ms at twice
 * capacity drains the kernel's queue of new connections about four times as fast. It costs answers only while
 * a proxy is opening connections faster than the loop turns, which is overload already.
 */
export const DEFAULT_ACCEPTING_LAG_MS = 0.5;
/** New connections "keep arriving" while one was accepted this recently (a few turns under overload). */
export const ACCEPTING_WINDOW_MS = 10;
/** The cost of an answer is averaged over about this many answers (see `followCost`). */
export const COST_REQUESTS = 1000;

export const DEFAULT_LOAD_SHEDDING: Readonly<LoadSheddingOptions> = {
  maxInFlight: DEFAULT_MAX_IN_FLIGHT,
  maxLagMs: DEFAULT_MAX_LAG_MS,
  saturatedLagMs: DEFAULT_SATURATED_LAG_MS,
  saturatedLoad: DEFAULT_SATURATED_LOAD,
  loadWindowMs: DEFAULT_LOAD_WINDOW_MS,
  acceptingLagMs: DEFAULT_ACCEPTING_LAG_MS,
};

/**
 * One turn's offered load: the requests read in it, at `costMs` of the loop's time each, over the time since
 * the previous turn began. A request read in this turn was not there when the loop last looked (at the start
 * of the previous turn), so it arrived in that span: `reads / spanMs` is the arrival rate, and times the cost
 * of an answer it is the share of the loop that arriving work asks for (1 = all of it). A stall makes the next
 * turn read more requests, but over a span as much longer, so it does not count as load: only arrivals do.
 */
export function turnLoad(reads: number, costMs: number, spanMs: number): number {
  return spanMs > 0 ? (reads * costMs) / spanMs : 0;
}

/** The offered load after a turn that spanned `spanMs` and offered `sample`: an average over `windowMs`. */
export function followLoad(previous: number, sample: number, spanMs: number, windowMs: number): number {
  return previous + (1 - Math.exp(-spanMs / windowMs)) * (sample - previous);
}

/** Running sums behind the cost of an answer: the loop's time spent answering, and the answers, both decayed. */
export interface CostSums {
  answeringMs: number;
  answered: number;
}

/**
 * Adds a stretch in which answering `answered` requests took the loop `answeringMs`, with older stretches weighing
 * less by e^(−answers/COST_REQUESTS). An answer's time runs from its read to the next read in the same turn
 * (or the turn's end): refusals are not in it, so shedding cannot raise the cost and with it the load (a cost
 * that counted them went up with every refusal, and the loop stayed "saturated" on its own refusals). A
 * stretch without an answer changes nothing, so an idle hour does not forget the cost.
 */
export function followCost(sums: CostSums, answeringMs: number, answered: number): CostSums {
  if (answered === 0) return sums;
  const keep = Math.exp(-answered / COST_REQUESTS);
  return { answeringMs: sums.answeringMs * keep + answeringMs, answered: sums.answered * keep + answered };
}

/** The loop's time per answered request (ms); 0 until one was answered, which counts no load at all. */
export function costPerAnswer(sums: CostSums): number {
  return sums.answered > 0 ? sums.answeringMs / sums.answered : 0;
}

/** What the monitor knows when a request arrives. */
export interface LoadSignal {
  /** Requests being served, not counting this one. */
  inFlight: number;
  /** How long the loop's current turn had already been working when this request was read (ms). */
  lagMs: number;
  /** The share of the loop that arriving requests asked for, the lower of the last two turns' (`turnLoad`). */
  load: number;
  /** Milliseconds since the server last accepted a connection (Infinity before the first). */
  acceptedMsAgo: number;
}

/** Why a request was refused; undefined when it is served. */
export type ShedReason = 'in flight' | 'lag' | 'saturated' | 'saturated, accepting' | 'accepting';

/** The shedding rule on its own, so it can be checked against any signal (see load-shedding.test.ts). */
export function shedReason(signal: LoadSignal, options: LoadSheddingOptions): ShedReason | undefined {
  if (signal.inFlight >= options.maxInFlight) return 'in flight';
  if (signal.lagMs > options.maxLagMs) return 'lag';
  const accepting = signal.acceptedMsAgo <= ACCEPTING_WINDOW_MS;
  if (signal.load < options.saturatedLoad) {
    // Arrivals waiting in the kernel's accept queue are not counted until node accepts them, one per turn: while
    // connections keep coming, a long turn is taken as overload whatever the counted load says.
    return accepting && signal.lagMs > options.saturatedLagMs ? 'accepting' : undefined;
  }
  if (signal.lagMs > options.saturatedLagMs) return 'saturated';
  if (accepting && signal.lagMs > options.acceptingLagMs) return 'saturated, accepting';
  return undefined;
}

export interface LoadMonitor {
  /** Reads the signal for a request arriving now (it opens a turn when none is open, and counts the read). */
  signal(othersInFlight: number): LoadSignal;
  /** Why a request arriving now should get 503, given how many others are being served; else undefined. */
  overloaded(othersInFlight: number): ShedReason | undefined;
  /** The server accepted a connection. */
  noteConnection(): void;
  /** How late the loop's last 10-ms timer ran (ms), for /health details. */
  readonly timerLagMs: number;
  stop(): void;
}

/** What the monitor needs from the event loop; tests pass one with a clock of their own. */
export interface LoopProbe {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  /** Runs `callback` once the loop has read every socket of this turn (an immediate: after the poll phase). */
  afterPoll(callback: () => void): void;
  /** Runs `callback` every `ms` without keeping the process alive; returns what stops it. */
  every(ms: number, callback: () => void): () => void;
}

/** The real event loop. */
export const EVENT_LOOP: LoopProbe = {
  now: () => performance.now(),
  afterPoll(callback) {
    setImmediate(callback);
  },
  every(ms, callback) {
    const timer = setInterval(callback, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

const TICK_MS = 10;

/**
 * Watches the event loop: when the current turn began (the first request read since the loop last went past
 * its poll phase), how many requests each turn read and over what span (the offered load, `turnLoad`), and how
 * long each answer kept the loop (`followCost`, folded in on a 10-ms timer).
 */
export function createLoadMonitor(options: LoadSheddingOptions, loop: LoopProbe = EVENT_LOOP): LoadMonitor {
  let turnStart = Number.NaN;
  let previousTurnStart = loop.now();
  let spanMs = 0;
  let reads = 0;
  /** The offered load after the last turn, and after the turn before it. */
  let load = 0;
  let loadBefore = 0;
  let cost: CostSums = { answeringMs: 0, answered: 0 };
  let costMs = 0;
  let answeredSinceTick = 0;
  let answeringSinceTick = 0;
  /** When the turn's last request was read, if it was answered (else NaN): its answer runs until the next read. */
  let answerStart = Number.NaN;
  let lastTick = loop.now();
  let timerLagMs = 0;
  let acceptedAt = Number.NEGATIVE_INFINITY;

  const answerEnds = (now: number) => {
    if (Number.isNaN(answerStart)) return;
    answeringSinceTick += now - answerStart;
    answeredSinceTick += 1;
    answerStart = Number.NaN;
  };
  const endTurn = () => {
    answerEnds(loop.now());
    loadBefore = load;
    load = followLoad(load, turnLoad(reads, costMs, spanMs), spanMs, options.loadWindowMs);
    turnStart = Number.NaN;
  };
  const stopTimer = loop.every(TICK_MS, () => {
    const now = loop.now();
    timerLagMs = Math.max(0, now - lastTick - TICK_MS);
    lastTick = now;
    cost = followCost(cost, answeringSinceTick, answeredSinceTick);
    costMs = costPerAnswer(cost);
    answeringSinceTick = 0;
    answeredSinceTick = 0;
  });

  /** Counts a request read now and returns how long the current turn has worked; opens a turn when none is. */
  function readNow(now: number): number {
    answerEnds(now);
    if (Number.isNaN(turnStart)) {
      spanMs = now - previousTurnStart;
      previousTurnStart = turnStart = now;
      reads = 0;
      // Immediates run once the loop has read every socket of this turn: the next request opens a new one.
      loop.afterPoll(endTurn);
    }
    reads += 1;
    return now - turnStart;
  }

  const quietLagMs = Math.min(options.maxLagMs, options.saturatedLagMs, options.acceptingLagMs);
  const read = (othersInFlight: number, now: number, lagMs: number): LoadSignal => ({
    inFlight: othersInFlight,
    lagMs,
    // Saturated only when both of the last two turns say so: one turn's burst of arrivals is not overload.
    load: Math.min(load, loadBefore),
    acceptedMsAgo: now - acceptedAt,
  });
  return {
    signal(othersInFlight) {
      const now = loop.now();
      return read(othersInFlight, now, readNow(now));
    },
    overloaded(othersInFlight) {
      const now = loop.now();
      const lagMs = readNow(now);
      // Most requests arrive early in a turn: no need to work out the load then.
      const reason =
        othersInFlight < options.maxInFlight && lagMs <= quietLagMs
          ? undefined
          : shedReason(read(othersInFlight, now, lagMs), options);
      if (reason === undefined) answerStart = now;
      return reason;
    },
    noteConnection() {
      acceptedAt = loop.now();
    },
    get timerLagMs() {
      return timerLagMs;
    },
    stop() {
      stopTimer();
    },
  };
}
