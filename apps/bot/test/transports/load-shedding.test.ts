import { execFile } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { connect, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACCEPTING_WINDOW_MS,
  createLoadMonitor,
  DEFAULT_LOAD_SHEDDING,
  DEFAULT_STANDING_QUEUE_MS,
  type LoadMonitor,
  type LoadSheddingOptions,
  type LoadSignal,
  type LoopClock,
  SHED_TRACE_CHANNEL,
  type ShedReason,
  type ShedTraceMessage,
  shedReason,
} from '../../src/transports/http/load-shedding';
import type { InteractionHandler } from '../../src/transports/shared/interaction-handler';
import { generateTestKeys, signBody } from './support/ed25519';
import { type EdgeServerExtra, startEdgeServer } from './support/edge-server';
import { send } from './support/http-client';
import { commandInteraction, echoHandler, messageResponse } from './support/interactions';

/**
 * Load shedding: the rule on its own (any signal can be fed to it), the monitor on a scripted loop clock and
 * on the real event loop, and the server's 503 when the monitor says so — injected, then for real on
 * loopback, with a scripted clock or thresholds small enough to reach. No assertion depends on how fast
 * this machine is.
 */
const keys = generateTestKeys();
const execFileAsync = promisify(execFile);
const closers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const rule: LoadSheddingOptions = {
  maxInFlight: 8,
  maxLagMs: 100,
  standingQueueMs: 50,
  overloadMemoryMs: 50,
  saturatedLagMs: 2,
  standingLagMs: 2,
  growingTurnMs: 2,
  growingLagMs: 2,
  acceptingLagMs: 0.5,
};
/** No connection accepted yet. */
const NEVER = Number.POSITIVE_INFINITY;

/** What an idle loop signals: nothing in flight, no turn, no busy run, no overload or connection seen. */
const IDLE: LoadSignal = {
  inFlight: 0,
  lagMs: 0,
  busyMs: 0,
  previousTurnMs: 0,
  turnBeforeMs: 0,
  standingMsAgo: NEVER,
  acceptedMsAgo: NEVER,
};

/** The rule's answer for a request read with these signals; the rest are those of an idle loop. */
const reasonFor = (signal: Partial<LoadSignal>, options: LoadSheddingOptions = rule) =>
  shedReason({ ...IDLE, ...signal }, options);

