import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACCEPTING_WINDOW_MS,
  COST_REQUESTS,
  costPerAnswer,
  createLoadMonitor,
  DEFAULT_LOAD_SHEDDING,
  followCost,
  type LoadMonitor,
  type LoadSheddingOptions,
  type ShedReason,
  shedReason,
  turnLoad,
} from '../../src/transports/http/load-shedding';
import type { InteractionHandler } from '../../src/transports/shared/interaction-handler';
import { generateTestKeys, signBody } from './support/ed25519';
import { type EdgeServerExtra, startEdgeServer } from './support/edge-server';
import { send } from './support/http-client';
import { commandInteraction, echoHandler, messageResponse } from './support/interactions';
import { type SimulatedRequest, simulatedLoop, steadyArrivals } from './support/simulated-loop';

/**
 * Load shedding: the rule on its own (any signal can be fed to it), the monitor on a simulated event loop with
 * a clock of the test's own (stalls, bursts, overload), its turn signal on the real event loop, and the
 * server's 503 when the monitor says so — injected, then for real on loopback with thresholds small enough to
 * reach. No assertion depends on how fast this machine is.
 */
const keys = generateTestKeys();
const closers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const rule: LoadSheddingOptions = {
  maxInFlight: 8,
  maxLagMs: 100,
  saturatedLagMs: 2,
  saturatedLoad: 1,
  loadWindowMs: 2,
  acceptingLagMs: 0.5,
};
/** No connection accepted yet. */
const NEVER = Number.POSITIVE_INFINITY;

describe('the shedding rule', () => {
  it('refuses once the requests in flight reach the watermark, not before', () => {
    expect(shedReason({ inFlight: 7, lagMs: 0, load: 0, acceptedMsAgo: NEVER }, rule)).toBeUndefined();
    expect(shedReason({ inFlight: 8, lagMs: 0, load: 0, acceptedMsAgo: NEVER }, rule)).toBe('in flight');
  });

  it('refuses a request read past the lag limit, however idle the loop was before', () => {
    expect(shedReason({ inFlight: 0, lagMs: 100, load: 0, acceptedMsAgo: NEVER }, rule)).toBeUndefined();
    expect(shedReason({ inFlight: 0, lagMs: 100.5, load: 0, acceptedMsAgo: NEVER }, rule)).toBe('lag');
  });

  it('cuts a turn short only while the loop is saturated: a stall on a loop that keeps up is served', () => {
    expect(shedReason({ inFlight: 0, lagMs: 30, load: 0.99, acceptedMsAgo: NEVER }, rule)).toBeUndefined();
    expect(shedReason({ inFlight: 0, lagMs: 30, load: 1, acceptedMsAgo: NEVER }, rule)).toBe('saturated');
    expect(shedReason({ inFlight: 0, lagMs: 2.5, load: 1, acceptedMsAgo: NEVER }, rule)).toBe('saturated');
  });

  it('always serves the first request of a turn, even on a saturated loop still accepting (the defaults too)', () => {
    for (const options of [rule, DEFAULT_LOAD_SHEDDING]) {
      expect(shedReason({ inFlight: 0, lagMs: 0, load: 1, acceptedMsAgo: 0 }, options)).toBeUndefined();
    }
  });

  it('cuts turns shorter while a saturated loop keeps accepting new connections, and only then', () => {
    // Node accepts one connection per turn: short turns drain the kernel's queue of them faster.
    const read = (load: number, acceptedMsAgo: number) =>
      shedReason({ inFlight: 0, lagMs: 1, load, acceptedMsAgo }, rule);
    expect(read(1, ACCEPTING_WINDOW_MS)).toBe('saturated, accepting');
    expect(read(1, ACCEPTING_WINDOW_MS + 1)).toBeUndefined();
    expect(read(0.99, 0)).toBeUndefined();
    expect(shedReason({ inFlight: 0, lagMs: 0.5, load: 1, acceptedMsAgo: 0 }, rule)).toBeUndefined();
  });
});

