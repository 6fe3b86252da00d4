/**
 * When to refuse new work: whether a request admitted now would still be answered well within its deadline.
 * Discord drops an interaction not answered within 3 s; the goals (bot README, "Load shedding") are that nothing
 * waits more than 1 s and that under twice the capacity the excess gets its 503 within 10 ms. Discord does not
 * retry a 503: the user sees Discord's own failure notice and can run the command again a moment later, so a
 * refusal is only worth it when the request, or those behind it, would otherwise be answered late.
 *
 * Where requests wait: node reads every socket that became readable while the loop was busy in one turn of
 * the loop, and answers each request before reading the next (the handlers compute synchronously). So a
 * request read `t` ms into such a turn has waited at least `t` ms, each turn reads what arrived during the one
 * before, and with no wait for I/O between two turns the requests of the second waited, at the least, about as
 * long as the shorter of the two lasted (the first arrived early in the previous turn and is read at once, the
 * last arrived late in it and is read late in this one).
 *
 * The rule is CoDel's ("Controlling Queue Delay"; "Fail at Scale" applies it to a server's queue): a queue
 * whose delay rises above a small target for a moment is a burst, or the backlog of a pause (a collection, a
 * compile, a moment without the CPU), and is served; only a queue that has stayed above the target for a whole
 * interval is standing, and only then are turns cut short, at a delay short enough that the refusals are
 * prompt. Both figures are times taken from the deadline and the goals, not from how fast this machine answers:
 * the rule judged turns by absolute lengths tuned on a faster machine (a turn of 2 ms "about five answers",
 * a 100-ms turn a sign of overload), and on a machine half as fast it refused at a quarter of its capacity. A
 * queue that is plainly growing (three turns each longer than the one before, the middle one with more
 * requests too, from above the target) is overload too, seen within a few turns; after a pause the turns
 * shrink instead.
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
  /** CoDel's target: a queue whose requests have waited less than this (ms) is a good queue. */
  targetMs: number;
  /**
   * CoDel's interval: the queue is standing once its turns have lasted more than `targetMs` each, with no
   * wait for I/O between them, for this many ms.
   */
  standingQueueMs: number;
  /**
   * A queue seen standing or growing is remembered this many ms after it was last seen so, or a turn cut, and
   * for OVERLOAD_MEMORY_TURNS turns after the last cut turn however long they took.
   */
  overloadMemoryMs: number;
  /** While the queue is standing or growing, refuse a request read this many ms into the current turn. */
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
 * A request read 250 ms into a turn has waited at least that, and part of the turn before: a quarter of the
 * 1-s goal. A pause that long is no longer a collection or a compile (tens of ms; the longest seen at the
 * start of a rate, ≈ 200 ms) but a loop that does not get its core, which is overload however the turns
 * went, and which the queue rules would see only after their interval while the turns, and the proxy's
 * new connections, pile up. Below it one long turn decides nothing: a 150-ms pause is ridden out, and what
 * waited behind it is answered within a few hundred ms, far inside Discord's 3 s. (The 100 ms this replaces
 * refused behind every such pause.)
 */
export const DEFAULT_MAX_LAG_MS = 250;
/**
 * 5 ms, CoDel's own target: a request that waits less than this is served on time by any measure, and a
 * turn of more than 5 ms holds several answers on any machine this bot runs on, so chance (one, two, three
 * requests arriving together) does not make turns grow past it.
 */
export const DEFAULT_TARGET_MS = 5;
/**
 * The queue stands once its delay has stayed above the target for 500 ms. The backlog of a pause of `p` ms at
 * load `ρ` (the share of the loop's time answers take) keeps the delay above the target for ≈ `p / (1 - ρ)`
 * ms, so pauses up to ≈ 215 ms are ridden out at 1,000 req/s on a core that can answer ≈ 1,760/s (ρ ≈ 0.57),
 * ≈ 100 ms at 80% load. A slow overload, which the growth rule may miss, queues at most `(ρ - 1) × 500` ms
 * before turns are cut: under 500 ms up to twice the capacity, inside the 1-s goal.
 */
export const DEFAULT_STANDING_QUEUE_MS = 500;
/**
 * A queue seen growing or standing, or a turn cut, is remembered for 50 ms: shedding itself lets the loop wait
 * for I/O now and then (every ≈ 26 ms, the median, under twice its capacity), and forgetting the overload at
 * each wait let turns grow unchecked again. CoDel likewise keeps dropping while its queue stays above target.
 */