describe('the shedding rule', () => {
  it('refuses once the requests in flight reach the watermark, not before', () => {
    expect(reasonFor({ inFlight: 7 })).toBeUndefined();
    expect(reasonFor({ inFlight: 8 })).toBe('in flight');
  });

  it('refuses a request read past the lag limit, however briefly the loop has been busy', () => {
    expect(reasonFor({ lagMs: 100 })).toBeUndefined();
    expect(reasonFor({ lagMs: 100.5 })).toBe('lag');
  });

  it('cuts a turn short only behind a standing queue: the backlog of a shorter busy run is served', () => {
    // 30 ms into a turn, on a loop that last waited for I/O 49 ms ago: a burst being worked off.
    expect(reasonFor({ lagMs: 30, busyMs: 49 })).toBeUndefined();
    // The same request once the loop has not waited for 50 ms: the queue stands.
    expect(reasonFor({ lagMs: 30, busyMs: 50 })).toBe('standing queue');
    expect(reasonFor({ lagMs: 2.5, busyMs: 1000 })).toBe('standing queue');
    expect(reasonFor({ lagMs: 2, busyMs: 1000 })).toBeUndefined();
  });

  it('keeps the queue standing through a brief wait: for as long again after it was last seen standing', () => {
    // The loop waited for I/O 5 ms ago (a pause of the senders), and had a standing queue 10 ms ago.
    expect(reasonFor({ lagMs: 3, busyMs: 5, standingMsAgo: 10 })).toBe('standing queue');
    expect(reasonFor({ lagMs: 3, busyMs: 5, standingMsAgo: 50 })).toBeUndefined();
  });

  it('refuses what a turn reads once it has outgrown the previous turn, which had outgrown the one before', () => {
    // Turns of 2 ms, then 4, then this one past 4 ms (and past 2), with no wait for I/O between them.
    expect(reasonFor({ lagMs: 4.5, previousTurnMs: 4, turnBeforeMs: 2 })).toBe('growing queue');
    expect(reasonFor({ lagMs: 3.5, previousTurnMs: 4, turnBeforeMs: 2 })).toBeUndefined();
    // Shrinking turns are a stall's backlog being worked off, however long this one runs (up to the lag limit).
    expect(reasonFor({ lagMs: 30, previousTurnMs: 4, turnBeforeMs: 5 })).toBeUndefined();
    // A turn after a wait for I/O starts a busy run: nothing to compare with.
    expect(reasonFor({ lagMs: 30, previousTurnMs: 4, turnBeforeMs: 0 })).toBeUndefined();
    // Growth within a 2-ms turn is served: a turn that short is not worth cutting.
    expect(reasonFor({ lagMs: 1.5, previousTurnMs: 1, turnBeforeMs: 0.5 })).toBeUndefined();
    // Growth from a turn of less than 2 ms is chance (answers cost 0.3-1.5 ms each): one, two, three answers.
    expect(reasonFor({ lagMs: 4.5, previousTurnMs: 4, turnBeforeMs: 1.5 })).toBeUndefined();
  });

  it('by default cuts a turn at 2 ms behind a standing queue, as turns that grow or accept connections', () => {
    const standing = { busyMs: 1000 };
    expect(reasonFor({ ...standing, lagMs: 2 }, DEFAULT_LOAD_SHEDDING)).toBeUndefined();
    expect(reasonFor({ ...standing, lagMs: 2.5 }, DEFAULT_LOAD_SHEDDING)).toBe('standing queue');
    // A shorter cut behind a standing queue is an option (`standingLagMs`), apart from the others.
    expect(reasonFor({ ...standing, lagMs: 1.5 }, { ...DEFAULT_LOAD_SHEDDING, standingLagMs: 1 })).toBe(
      'standing queue',
    );
    const plateau = { previousTurnMs: 30, turnBeforeMs: 30, acceptedMsAgo: 1 };
    expect(reasonFor({ ...plateau, lagMs: 1.5 }, DEFAULT_LOAD_SHEDDING)).toBeUndefined();
    expect(reasonFor({ ...plateau, lagMs: 2.5 }, DEFAULT_LOAD_SHEDDING)).toBe('connections queued');
    // A growing turn is cut past the previous turn's length and past 10 ms.
    const growing = { previousTurnMs: 6, turnBeforeMs: 4 };
    expect(reasonFor({ ...growing, lagMs: 1.5 }, DEFAULT_LOAD_SHEDDING)).toBeUndefined();
    expect(reasonFor({ ...growing, lagMs: 10 }, DEFAULT_LOAD_SHEDDING)).toBeUndefined();
    expect(reasonFor({ ...growing, lagMs: 10.5 }, DEFAULT_LOAD_SHEDDING)).toBe('growing queue');
  });

  it('by default counts turns as growing only from one of 4 ms: shorter ones grow by chance below capacity', () => {
    // Turns of 2.5 ms, then 3.5, then this one past both: a scavenge or a slow search at 1,000 req/s, served.
    expect(
      reasonFor({ lagMs: 10.5, previousTurnMs: 3.5, turnBeforeMs: 2.5 }, DEFAULT_LOAD_SHEDDING),
    ).toBeUndefined();
    // A turn of 12 ms that read 4 requests (the loop lost its core in it) after one of 3, then this one past 12 ms:
    // no growth from a turn of 4 ms, served (a rule that counted growth into any turn of 8 ms refused 11 such
    // requests at 1,000 req/s in one run, after 15 ms of waiting).
    expect(
      reasonFor({ lagMs: 14, previousTurnMs: 12.1, turnBeforeMs: 3 }, DEFAULT_LOAD_SHEDDING),
    ).toBeUndefined();
    // Growth that goes on is refused a turn later: 4 ms, then 6, then this one past 6 (and past 10 ms).
    expect(reasonFor({ lagMs: 10.5, previousTurnMs: 6, turnBeforeMs: 4 }, DEFAULT_LOAD_SHEDDING)).toBe(
      'growing queue',
    );
  });

  it('by default serves what a growing turn reads in its first 10 ms: it has waited less than that', () => {
    // Turns of 5.3, 5.9 and 6.5 ms at 1,000 req/s that read 2, 6 and 6 requests: the loop had lost its core to
    // V8's own threads for 30 of 40 ms, and the requests read 6.6 ms into this one had waited 5 ms (p50).
    const lost = { previousTurnMs: 5.9, turnBeforeMs: 5.3 };
    expect(reasonFor({ ...lost, lagMs: 6.6 }, DEFAULT_LOAD_SHEDDING)).toBeUndefined();
    expect(reasonFor({ ...lost, lagMs: 10 }, DEFAULT_LOAD_SHEDDING)).toBeUndefined();
    expect(reasonFor({ ...lost, lagMs: 10.5 }, DEFAULT_LOAD_SHEDDING)).toBe('growing queue');
    // The cut is an option (`growingLagMs`): at 2 ms, the turn is cut once it outgrows the previous one.
    expect(reasonFor({ ...lost, lagMs: 6.6 }, { ...DEFAULT_LOAD_SHEDDING, growingLagMs: 2 })).toBe(
      'growing queue',
    );
  });

  it('always serves the first request of a turn, even behind a standing queue still accepting (the defaults too)', () => {
    for (const options of [rule, DEFAULT_LOAD_SHEDDING]) {
      expect(reasonFor({ busyMs: 1000, acceptedMsAgo: 0 }, options)).toBeUndefined();
    }
  });

  it('cuts turns that hold their length at 2 ms once they accept a connection: the kernel holds more, one accepted per turn', () => {
    // Turns of 30 ms back to back (not growing, no standing interval yet), and a connection accepted 20 ms ago.
    const plateau = { previousTurnMs: 30, turnBeforeMs: 30 };
    expect(reasonFor({ ...plateau, lagMs: 3, acceptedMsAgo: 20 })).toBe('connections queued');
    // The turn's first 2 ms are served.
    expect(reasonFor({ ...plateau, lagMs: 2, acceptedMsAgo: 1 })).toBeUndefined();
    // The same turns with no connection accepted during them (a warm pool): served.
    expect(reasonFor({ ...plateau, lagMs: 3, acceptedMsAgo: 64 })).toBeUndefined();
    expect(reasonFor({ ...plateau, lagMs: 3 })).toBeUndefined();
    // A connection accepted on a loop that waited for I/O just before this turn, or after turns of under 2 ms:
    // nothing waits behind it.
    expect(reasonFor({ lagMs: 3, acceptedMsAgo: 1 })).toBeUndefined();
    expect(reasonFor({ lagMs: 3, previousTurnMs: 1.5, turnBeforeMs: 1.5, acceptedMsAgo: 1 })).toBeUndefined();
    // Shrinking turns are a stall's backlog being worked off (40 ms, then 20), whatever was accepted meanwhile;
    // so is the first turn after a stalled one (the turn before it was short).
    expect(reasonFor({ lagMs: 3, previousTurnMs: 20, turnBeforeMs: 40, acceptedMsAgo: 1 })).toBeUndefined();
    expect(reasonFor({ lagMs: 3, previousTurnMs: 180, turnBeforeMs: 1, acceptedMsAgo: 1 })).toBeUndefined();
  });

  it('cuts turns shorter while new connections keep arriving behind a standing queue, and only then', () => {
    // Node accepts one connection per turn: short turns drain the kernel's queue of them faster.
    const read = (busyMs: number, acceptedMsAgo: number) => reasonFor({ lagMs: 1, busyMs, acceptedMsAgo });
    expect(read(50, ACCEPTING_WINDOW_MS)).toBe('standing queue, accepting');
    expect(read(50, ACCEPTING_WINDOW_MS + 1)).toBeUndefined();
    expect(read(49, 0)).toBeUndefined();
    expect(reasonFor({ lagMs: 0.5, busyMs: 1000, acceptedMsAgo: 0 })).toBeUndefined();
  });
});

