import { channel } from 'node:diagnostics_channel';

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
 * When to cut turns short. Each turn reads what arrived during the one before, so turns that keep growing
 * (with no wait for I/O between them) say that work arrives faster than the loop does it: overload, seen within
 * a few turns of its start. After a stall (a collection, a moment without the CPU) the turns shrink instead,
 * and the stall's backlog is served. The loop's queue was empty when it last waited for I/O (anything readable
 * then would have woken it), so no request read now has waited longer than the loop has worked since: a busy
 * run of `standingQueueMs` is a standing queue whatever the turns did (CoDel's idea, as "Fail at Scale"
 * applies it to a server's queue: only a queue that has not been empty for an interval is a standing one).
 * Once seen growing or standing, the overload is remembered for `overloadMemoryMs` after it was last seen so,
 * or after the last turn that refused at least half as many requests as it answered.
 *
 * Where requests wait unseen: node 20 (libuv ≥ 1.45) accepts one new connection per turn of the loop
 * (`bench/accept-per-turn.ts` shows it). When answers slow down, a proxy opens new connections for the requests
 * it cannot place on busy ones; their requests then sit in the kernel's accept queue, which drains one
 * connection per turn, and no growth of the turns shows them: turns are as long as the open connections' requests
 * make them. So new connections accepted into turns that hold their length of 2 ms or more cut those turns
 * (`connections queued`), and behind a standing queue turns are cut shorter while they keep coming.
 */
export interface LoadSheddingOptions {
  /** Refuse while this many requests are already being served (work that awaits: Redis, pictures). */
  maxInFlight: number;
  /** Refuse a request read this many ms into the loop's current turn, however the loop has been. */
  maxLagMs: number;
  /**
   * The queue is standing once the loop has worked this many ms without waiting for I/O, however its turns
   * went (a backstop: a growing queue is seen within a few turns, see `shedReason`).
   */
  standingQueueMs: number;
  /**
   * A queue seen standing or growing is remembered this many ms after it was last seen so, or after a turn that
   * refused at least half as many as it answered.
   */
  overloadMemoryMs: number;
  /**
   * Refuse a request read this many ms into a turn that grows (see `growingTurnMs`; and past `growingLagMs`) or into
   * turns holding their length while connections are accepted (`connections queued`).
   */
  saturatedLagMs: number;
  /** While the queue is standing, refuse a request read this many ms into the current turn. */
  standingLagMs: number;
  /**
   * Turns count as growing only from one of this many ms: shorter ones grow by chance below capacity (see
   * DEFAULT_GROWING_TURN_MS).
   */
  growingTurnMs: number;
  /**
   * A turn that grows is cut only past this many ms as well (see DEFAULT_GROWING_LAG_MS): what it reads sooner has
   * waited less than that, and is served.
   */
  growingLagMs: number;
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
 * A backstop: 500 ms without waiting for I/O is a standing queue whatever the turns did. A growing queue is
 * seen within a few turns (`shedReason`), so this is for what growth misses; it lets the backlog of a stall be
 * served: at 1,000 req/s (≈ 60% busy) a stall of `s` ms keeps the loop busy for ≈ 2.5 `s`, so stalls up to
 * ≈ 200 ms are ridden out, and what waited behind them is answered well inside Discord's 3 s. The 50 ms this
 * replaces refused behind any stall over ≈ 20 ms at that load (the README's "Load shedding").
 */
export const DEFAULT_STANDING_QUEUE_MS = 500;
/**
 * A queue seen growing or standing, or a turn that refused at least half as many as it answered, is remembered
 * for 50 ms: shedding itself lets the loop wait for I/O now and then (every ≈ 26 ms, the median, under twice
 * its capacity), and forgetting the overload at each wait let turns grow unchecked again. CoDel likewise keeps
 * dropping while its queue stays above target.
 */
export const DEFAULT_OVERLOAD_MEMORY_MS = 50;
/**
 * Turns that grow, or hold their length while connections are accepted, are cut at 2 ms of work (about five
 * answers): what is read later gets 503.
 */
export const DEFAULT_SATURATED_LAG_MS = 2;
/**
 * With a standing queue, turns are cut at 2 ms of work too: what is read later gets 503. A refused request waits
 * for the turn it arrived in to end, then for its own turn's cut, so a shorter cut shortens both (at twice
 * capacity 1 ms put the 503s' p99 at 5.4 ms server side against 17.0 in one quiet pair). Tried and not the
 * default: at 1 ms a turn of two or three answers at 1,000 req/s refuses its third, which is at least half as many
 * as it answered, so the overload memory, once a stall had armed it, re-armed itself turn after turn — 1,007
 * refusals in 1.7 s at 0.44 of capacity in one run — and at twice capacity fewer answers per turn answered 1,624/s
 * instead of 2,279 (the README's "Refusals within 10 ms").
 */
export const DEFAULT_STANDING_LAG_MS = 2;
/**
 * Growth is counted from a turn of 4 ms (about ten answers). At 1,000 req/s turns of 2-3 ms that grew twice
 * were chance — a scavenge or a slow search in them, or a moment without the core — and their refusals (2-5
 * in three of the lead's eight quiet runs) were the only 503s there; a growth that is overload goes on past
 * 4 ms within a turn or two. In `bench/shedding-model.ts` (five seeds, scavenges) this removed every refusal
 * at 1,000 and 1,500/s and changed nothing at twice capacity.
 */
export const DEFAULT_GROWING_TURN_MS = 4;
/**
 * A growing turn is cut only once it has worked 10 ms, whatever the turns before it: a request read `t` ms into a
 * turn has waited at least `t` ms, and one that has waited less than 10 — half the 20 ms the answers may take at
 * 1,000 req/s, as long as the 503s may take under overload — is served. At 1,000 req/s turns of 5–7 ms that grew
 * because the loop lost its core for a moment (to V8's own helper threads, on the same core) were cut 6 ms in, and
 * the overload memory carried the episode on (3 growing and 8 standing in one run, 11 in one of the lead's quiet
 * runs of the last round); the 503s had waited 5 ms (p50). At the start of a real overload the cut comes past the
 * previous turn's length anyway, 13–28 ms. In `bench/shedding-model.ts` (twenty seeds, sliced stalls) it halved the
 * refusals at 1,000 req/s and left twice capacity as it was (the bot README's "A growing turn cut from 10 ms, and
 * growth into 8 ms undone").
 */
export const DEFAULT_GROWING_LAG_MS = 10;
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
  overloadMemoryMs: DEFAULT_OVERLOAD_MEMORY_MS,
  saturatedLagMs: DEFAULT_SATURATED_LAG_MS,
  standingLagMs: DEFAULT_STANDING_LAG_MS,
  growingTurnMs: DEFAULT_GROWING_TURN_MS,
  growingLagMs: DEFAULT_GROWING_LAG_MS,
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
   * How long the loop's previous turn worked (ms), when the loop went on to this turn without waiting for I/O;
   * 0 when it waited (a new busy run starts with this turn).
   */
  previousTurnMs: number;
  /** Likewise for the turn before the previous one: 0 unless all three turns are one busy run. */
  turnBeforeMs: number;
  /**
   * Milliseconds since the queue was last seen standing or growing: the loop `standingQueueMs` or more into a
   * busy run, or a turn cut short (0 while it is; Infinity if never).
   */
  standingMsAgo: number;
  /** Milliseconds since the server last accepted a connection (Infinity before the first). */
  acceptedMsAgo: number;
}

/** Why a request may be refused, in the order `shedReason` tries them (the list the /health counts are keyed by). */
export const SHED_REASONS = [
  'in flight',
  'lag',
  'growing queue',
  'standing queue',
  'standing queue, accepting',
  'connections queued',
] as const;
/** Why a request was refused; undefined when it is served. */
export type ShedReason = (typeof SHED_REASONS)[number];

/**
 * The shedding rule on its own, so it can be checked against any signal (see load-shedding.test.ts).
 *
 * Every comparison is made for every request, before any is acted on, and the monitor asks the rule about every
 * request, not only those read late in a turn. V8 compiles a hot function for the operations it has seen run:
 * one it has never run (a comparison behind `&&` that was always cut short, a call on a path never taken)
 * becomes a deoptimisation, and the request listener, into which the monitor is inlined, is thrown back to the
 * interpreter and compiled again. A server that had answered one request per turn (all a quiet one sees, and
 * all the benchmark's one-at-a-time warm-up sent) met those operations at the first turn holding two
 * requests, i.e. at the start of a burst, and paid for the recompilation on its one core just then (V8's
 * `--log-deopt` at the start of the 1,000/s rate: "Insufficient type feedback" in `lagNow`, the call of this
 * rule, and the listener). Computing all of them costs a few comparisons per request.
 */
export function shedReason(signal: LoadSignal, options: LoadSheddingOptions): ShedReason | undefined {
  const { inFlight, lagMs, busyMs, previousTurnMs, turnBeforeMs, standingMsAgo, acceptedMsAgo } = signal;
  const full = inFlight >= options.maxInFlight;
  const late = lagMs > options.maxLagMs;
  // Arrivals outrun the loop: each turn reads what came in during the one before, so a turn that outgrows the
  // previous one, which had outgrown its own predecessor, with no wait for I/O between them, says that work
  // arrives faster than it is done. After a stall the turns shrink instead (the stall's backlog is smaller
  // than the stall), and are served. Only runs from a turn of `growingTurnMs` count: answers cost 0.3-1.5 ms
  // each, so turns of a few requests grew by chance at 1,000 req/s.
  const grewBefore = turnBeforeMs >= options.growingTurnMs;
  const grewSince = previousTurnMs > turnBeforeMs;
  const outgrowsPrevious = lagMs > previousTurnMs;
  const pastGrowing = lagMs > options.growingLagMs;
  const pastSaturated = lagMs > options.saturatedLagMs;
  const pastStanding = lagMs > options.standingLagMs;
  const standingNow = busyMs >= options.standingQueueMs;
  const standingLately = standingMsAgo < options.overloadMemoryMs;
  const pastAccepting = lagMs > options.acceptingLagMs;
  const accepting = acceptedMsAgo <= ACCEPTING_WINDOW_MS;
  // Connections accepted into turns that hold their length: the turn before the previous one worked
  // `saturatedLagMs` or more, the previous one at least as long, with no wait for I/O between, and a connection was
  // accepted during them or this one. Node accepts one connection per turn, so when a proxy opens connections for
  // requests it cannot place on its busy ones, they wait in the kernel's queue, where no turn shows them: the
  // turns stay as long as the open connections' requests make them (a plateau, not growth), and until this rule
  // nothing was refused before the busy run reached `standingQueueMs` — requests waited half a second to be
  // accepted at capacity, a second at twice capacity, with connections past `maxConnections` dropped (the bot
  // README's "A queue no turn shows"). Cutting the turn at `saturatedLagMs` shortens the turns, and so drains that
  // queue. Shrinking turns are a stall's backlog being worked off, and are served; with a warm pool (a proxy
  // below capacity) no connection is accepted, and this never fires.
  const heldBefore = turnBeforeMs >= options.saturatedLagMs;
  const heldSince = previousTurnMs >= turnBeforeMs;
  const acceptedLately = acceptedMsAgo < lagMs + previousTurnMs + turnBeforeMs;
  if (full) return 'in flight';
  if (late) return 'lag';
  if (grewBefore && grewSince && outgrowsPrevious && pastSaturated && pastGrowing) return 'growing queue';
  if (standingNow || standingLately) {
    if (pastStanding) return 'standing queue';
    if (pastAccepting && accepting) return 'standing queue, accepting';
    return undefined;
  }
  if (heldBefore && heldSince && acceptedLately && pastSaturated) return 'connections queued';
  return undefined;
}

/**
 * Every decision and every turn of the monitor, for whoever subscribes (the benchmark's `--trace`: which rule
 * refused which request, and what the loop's turns were then). Nothing is built or sent while no one listens.
 */
export const SHED_TRACE_CHANNEL = 'asylum-archive:http.shedding';
/** What SHED_TRACE_CHANNEL carries: a turn of the loop that ended, or the decision on one request. */
export type ShedTraceMessage =
  | { kind: 'turn'; startMs: number; endMs: number }
  | { kind: 'decision'; atMs: number; signal: LoadSignal; reason: ShedReason | undefined };
const trace = channel(SHED_TRACE_CHANNEL);

/**
 * The reasons that cut a turn short; a turn cut so that it refused at least half as many as it answered keeps the
 * queue counted as standing (see `overloadMemoryMs`).
 */
const CUTS_TURN: ReadonlySet<ShedReason | undefined> = new Set<ShedReason>([
  'growing queue',
  'standing queue',
  'standing queue, accepting',
  'connections queued',
]);

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
  // The last two turns' lengths, while the loop goes from turn to turn without waiting for I/O.
  let previousTurnMs = 0;
  let turnBeforeMs = 0;
  let idleAtTurnEnd = Number.NaN;
  // What the open turn has answered and refused with a reason that cuts turns (see `endTurn`).
  let servedInTurn = 0;
  let cutInTurn = 0;
  const endTurn = () => {
    const now = clock.now();
    if (trace.hasSubscribers) trace.publish({ kind: 'turn', startMs: turnStart, endMs: now });
    turnBeforeMs = previousTurnMs;
    previousTurnMs = now - turnStart;
    idleAtTurnEnd = clock.idleMs();
    turnStart = Number.NaN;
    // A cut turn keeps the overload remembered only if it refused at least half as many requests as it
    // answered: under overload it refuses more than it answers (at twice capacity ≈ 4 answered, ≈ 7 refused),
    // while a turn that refused only the tail of a stall's backlog below capacity lets the memory lapse within
    // `overloadMemoryMs`. Re-armed by every cut, the memory carried an episode on for as long as turns of more
    // than `saturatedLagMs` kept coming (130 ms in one benchmark run at half capacity). Half, not all: in
    // `bench/shedding-model.ts` refusing at least as many as it answered let the memory lapse at twice capacity
    // too, and the answers' and 503s' p99 there rose from 17–38 to 39–55 ms in two of five runs.
    if (cutInTurn > 0 && 2 * cutInTurn >= servedInTurn) standingAt = now;
    servedInTurn = 0;
    cutInTurn = 0;
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
    // Both measured whichever is acted on (see `shedReason` on why).
    const waited = idle !== idleSeen;
    const standing = now - busySince >= options.standingQueueMs;
    if (waited) {
      idleSeen = idle;
      busySince = now;
    } else if (standing) standingAt = now;
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
    // Subtracted for every request, the first of a turn too (NaN then): see `shedReason` on why.
    const lagMs = now - turnStart;
    if (Number.isNaN(lagMs)) {
      turnStart = now;
      if (clock.idleMs() !== idleAtTurnEnd) {
        // The loop waited for I/O since the last turn: its queue was empty, this turn starts a busy run.
        previousTurnMs = 0;
        turnBeforeMs = 0;
      }
      lookAtIdle(now);
      // Immediates run once the loop has read every socket of this turn: the next request opens a new one.
      setImmediate(endTurn);
      return 0;
    }
    return lagMs;
  }

  const read = (othersInFlight: number, now: number, lagMs: number): LoadSignal => {
    const busyMs = now - busySince;
    if (busyMs >= options.standingQueueMs) standingAt = now;
    return {
      inFlight: othersInFlight,
      lagMs,
      busyMs,
      previousTurnMs,
      turnBeforeMs,
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
      // The whole rule for every request, even one read at the start of a quiet turn: see `shedReason`.
      const signal = read(othersInFlight, now, lagNow(now));
      const reason = shedReason(signal, options);
      // Counted for every request, whichever way it went (see `shedReason` on why), for `endTurn`.
      cutInTurn += CUTS_TURN.has(reason) ? 1 : 0;
      servedInTurn += reason === undefined ? 1 : 0;
      if (trace.hasSubscribers) trace.publish({ kind: 'decision', atMs: now, signal, reason });
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