export const DEFAULT_OVERLOAD_MEMORY_MS = 50;
/**
 * With a standing queue, turns are cut at 2 ms of work: what is read later gets 503. A refused request waited
 * at most about two such turns (the one it arrived in, the one that read it), with the refusals: a few ms,
 * inside the 10-ms goal for 503s, on any machine, since it is a time and not a count of answers.
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
/**
 * A cut turn is also remembered for the next turn, however long it takes: a pause in the middle of an overload
 * (a collection, a compile) outlasts the 50 ms, and the turn after it, which reads everything that arrived
 * during the pause, was then served in full — hundreds of requests, each waiting for the ones before it, until
 * the queue grew back into a standing one (in a model of the loop at three times its capacity, a 180-ms pause
 * made the answered requests' p99 ≈ 395 ms instead of ≈ 180).
 */
export const OVERLOAD_MEMORY_TURNS = 2;
/** New connections "keep arriving" while one was accepted this recently (a few turns under overload). */
export const ACCEPTING_WINDOW_MS = 10;

export const DEFAULT_LOAD_SHEDDING: Readonly<LoadSheddingOptions> = {
  maxInFlight: DEFAULT_MAX_IN_FLIGHT,
  maxLagMs: DEFAULT_MAX_LAG_MS,
  targetMs: DEFAULT_TARGET_MS,
  standingQueueMs: DEFAULT_STANDING_QUEUE_MS,
  overloadMemoryMs: DEFAULT_OVERLOAD_MEMORY_MS,
  saturatedLagMs: DEFAULT_SATURATED_LAG_MS,
  acceptingLagMs: DEFAULT_ACCEPTING_LAG_MS,
};

/** What the monitor knows when a request arrives. */
export interface LoadSignal {
  /** Requests being served, not counting this one. */
  inFlight: number;
  /** How long the loop's current turn had already been working when this request was read (ms). */
  lagMs: number;
  /** Requests read in the current turn, this one included. */
  readsInTurn: number;
  /** How long the loop has worked without waiting for I/O (ms): no request read now waited longer. */
  busyMs: number;
  /**
   * How long the loop's previous turn worked (ms), when the loop went on to this turn without waiting for I/O;
   * 0 when it waited (a new busy run starts with this turn).
   */
  previousTurnMs: number;
  /** Requests the previous turn read (0 when the loop waited for I/O since). */
  previousTurnReads: number;
  /** Likewise for the turn before the previous one: 0 unless all three turns are one busy run. */
  turnBeforeMs: number;
  turnBeforeReads: number;
  /**
   * How long the queue's delay has stayed above the target (ms): since the start of the first of the turns,
   * with no wait for I/O between them, that each lasted more than `targetMs`, when this turn has too; else 0.
   */
  aboveTargetMs: number;
  /**
   * Milliseconds since the queue was last seen standing or growing, or a turn was cut (0 while it is;
   * Infinity if never).
   */
  standingMsAgo: number;
  /** Turns ended since the last one that was cut (0 while this one has been; Infinity if none was). */
  turnsSinceCut: number;
  /** Milliseconds since the server last accepted a connection (Infinity before the first). */
  acceptedMsAgo: number;
}

/** Why a request was refused; undefined when it is served. */
export type ShedReason =
  | 'in flight'
  | 'lag'
  | 'growing queue'
  | 'standing queue'
  | 'standing queue, accepting';

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
  const { inFlight, lagMs, previousTurnMs, previousTurnReads, turnBeforeMs, turnBeforeReads } = signal;
  const { aboveTargetMs, standingMsAgo, acceptedMsAgo } = signal;
  const full = inFlight >= options.maxInFlight;
  const late = lagMs > options.maxLagMs;
  // Arrivals outrun the loop: each turn reads what came in during the one before, so a turn that outgrows the
  // previous one, which had outgrown its own predecessor, with no wait for I/O between them, says that work
  // arrives faster than it is done. The previous turn must have been longer and had more requests: a pause
  // lengthens its turn but adds no request to it, and the turn after a pause (its backlog) is shorter than the
  // pause. This turn is not asked for more requests: a proxy's pool of connections caps what one turn can read
  // (one request per connection), and under a fast overload the pool is full within a few turns (at 5,600/s
  // with that condition the rule cut 17-42 requests for growth against the old rule's 866-1,231, and the first
  // 150 ms of the rate queued). From a turn above the target: below it, growth from one request to two and three
  // is chance.
  const grewBefore = turnBeforeMs > options.targetMs;
  const grewSince = previousTurnMs > turnBeforeMs;
  const filledSince = previousTurnReads > turnBeforeReads;
  const outgrowsPrevious = lagMs > previousTurnMs;
  const pastSaturated = lagMs > options.saturatedLagMs;
  const standingNow = aboveTargetMs >= options.standingQueueMs;
  const standingLately = standingMsAgo < options.overloadMemoryMs;
  const cutLately = signal.turnsSinceCut < OVERLOAD_MEMORY_TURNS;
  const pastAccepting = lagMs > options.acceptingLagMs;
  const accepting = acceptedMsAgo <= ACCEPTING_WINDOW_MS;
  if (full) return 'in flight';
  if (late) return 'lag';
  if (grewBefore && grewSince && filledSince && outgrowsPrevious && pastSaturated) return 'growing queue';
  if (!standingNow && !standingLately && !cutLately) return undefined;
  if (pastSaturated) return 'standing queue';
  if (pastAccepting && accepting) return 'standing queue, accepting';
  return undefined;
}