/** A loop clock the test moves: `ms` of work, or a wait for I/O (the idle time grows). */
function scriptedClock() {
  let now = 1_000;
  let idle = 0;
  const clock: LoopClock = { now: () => now, idleMs: () => idle };
  return {
    clock,
    work(ms: number) {
      now += ms;
    },
    waitForIo(ms: number) {
      now += ms;
      idle += ms;
    },
  };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Returns once the loop has waited for I/O (its idle time grew): a 1-ms timer, again if it was already due. */
async function waitForIo(): Promise<void> {
  const before = performance.nodeTiming.idleTime;
  while (performance.nodeTiming.idleTime === before) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('the standing queue, on a scripted loop clock', () => {
  const monitor = (clock: LoopClock, options: Partial<LoadSheddingOptions> = {}) => {
    const created = createLoadMonitor({ ...DEFAULT_LOAD_SHEDDING, ...options }, clock);
    closers.push(async () => created.stop());
    return created;
  };

  it('refuses a request read 3 ms into a turn when the loop has not waited for I/O for the standing interval', async () => {
    const loop = scriptedClock();
    const load = monitor(loop.clock);
    loop.work(DEFAULT_STANDING_QUEUE_MS - 3);
    await nextTurn();
    expect(load.overloaded(0)).toBeUndefined();
    loop.work(3);
    expect(load.signal(0).busyMs).toBe(DEFAULT_STANDING_QUEUE_MS);
    expect(load.overloaded(0)).toBe('standing queue');
  });

  it('tells a trace subscriber every decision with its signal and every turn, and nothing while none listens', async () => {
    const loop = scriptedClock();
    const load = monitor(loop.clock, { maxInFlight: 8 });
    const seen: ShedTraceMessage[] = [];
    const listener = (message: unknown) => seen.push(message as ShedTraceMessage);
    load.overloaded(0);
    loop.work(1);
    await nextTurn();
    expect(seen).toEqual([]);
    subscribe(SHED_TRACE_CHANNEL, listener);
    closers.push(async () => unsubscribe(SHED_TRACE_CHANNEL, listener));
    const turnStart = loop.clock.now();
    expect(load.overloaded(0)).toBeUndefined();
    loop.work(3);
    expect(load.overloaded(8)).toBe('in flight');
    loop.work(0.1);
    const turnEnd = loop.clock.now();
    await nextTurn();
    expect(seen).toEqual([
      { kind: 'decision', atMs: turnStart, signal: expect.objectContaining({ lagMs: 0 }), reason: undefined },
      {
        kind: 'decision',
        atMs: turnStart + 3,
        signal: expect.objectContaining({ lagMs: 3, inFlight: 8 }),
        reason: 'in flight',
      },
      { kind: 'turn', startMs: turnStart, endMs: turnEnd },
    ]);
  });

  it('serves the same request when the loop waited for I/O just before the turn', async () => {
    const loop = scriptedClock();
    const load = monitor(loop.clock);
    loop.work(57);
    loop.waitForIo(0.1);
    await nextTurn();
    expect(load.overloaded(0)).toBeUndefined();
    loop.work(3);
    expect(load.signal(0).busyMs).toBe(3);
    expect(load.overloaded(0)).toBeUndefined();
  });

  it('serves the backlog of a 20-ms stall on a loop that waits between answers, however busy it was before', async () => {
    // 1,000 req/s at ≈ 0.6 ms each for a second: busy 60% of the time, waiting for I/O in between.
    const loop = scriptedClock();
    const load = monitor(loop.clock);
    for (let request = 0; request < 1000; request++) {
      await nextTurn();
      expect(load.overloaded(0)).toBeUndefined();
      loop.work(0.6);
      loop.waitForIo(0.4);
    }
    // A 20-ms stall, then the 20 requests that came in during it, read in one turn (12 ms of work).
    loop.work(20);
    await nextTurn();
    const answers: Array<string | undefined> = [];
    for (let request = 0; request < 20; request++) {
      answers.push(load.overloaded(0));
      loop.work(0.6);
    }
    expect(answers.filter((answer) => answer !== undefined)).toEqual([]);
  });

  /**
   * A loop at 1,000 req/s (0.6 ms per answer, so busy 60% of the time) that stalls for `stallMs`, and then reads
   * in each turn what came in during the one before. Returns how many requests were refused.
   */
  async function stallAtSixtyPercent(
    load: LoadMonitor,
    loop: ReturnType<typeof scriptedClock>,
    stall: 'working' | 'waiting' | 'second turn',
    stallMs: number,
  ) {
    let refused = 0;
    const turn = async (requests: number) => {
      await nextTurn();
      for (let request = 0; request < requests; request++) {
        if (load.overloaded(0) !== undefined) refused += 1;
        else loop.work(0.6);
      }
    };
    for (let request = 0; request < 200; request++) {
      await turn(1);
      loop.waitForIo(0.4);
    }
    // The stall: the loop is not scheduled, either in the middle of a turn (the first of a busy run, or the second,
    // after a turn of two requests with no wait for I/O between) or while it waits for I/O.
    if (stall === 'second turn') await turn(2);
    if (stall !== 'waiting') {
      await nextTurn();
      load.overloaded(0);
      loop.work(0.6 + stallMs);
    } else loop.waitForIo(stallMs);
    // Each turn then reads what arrived during the one before (one request a millisecond), until one is empty.
    let backlog = stallMs;
    while (backlog >= 1) {
      const before = loop.clock.now();
      await turn(Math.floor(backlog));
      backlog = loop.clock.now() - before;
    }
    return refused;
  }

  it('serves the backlog of a 40-ms stall at 60% load: the turns after a stall shrink', async () => {
    // The stall's backlog takes ≈ 40 × 0.6 / (1 - 0.6) = 60 ms to work off: the loop is busy for ≈ 100 ms.
    for (const stall of ['working', 'waiting'] as const) {
      const loop = scriptedClock();
      expect(await stallAtSixtyPercent(monitor(loop.clock), loop, stall, 40)).toBe(0);
    }
  });

  it('serves the backlog of a 150-ms stall too, which keeps the loop busy for ≈ 375 ms', async () => {
    const loop = scriptedClock();
    expect(await stallAtSixtyPercent(monitor(loop.clock), loop, 'working', 150)).toBe(0);
  });

  /**
   * Forty turns of an overload starting on an idle loop: requests arrive at 4 per ms and each takes 0.5 ms, twice
   * what the loop can answer; a refusal costs 0.05 ms. Returns each turn's start (ms in), answers and refusals.
   */
  async function overloadFromIdle(options: Partial<LoadSheddingOptions>) {
    const loop = scriptedClock();
    const load = monitor(loop.clock, options);
    const turns: Array<{ at: number; served: number; refused: number }> = [];
    const start = loop.clock.now();
    let arriving = 1;
    for (let index = 0; index < 40; index++) {
      await nextTurn();
      const before = loop.clock.now();
      let served = 0;
      let refused = 0;
      for (let request = 0; request < arriving; request++) {
        if (load.overloaded(0) === undefined) {
          served += 1;
          loop.work(0.5);
        } else {
          refused += 1;
          loop.work(0.05);
        }
      }
      turns.push({ at: before - start, served, refused });
      arriving = Math.round(4 * (loop.clock.now() - before));
    }
    return turns;
  }

  it('cuts turns within a few turns of an overload starting on an idle loop, and keeps them short', async () => {
    // Growth counted from turns of 2 ms and cut from 2 ms, turns behind the standing queue cut at 2 ms.
    const turns = await overloadFromIdle({ growingTurnMs: 2, growingLagMs: 2, standingLagMs: 2 });
    const firstCut = turns.findIndex((turn) => turn.refused > 0);
    // Turns of 1, 2, 4, 8 and then 16 requests (0.5 to 8 ms): the fifth outgrows the fourth, which had
    // outgrown a turn of 2 ms, 7.5 ms into the overload.
    expect(firstCut).toBe(4);
    expect(turns[firstCut]?.at).toBeLessThan(10);
    // From then on every turn serves at most 2 ms of answers and one more: the rest is refused.
    for (const turn of turns.slice(firstCut + 1)) expect(turn.served).toBeLessThanOrEqual(5);
    expect(turns.at(-1)?.refused).toBeGreaterThan(0);
  });

  it('by default cuts such an overload a turn later (growth from a turn of 4 ms), then keeps turns short', async () => {
    const turns = await overloadFromIdle({});
    const firstCut = turns.findIndex((turn) => turn.refused > 0);
    // Turns of 1, 2, 4, 8, 16 and then 32 requests: the sixth outgrows the fifth, which had outgrown a turn of
    // 4 ms, 15.5 ms into the overload, and is cut 10 ms in.
    expect(firstCut).toBe(5);
    expect(turns[firstCut]?.at).toBeLessThan(16);
    // From then on every turn serves at most 2 ms of answers and one more: the rest is refused.
    for (const turn of turns.slice(firstCut + 1)) expect(turn.served).toBeLessThanOrEqual(5);
    expect(turns.at(-1)?.refused).toBeGreaterThan(0);
  });

  it('serves the backlog of a 20-ms stall in the second turn of a busy run at 1,000 req/s', async () => {
    // The stalled turn, of 20 ms, comes right after one of 1.2 ms in the same busy run; the turn after it holds 12 ms
    // of work and does not outgrow it.
    const loop = scriptedClock();
    expect(await stallAtSixtyPercent(monitor(loop.clock), loop, 'second turn', 20)).toBe(0);
  });

  it('keeps cutting turns through brief waits while turns still hold more than 2 ms, and stops 50 ms after the last', async () => {
    const loop = scriptedClock();
    // A busy run of 50 ms counts as standing here, so the memory is what is tested.
    const load = monitor(loop.clock, { standingQueueMs: 50, standingLagMs: 2, growingTurnMs: 2 });
    const turn = async (requests: number) => {
      await nextTurn();
      const answers: Array<string | undefined> = [];
      for (let request = 0; request < requests; request++) {
        answers.push(load.overloaded(0));
        loop.work(0.5);
      }
      return answers.filter((answer) => answer !== undefined).length;
    };
    // Twice capacity: every turn finds ten requests, and the loop never waits between turns.
    let shed = 0;
    for (let index = 0; index < 40; index++) shed = await turn(10);
    // 5 ms a turn: past 50 ms of it, each turn serves its first 2 ms and refuses the rest.
    expect(shed).toBe(5);
    // The senders pause for 1 ms before each turn for 100 ms: the overload is not over, turns are still cut.
    for (let index = 0; index < 17; index++) {
      loop.waitForIo(1);
      expect(await turn(10)).toBe(5);
    }
    // The load falls: turns of four requests (2 ms), none cut, for 42 ms; a burst then is still cut…
    for (let index = 0; index < 14; index++) {
      loop.waitForIo(1);
      expect(await turn(4)).toBe(0);
    }
    expect(await turn(10)).toBe(5);
    // …but not once 50 ms have passed without a cut turn or a standing busy run.
    for (let index = 0; index < 17; index++) {
      loop.waitForIo(1);
      expect(await turn(4)).toBe(0);
    }
    expect(await turn(10)).toBe(0);
  });
});

describe('the overload memory, on a scripted loop clock', () => {
  /**
   * An overload (turns of ten requests with no wait between them, cut once the busy run stands), then `turns`
   * turns of `requests` after a brief wait each. Answers take 0.5 ms, refusals 0.05. Returns each turn's refusals.
   */
  async function afterOverload(
    requests: number,
    turns: number,
    options: Partial<LoadSheddingOptions> = { standingLagMs: 2, growingTurnMs: 2 },
    answerMs = 0.5,
  ) {
    const loop = scriptedClock();
    const load = createLoadMonitor({ ...DEFAULT_LOAD_SHEDDING, standingQueueMs: 50, ...options }, loop.clock);
    closers.push(async () => load.stop());
    const turn = async (count: number) => {
      await nextTurn();
      let refused = 0;
      for (let request = 0; request < count; request++) {
        if (load.overloaded(0) === undefined) loop.work(answerMs);
        else {
          refused += 1;
          loop.work(0.05);
        }
      }
      return refused;
    };
    for (let index = 0; index < 40; index++) await turn(10);
    const refusals: number[] = [];
    for (let index = 0; index < turns; index++) {
      loop.waitForIo(1);
      refusals.push(await turn(requests));
    }
    return refusals;
  }

  it('lapses within 50 ms once cut turns answer more than twice what they refuse, as below capacity', async () => {
    // A backlog's tail: turns of six requests, each cut after its first five answers. Re-armed by every cut
    // turn, the memory would refuse the sixth of every such turn for as long as they came.
    const refusals = await afterOverload(6, 40);
    expect(refusals[0]).toBe(1);
    // 3.55 ms a turn with its wait: 50 ms after the overload's last cut turn, from the fifteenth, they are served whole.
    expect(refusals.slice(14)).toEqual(Array(26).fill(0));
  });

  it('by default lapses after an overload at 1,000 req/s: turns of three answers are served whole', async () => {
    // Three requests a turn, 0.55 ms each, after brief waits: the third is read 1.1 ms in. Cut at 1 ms, every such
    // turn refused one of three, at least half as many as it answered, and the memory re-armed itself for as
    // long as they came (1,007 refusals in 1.7 s at 1,000 req/s in one benchmark run).
    expect(await afterOverload(3, 40, {}, 0.55)).toEqual(Array(40).fill(0));
    expect(await afterOverload(3, 40, { standingLagMs: 1 }, 0.55)).toEqual(Array(40).fill(1));
  });

  it('stays while cut turns refuse at least half as many as they answer, as at twice capacity', async () => {
    // Turns of eight: five answered, three refused, for 200 ms.
    expect(await afterOverload(8, 50)).toEqual(Array(50).fill(3));
  });
});

describe('the per-request check as V8 compiles it', () => {
  const probe = fileURLToPath(new URL('./support/monitor-optimization.ts', import.meta.url));

  it('stays compiled (TurboFan) from a quiet loop of one request per turn into a burst of growing turns and refusals', async () => {
    // A check compiled while every turn held one request had never run the arithmetic of a second request in a
    // turn, nor the rule behind it: V8 deoptimised it (and the request listener it is inlined into) at the first
    // turn of a burst, and compiled it again on the server's one core just then.
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--allow-natives-syntax', '--import', 'tsx', probe],
      { cwd: fileURLToPath(new URL('../..', import.meta.url)) },
    );
    const result = JSON.parse(stdout.trim()) as {
      compiled: boolean;
      stillCompiled: boolean;
      reasons: string[];
    };
    expect(result.compiled).toBe(true);
    // The burst did reach the refusals, so every path of the check ran.
    expect(result.reasons).toEqual(expect.arrayContaining(['growing queue', 'standing queue', 'undefined']));
    expect(result.stillCompiled).toBe(true);
  }, 60_000);
});

describe('the standing queue on the real event loop', () => {
  const monitor = (options: Partial<LoadSheddingOptions> = {}) => {
    const created = createLoadMonitor({ ...DEFAULT_LOAD_SHEDDING, ...options });
    closers.push(async () => created.stop());
    return created;
  };

  it('measures lag from the first request of a turn, and opens a new turn once the loop has gone round', async () => {
    const load = monitor();
    await nextTurn();
    expect(load.signal(0).lagMs).toBe(0);
    compute(5);
    // Read in the same turn, 5 ms of work later: it has waited at least that long.
    expect(load.signal(0).lagMs).toBeGreaterThanOrEqual(5);
    await nextTurn();
    expect(load.signal(0).lagMs).toBe(0);
  });

  it('knows how long ago a connection was accepted, and that none was before the first', () => {
    const load = monitor();
    expect(load.signal(0).acceptedMsAgo).toBe(Number.POSITIVE_INFINITY);
    load.noteConnection();
    const since = load.signal(0).acceptedMsAgo;
    expect(Number.isFinite(since) && since >= 0).toBe(true);
  });

  it('counts a loop that has worked without waiting as a standing queue, and sheds what it reads late in the turn', async () => {
    const load = monitor({ maxLagMs: 60_000, standingQueueMs: 50 });
    await nextTurn();
    expect(load.overloaded(0)).toBeUndefined();
    compute(100);
    expect(load.signal(0).busyMs).toBeGreaterThanOrEqual(100);
    expect(load.overloaded(0)).toBe('standing queue');
  });

  it('does not count a loop that was busy nearly all the time as standing once it has waited for I/O', async () => {
    const load = monitor({ maxLagMs: 60_000 });
    // Busy 30 ms of every ≈ 31 for a sixth of a second (the busy share this replaced put it at ≈ 0.97)…
    for (let round = 0; round < 5; round++) {
      compute(30);
      await waitForIo();
    }
    // …then a turn whose second request is read 5 ms in: its queue had been empty a moment before.
    await nextTurn();
    expect(load.overloaded(0)).toBeUndefined();
    compute(5);
    expect(load.overloaded(0)).toBeUndefined();
  });
});

/** Keeps the loop running without yielding, as a CPU-bound search does. */
function compute(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

const start = (handler: InteractionHandler, extra: EdgeServerExtra) =>
  startEdgeServer(keys, closers, handler, extra);

function signedRequest(): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify(commandInteraction('echo'));
  const timestamp = String(Math.floor(Date.now() / 1000));
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signBody(keys, timestamp, body),
      'x-signature-timestamp': timestamp,
    },
  };
}