describe('arrivals the load cannot count', () => {
  it('cuts a turn past 2 ms while connections keep arriving, whatever the counted load says', () => {
    // A request on a new connection waits in the kernel's accept queue, which node drains one connection per
    // turn, and is counted only once read: a proxy opening connections hides part of what arrives.
    const read = (lagMs: number, acceptedMsAgo: number) =>
      shedReason({ inFlight: 0, lagMs, load: 0.5, acceptedMsAgo }, rule);
    expect(read(2.5, 0)).toBe('accepting');
    expect(read(2.5, ACCEPTING_WINDOW_MS + 1)).toBeUndefined();
    expect(read(2, 0)).toBeUndefined();
  });
});

describe('the offered load', () => {
  it('counts arrivals, not the loop being busy: the turn after a stall reads its arrivals over the stall', () => {
    // 1,000 req/s at 0.5 ms each: a turn of one request every millisecond, or thirty after a 30-ms pause.
    expect(turnLoad(1, 0.5, 1)).toBe(0.5);
    expect(turnLoad(30, 0.5, 30)).toBe(0.5);
    // Twice what the loop can do, however the arrivals fall into turns.
    expect(turnLoad(8, 0.5, 2)).toBe(2);
    expect(turnLoad(1, 0.5, 0)).toBe(0);
  });

  it('costs an answer by the loop’s time answering over the answers, and leaves out stretches with none', () => {
    let sums = { answeringMs: 0, answered: 0 };
    expect(costPerAnswer(sums)).toBe(0);
    sums = followCost(sums, 50, 100);
    expect(costPerAnswer(sums)).toBeCloseTo(0.5, 9);
    // A stretch without answers neither forgets the cost nor adds to it.
    expect(followCost(sums, 3, 0)).toEqual(sums);
    // Older answers weigh less: after many more at 0.3 ms the cost is close to 0.3.
    for (let step = 0; step < 10; step++) sums = followCost(sums, 0.3 * COST_REQUESTS, COST_REQUESTS);
    expect(costPerAnswer(sums)).toBeCloseTo(0.3, 3);
  });
});

/** The monitor with the default rule on a simulated loop; the requests it saw, from `from` ms on. */
function simulate(options: Parameters<typeof simulatedLoop>[0], from = 0): SimulatedRequest[] {
  const loop = simulatedLoop(options);
  const monitor = createLoadMonitor(DEFAULT_LOAD_SHEDDING, loop.probe);
  return loop.run(monitor).filter((request) => request.at >= from);
}

/** 1,000 answers one at a time at 200/s, as the benchmark's warm-up: the monitor knows what an answer costs. */
const WARM_UP = steadyArrivals(200, 1000);
const AFTER_WARM_UP = 7000;
const COST_MS = 0.5;
const REFUSE_MS = 0.06;
const refused = (requests: SimulatedRequest[]) => requests.filter((request) => request.reason !== undefined);
/** How long each request waited before it was read, the longest in the run. */
const longestWait = (requests: SimulatedRequest[]) =>
  Math.max(...requests.map((request) => request.readAt - request.at));