/** The reasons that cut a turn short, which keeps the queue counted as standing (see `overloadMemoryMs`). */
const CUTS_TURN: ReadonlySet<ShedReason | undefined> = new Set<ShedReason>([
  'growing queue',
  'standing queue',
  'standing queue, accepting',
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
 * its check phase), how long the last turns lasted and how many requests each read, since when they have all
 * lasted more than the target, and when the loop last waited for I/O (its idle time grew since the last look;
 * looked at as each turn opens and on a 10-ms timer).
 */
export function createLoadMonitor(
  options: LoadSheddingOptions,
  clock: LoopClock = EVENT_LOOP_CLOCK,
): LoadMonitor {
  let turnStart = Number.NaN;
  let turnReads = 0;
  // The last two turns, while the loop goes from turn to turn without waiting for I/O.
  let previousTurnMs = 0;
  let previousTurnReads = 0;
  let turnBeforeMs = 0;
  let turnBeforeReads = 0;
  // When the first of the consecutive turns longer than the target began (NaN: the last turn was not one).
  let aboveSince = Number.NaN;
  let idleAtTurnEnd = Number.NaN;
  let cutThisTurn = false;
  let turnsSinceCut = Number.POSITIVE_INFINITY;
  const endTurn = () => {
    turnsSinceCut = cutThisTurn ? 0 : turnsSinceCut + 1;
    cutThisTurn = false;
    const now = clock.now();
    const length = now - turnStart;
    turnBeforeMs = previousTurnMs;
    turnBeforeReads = previousTurnReads;
    previousTurnMs = length;
    previousTurnReads = turnReads;
    const above = length > options.targetMs;
    const first = Number.isNaN(aboveSince);
    if (!above) aboveSince = Number.NaN;
    else if (first) aboveSince = turnStart;
    idleAtTurnEnd = clock.idleMs();
    turnStart = Number.NaN;
    turnReads = 0;
  };
  let idleSeen = clock.idleMs();
  let busySince = clock.now();
  let standingAt = Number.NEGATIVE_INFINITY;
  /** If the loop has waited for I/O since the last look, its busy run starts now (at the latest). */
  function lookAtIdle(now: number) {
    const idle = clock.idleMs();
    if (idle !== idleSeen) {
      idleSeen = idle;
      busySince = now;
    }
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
    turnReads += 1;
    // Subtracted for every request, the first of a turn too (NaN then): see `shedReason` on why.
    const lagMs = now - turnStart;
    if (Number.isNaN(lagMs)) {
      turnStart = now;
      if (clock.idleMs() !== idleAtTurnEnd) {
        // The loop waited for I/O since the last turn: its queue was empty, this turn starts a busy run.
        previousTurnMs = 0;
        previousTurnReads = 0;
        turnBeforeMs = 0;
        turnBeforeReads = 0;
        aboveSince = Number.NaN;
      }
      lookAtIdle(now);
      // Immediates run once the loop has read every socket of this turn: the next request opens a new one.
      setImmediate(endTurn);
      return 0;
    }
    return lagMs;
  }

  const read = (othersInFlight: number, now: number, lagMs: number): LoadSignal => {
    // The delay stays above the target through this turn once the turn itself has lasted longer than it.
    // Both compared for every request (see `shedReason` on why): NaN, no such turns before, compares false.
    const aboveFor = now - aboveSince;
    const pastTarget = lagMs > options.targetMs;
    const turnsAbove = aboveFor >= 0;
    const aboveTargetMs = pastTarget && turnsAbove ? aboveFor : 0;
    if (aboveTargetMs >= options.standingQueueMs) standingAt = now;
    return {
      inFlight: othersInFlight,
      lagMs,
      readsInTurn: turnReads,
      busyMs: now - busySince,
      previousTurnMs,
      previousTurnReads,
      turnBeforeMs,
      turnBeforeReads,
      aboveTargetMs,
      standingMsAgo: now - standingAt,
      acceptedMsAgo: now - acceptedAt,
      turnsSinceCut: cutThisTurn ? 0 : turnsSinceCut,
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
      const reason = shedReason(read(othersInFlight, now, lagNow(now)), options);
      // A turn cut short still found more than it could serve in time: the queue is still standing.
      const cut = CUTS_TURN.has(reason);
      if (cut) standingAt = now;
      cutThisTurn ||= cut;
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