/** A monitor that answers what the test says, and records the in-flight counts it was asked about. */
function scriptedMonitor(decide: (othersInFlight: number) => ShedReason | undefined) {
  const asked: number[] = [];
  const connections = { count: 0 };
  const monitor: LoadMonitor = {
    signal: (othersInFlight) => ({ ...IDLE, inFlight: othersInFlight }),
    overloaded(othersInFlight) {
      asked.push(othersInFlight);
      return decide(othersInFlight);
    },
    noteConnection() {
      connections.count += 1;
    },
    timerLagMs: 0,
    stop: () => {},
  };
  return { monitor, asked, connections };
}

describe('the 503 the server gives when the monitor says it is overloaded', () => {
  it('answers 503 with retry-after and a JSON reason, before any handler runs, and keeps /health up', async () => {
    const { monitor } = scriptedMonitor(() => 'standing queue');
    const { port, calls, logs } = await start(echoHandler, { loadMonitor: monitor });
    const { body, headers } = signedRequest();
    const shed = await send(port, { path: '/interactions', headers, body });
    expect(shed.status).toBe(503);
    expect(shed.headers['retry-after']).toBe('1');
    expect(shed.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(shed.json).toEqual({ error: 'The server is busy; try again in a moment.' });
    expect(calls()).toBe(0);
    expect((await send(port, { method: 'GET', path: '/health' })).status).toBe(200);
    // The first refusal of a kind is logged at once, with the reason the rule gave.
    expect(
      logs.lines().some((line) => line.kind === 'overloaded: standing queue' && line.status === 503),
    ).toBe(true);
  });

  it('counts its 503s by the rule that gave them in /health details, and only there', async () => {
    const reasons: Array<ShedReason | undefined> = ['growing queue', 'lag', 'growing queue', undefined];
    const { monitor } = scriptedMonitor(() => reasons.shift());
    const { port } = await start(echoHandler, { loadMonitor: monitor, healthDetails: true });
    const statuses: number[] = [];
    for (let index = 0; index < 4; index++) {
      const { body, headers } = signedRequest();
      statuses.push((await send(port, { path: '/interactions', headers, body })).status);
    }
    expect(statuses).toEqual([503, 503, 503, 200]);
    const health = await send(port, { method: 'GET', path: '/health' });
    expect((health.json as { shedByReason: unknown }).shedByReason).toEqual({
      'in flight': 0,
      lag: 1,
      'growing queue': 2,
      'standing queue': 0,
      'standing queue, accepting': 0,
      'connections queued': 0,
    });
    const plain = await start(echoHandler, { loadMonitor: scriptedMonitor(() => 'lag').monitor });
    const { body, headers } = signedRequest();
    expect((await send(plain.port, { path: '/interactions', headers, body })).status).toBe(503);
    expect(await send(plain.port, { method: 'GET', path: '/health' }).then((r) => r.json)).toEqual({
      status: 'ok',
    });
  });

  it('answers an unsigned request 401 and closes its connection however loaded, so a stalled upload cannot stay', async () => {
    const { monitor } = scriptedMonitor(() => 'standing queue');
    const { port, calls } = await start(echoHandler, { loadMonitor: monitor });
    // No signature headers, a 1-MB body declared and a part of it sent, then nothing: a stalled upload.
    const socket = connect({ host: '127.0.0.1', port });
    closers.push(async () => socket.destroy());
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.write(
      'POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1048576\r\n\r\n{"type":',
    );
    await closed;
    expect(received.startsWith('HTTP/1.1 401 ')).toBe(true);
    expect(received).toContain('Invalid request signature.');
    expect(calls()).toBe(0);
  });

  it('serves the request when the monitor finds no overload', async () => {
    const { monitor } = scriptedMonitor(() => undefined);
    const { port, calls } = await start(echoHandler, { loadMonitor: monitor });
    const { body, headers } = signedRequest();
    expect((await send(port, { path: '/interactions', headers, body })).status).toBe(200);
    expect(calls()).toBe(1);
  });

  it('tells the monitor of each connection it accepts, once per connection however many requests it carries', async () => {
    const { monitor, connections } = scriptedMonitor(() => undefined);
    const { port } = await start(echoHandler, { loadMonitor: monitor });
    const first = await openConnection(port);
    const second = await openConnection(port);
    for (const connection of [first, first, second]) {
      connection.socket.write(rawPost());
      expect(await connection.next()).toBe('200');
    }
    expect(connections.count).toBe(2);
  });

  it('tells the monitor how many other requests are being served', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered = 0;
    const slow: InteractionHandler = async (interaction) => {
      entered += 1;
      await held;
      return echoHandler(interaction);
    };
    const { monitor, asked } = scriptedMonitor(() => undefined);
    const { port } = await start(slow, { loadMonitor: monitor });
    const first = signedRequest();
    const second = signedRequest();
    const answers = [send(port, { path: '/interactions', ...first })];
    while (entered < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    answers.push(send(port, { path: '/interactions', ...second }));
    while (entered < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    release();
    expect((await Promise.all(answers)).map((answer) => answer.status)).toEqual([200, 200]);
    expect(asked).toEqual([0, 1]);
  });
});

/** An open keep-alive connection that yields each response's status line. */
async function openConnection(port: number): Promise<{ socket: Socket; next: () => Promise<string> }> {
  const socket = await new Promise<Socket>((resolve, reject) => {
    const opened = connect({ host: '127.0.0.1', port }, () => resolve(opened));
    opened.once('error', reject);
  });
  closers.push(async () => socket.destroy());
  let received = '';
  const waiting: Array<(status: string) => void> = [];
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('latin1');
    // Each response here is small and has a content-length: split on the status lines.
    for (;;) {
      const start = received.indexOf('HTTP/1.1 ');
      const end = received.indexOf('HTTP/1.1 ', start + 1);
      const complete = start >= 0 && (end >= 0 || received.endsWith('}'));
      if (!complete) return;
      const status = received.slice(start + 9, start + 12);
      received = end >= 0 ? received.slice(end) : '';
      waiting.shift()?.(status);
    }
  });
  return {
    socket,
    next: () => new Promise<string>((resolve) => waiting.push(resolve)),
  };
}