describe('the load monitor on a simulated event loop', () => {
  it('serves the backlog of stalls at 1,000 req/s, even three 30-ms ones in 200 ms, and refuses nothing', () => {
    // A loop that keeps up (half busy) and is stopped for a moment (a collection, V8 compiling on the same
    // core) works its backlog off in a few turns. The busy share this replaced counted those turns as
    // saturation and cut them at 2 ms: on this schedule it refused 75 requests.
    const requests = simulate(
      {
        arrivals: [...WARM_UP, ...steadyArrivals(1000, 1000, AFTER_WARM_UP)],
        costMs: COST_MS,
        refuseMs: REFUSE_MS,
        stalls: [200, 300, 400].map((at) => ({ at: AFTER_WARM_UP + at, ms: 30 })),
      },
      AFTER_WARM_UP,
    );
    expect(refused(requests)).toEqual([]);
    // Not a schedule that never queues: requests waited well past the 2 ms at which a saturated loop cuts.
    expect(longestWait(requests)).toBeGreaterThan(10 * DEFAULT_LOAD_SHEDDING.saturatedLagMs);
  });

  it('at twice capacity from an idle loop, answers and refuses every request within 10 ms of its arrival', () => {
    // 0.5 ms per answer is 2,000/s; 4,000/s arrive, from the first millisecond on. The busy share this replaced
    // took ≈ 46 ms to count the loop as saturated: 136 requests here waited longer than 10 ms, up to 23.5.
    const requests = simulate(
      {
        arrivals: [...WARM_UP, ...steadyArrivals(4000, 8000, AFTER_WARM_UP)],
        costMs: COST_MS,
        refuseMs: REFUSE_MS,
      },
      AFTER_WARM_UP,
    );
    const shed = refused(requests);
    expect(shed.length).toBeGreaterThan(requests.length / 3);
    expect(shed.every((request) => request.reason === 'saturated')).toBe(true);
    const slowest = Math.max(...requests.map((request) => request.doneAt - request.at));
    expect(slowest).toBeLessThan(10);
  });

  it('reads the load as it is once an overload ends: refusing does not count as the cost of answers', () => {
    // A second at twice capacity with refusals that cost the loop 0.2 ms each (a slow machine), then 100 ms at
    // 1,200/s, 0.6 of capacity. Had the loop's working time been shared out over the answers (refusals
    // included), an answer would have seemed to cost ≈ 1 ms and the load would still read ≈ 1.2: saturated on
    // the loop's own refusals.
    const overEnds = AFTER_WARM_UP + 1000;
    const loop = simulatedLoop({
      arrivals: [
        ...WARM_UP,
        ...steadyArrivals(4000, 4000, AFTER_WARM_UP),
        ...steadyArrivals(1200, 120, overEnds),
      ],
      costMs: COST_MS,
      refuseMs: 0.2,
    });
    const monitor = createLoadMonitor(DEFAULT_LOAD_SHEDDING, loop.probe);
    const requests = loop.run(monitor);
    expect(refused(requests).length).toBeGreaterThan(1000);
    expect(monitor.signal(0).load).toBeCloseTo(1.2 * COST_MS, 2);
  });

  it('serves a burst of arrivals and the turn after it: one turn’s load is not overload', () => {
    // Fifty requests at once on a loop that was keeping up: 25 ms of work, then the 25 ms of arrivals behind it.
    const burstAt = AFTER_WARM_UP + 500;
    const arrivals = [...WARM_UP, ...steadyArrivals(1000, 1000, AFTER_WARM_UP)];
    arrivals.push(...Array.from({ length: 50 }, () => burstAt));
    arrivals.sort((a, b) => a - b);
    const requests = simulate({ arrivals, costMs: COST_MS, refuseMs: REFUSE_MS }, AFTER_WARM_UP);
    expect(refused(requests)).toEqual([]);
    expect(longestWait(requests)).toBeGreaterThan(10 * DEFAULT_LOAD_SHEDDING.saturatedLagMs);
  });

  it('counts no load before it knows what an answer costs', () => {
    // A fresh process hit by a burst of overload sheds only by the lag and in-flight rules until its first
    // 10-ms tick has measured an answer.
    const requests = simulate({
      arrivals: Array.from({ length: 10 }, () => 0),
      costMs: 1,
      refuseMs: REFUSE_MS,
    });
    expect(refused(requests)).toEqual([]);
  });
});

/** Keeps the loop running without yielding, as a CPU-bound search does. */
function compute(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('the load monitor on the real event loop', () => {
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
});

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
    signal: (othersInFlight) => ({ inFlight: othersInFlight, lagMs: 0, load: 0, acceptedMsAgo: NEVER }),
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
    const { monitor } = scriptedMonitor(() => 'saturated');
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
    expect(logs.lines().some((line) => line.kind === 'overloaded: saturated' && line.status === 503)).toBe(
      true,
    );
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
  it('serves the start of a saturated turn and answers the rest of it 503', async () => {
    // Each answer computes for 5 ms; every request below is read in one turn of the server's loop.
    const slow: InteractionHandler = async (interaction) => {
      compute(5);
      return messageResponse(`echo ${interaction.id}`);
    };
    // A saturation threshold of 0 counts any loop as saturated: the turn alone decides, which is tested here.
    const { port, calls } = await start(slow, {
      shedding: { saturatedLagMs: 2, saturatedLoad: 0, maxLagMs: 60_000 },
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