function rawPost(): Buffer {
  const { body, headers } = signedRequest();
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return Buffer.from(
    `POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${head.join('')}\r\n${body}`,
  );
}

describe('shedding for real on loopback', () => {
  /**
   * Eight signed requests on eight open connections, written in one go so the server reads all of them in
   * one turn; each answer takes 5 ms of the scripted clock. Returns their statuses.
   */
  async function oneTurnOfEight(
    before: (loop: ReturnType<typeof scriptedClock>, load: LoadMonitor, port: number) => void | Promise<void>,
  ) {
    const loop = scriptedClock();
    const load = createLoadMonitor(DEFAULT_LOAD_SHEDDING, loop.clock);
    closers.push(async () => load.stop());
    const slow: InteractionHandler = async (interaction) => {
      loop.work(5);
      return messageResponse(`echo ${interaction.id}`);
    };
    const { port, calls } = await start(slow, { loadMonitor: load });
    const connections = await Promise.all(Array.from({ length: 8 }, () => openConnection(port)));
    for (const connection of connections) {
      connection.socket.write('GET /health HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n');
      expect(await connection.next()).toBe('200');
    }
    const requests = connections.map(() => rawPost());
    await before(loop, load, port);
    const answers = connections.map((connection) => connection.next());
    for (const [index, connection] of connections.entries())
      connection.socket.write(requests[index] as Buffer);
    const statuses = await Promise.all(answers);
    return { statuses, calls: calls() };
  }

  /** Turns of the monitor's loop lasting these many ms (of the scripted clock), with no wait for I/O between. */
  async function turns(loop: ReturnType<typeof scriptedClock>, load: LoadMonitor, lengths: number[]) {
    for (const ms of lengths) {
      load.signal(0);
      loop.work(ms);
      await nextTurn();
    }
  }

  it('refuses what a turn reads once it outgrows the two turns before it, which grew too', async () => {
    const { statuses, calls } = await oneTurnOfEight((loop, load) => turns(loop, load, [4, 4.5]));
    // The first three are served (the third read 10 ms in, not past it, though past the previous turn's 4.5): the
    // five read behind them get 503.
    expect(statuses.filter((status) => status === '503').length).toBe(5);
    expect(calls).toBe(3);
  });

  it('serves the whole turn when the turns before it shrank: a stall (40 ms) and its backlog (20 ms)', async () => {
    const { statuses, calls } = await oneTurnOfEight((loop, load) => turns(loop, load, [40, 20]));
    // 60 ms without waiting for I/O, then 40 ms of this turn: served, however long the loop has been busy.
    expect(statuses).toEqual(Array.from({ length: 8 }, () => '200'));
    expect(calls).toBe(8);
  });

  it('serves a turn after a plateau of turns (30 ms, then 30), but not once a connection was accepted during them', async () => {
    const plateau = await oneTurnOfEight((loop, load) => turns(loop, load, [30, 30]));
    expect(plateau.statuses).toEqual(Array.from({ length: 8 }, () => '200'));
    // A ninth connection, opened while the loop is busy: a proxy whose pool is all taken. Node accepts one
    // connection per turn, so its requests and those of the connections behind it wait unseen in the kernel.
    const accepting = await oneTurnOfEight(async (loop, load, port) => {
      await turns(loop, load, [30]);
      await openConnection(port);
      await turns(loop, load, [30]);
    });
    // The first is served (5 ms); the seven read behind it get 503.
    expect(accepting.statuses.filter((status) => status === '503').length).toBe(7);
    expect(accepting.calls).toBe(1);
  });

  it('refuses what a turn reads after its first 1 ms when the loop has not waited for I/O for the standing interval', async () => {
    const { statuses, calls } = await oneTurnOfEight((loop) => loop.work(DEFAULT_STANDING_QUEUE_MS + 10));
    // The first is served (5 ms); the seven read behind it wait on a standing queue and get 503.
    expect(statuses.filter((status) => status === '503').length).toBe(7);
    expect(calls).toBe(1);
  });

  it('serves the whole turn (35 ms of waiting at most) when the loop waited for I/O just before it', async () => {
    const { statuses, calls } = await oneTurnOfEight((loop) => {
      loop.work(DEFAULT_STANDING_QUEUE_MS + 10);
      loop.waitForIo(0.1);
    });
    expect(statuses).toEqual(Array.from({ length: 8 }, () => '200'));
    expect(calls).toBe(8);
  });

  it('serves the start of a saturated turn and answers the rest of it 503', async () => {
    // Each answer computes for 5 ms; every request below is read in one turn of the server's loop.
    const slow: InteractionHandler = async (interaction) => {
      compute(5);
      return messageResponse(`echo ${interaction.id}`);
    };
    // A standing queue from 0 ms counts any loop as behind one: the turn alone decides, which is tested here.
    const { port, calls } = await start(slow, {
      shedding: { saturatedLagMs: 2, standingLagMs: 2, standingQueueMs: 0, maxLagMs: 60_000 },
    });
    const connections = await Promise.all(Array.from({ length: 12 }, () => openConnection(port)));
    // A first exchange on each connection, so the server has accepted all of them and reads from each.
    for (const connection of connections) {
      connection.socket.write('GET /health HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n');
      expect(await connection.next()).toBe('200');
    }
    const requests = connections.map(() => rawPost());
    const answers = connections.map((connection) => connection.next());
    // Written in one go: the server finds all twelve readable in its next turn.
    for (const [index, connection] of connections.entries())
      connection.socket.write(requests[index] as Buffer);
    const statuses = await Promise.all(answers);
    expect(statuses.every((status) => status === '200' || status === '503')).toBe(true);
    // The first request read is served (5 ms of work); everything read after it in that turn is refused.
    expect(statuses.filter((status) => status === '200').length).toBe(calls());
    expect(calls()).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((status) => status === '503').length).toBeGreaterThan(0);
  });
});
