import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACCEPTING_WINDOW_MS,
  createLoadMonitor,
  DEFAULT_LOAD_SHEDDING,
  followBusyShare,
  type LoadMonitor,
  type LoadSheddingOptions,
  type ShedReason,
  shedReason,
} from '../../src/transports/http/load-shedding';
import type { InteractionHandler } from '../../src/transports/shared/interaction-handler';
import { generateTestKeys, signBody } from './support/ed25519';
import { type EdgeServerExtra, startEdgeServer } from './support/edge-server';
import { send } from './support/http-client';
import { commandInteraction, echoHandler, messageResponse } from './support/interactions';

/**
 * Load shedding: the rule on its own (any signal can be fed to it), the monitor's turn and busy signals
 * on the real event loop, and the server's 503 when the monitor says so — injected, then for real on
 * loopback with thresholds small enough to reach. No assertion depends on how fast this machine is.
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
  saturatedBusyShare: 0.9,
  busyRiseMs: 20,
  acceptingLagMs: 0.5,
};
/** No connection accepted yet. */
const NEVER = Number.POSITIVE_INFINITY;

describe('the shedding rule', () => {
  it('refuses once the requests in flight reach the watermark, not before', () => {
    expect(shedReason({ inFlight: 7, lagMs: 0, busyShare: 0, acceptedMsAgo: NEVER }, rule)).toBeUndefined();
    expect(shedReason({ inFlight: 8, lagMs: 0, busyShare: 0, acceptedMsAgo: NEVER }, rule)).toBe('in flight');
  });

  it('refuses a request read past the lag limit, however idle the loop was before', () => {
    expect(shedReason({ inFlight: 0, lagMs: 100, busyShare: 0, acceptedMsAgo: NEVER }, rule)).toBeUndefined();
    expect(shedReason({ inFlight: 0, lagMs: 100.5, busyShare: 0, acceptedMsAgo: NEVER }, rule)).toBe('lag');
  });

  it('cuts a turn short only while the loop is saturated: a lone stall on an idle loop is served', () => {
    expect(
      shedReason({ inFlight: 0, lagMs: 30, busyShare: 0.89, acceptedMsAgo: NEVER }, rule),
    ).toBeUndefined();
    expect(shedReason({ inFlight: 0, lagMs: 30, busyShare: 0.9, acceptedMsAgo: NEVER }, rule)).toBe(
      'saturated',
    );
    expect(shedReason({ inFlight: 0, lagMs: 2.5, busyShare: 1, acceptedMsAgo: NEVER }, rule)).toBe(
      'saturated',
    );
  });

  it('always serves the first request of a turn, even on a saturated loop still accepting (the defaults too)', () => {
    for (const options of [rule, DEFAULT_LOAD_SHEDDING]) {
      expect(shedReason({ inFlight: 0, lagMs: 0, busyShare: 1, acceptedMsAgo: 0 }, options)).toBeUndefined();
    }
  });

  it('cuts turns shorter while a saturated loop keeps accepting new connections, and only then', () => {
    // Node accepts one connection per turn: short turns drain the kernel's queue of them faster.
    const read = (busyShare: number, acceptedMsAgo: number) =>
      shedReason({ inFlight: 0, lagMs: 1, busyShare, acceptedMsAgo }, rule);
    expect(read(0.9, ACCEPTING_WINDOW_MS)).toBe('saturated, accepting');
    expect(read(0.9, ACCEPTING_WINDOW_MS + 1)).toBeUndefined();
    expect(read(0.89, 0)).toBeUndefined();
    expect(shedReason({ inFlight: 0, lagMs: 0.5, busyShare: 1, acceptedMsAgo: 0 }, rule)).toBeUndefined();
  });
});

describe('the busy share', () => {
  /** The share after `ms` of a loop `measured` busy, fed in 1-ms steps from `from`. */
  const after = (from: number, measured: number, ms: number, riseMs = DEFAULT_LOAD_SHEDDING.busyRiseMs) => {
    let share = from;
    for (let step = 0; step < ms; step++) share = followBusyShare(share, measured, 1, riseMs);
    return share;
  };

  it('counts a loop that was idle as saturated within 50 ms of unbroken work (the 100-ms average took 230)', () => {
    expect(after(0, 1, 50)).toBeGreaterThanOrEqual(DEFAULT_LOAD_SHEDDING.saturatedBusyShare);
    // What the rule was before: a quiet loop hit by overload was not saturated for a quarter of a second.
    expect(after(0, 1, 50, 100)).toBeLessThan(DEFAULT_LOAD_SHEDDING.saturatedBusyShare);
  });

  it('does not count the backlog of a short stall at 40% busy as saturation', () => {
    // 1,000 req/s at ≈ 0.4 ms each, then a turn that works off 20 ms of backlog without a pause.
    const steady = after(0, 0.4, 1000);
    expect(after(steady, 1, 20)).toBeLessThan(DEFAULT_LOAD_SHEDDING.saturatedBusyShare);
  });

  it('falls more slowly than it rises: a saturated loop that rests for 5 ms still counts as saturated', () => {
    expect(after(1, 0, 5)).toBeGreaterThanOrEqual(DEFAULT_LOAD_SHEDDING.saturatedBusyShare);
    expect(after(0, 1, 5)).toBeLessThan(0.5);
  });

  it('follows the measured share at the pace of the time that passed, whatever the steps', () => {
    const inOne = followBusyShare(0.2, 1, 30, 20);
    expect(Math.abs(inOne - after(0.2, 1, 30, 20))).toBeLessThan(1e-9);
    expect(followBusyShare(0.5, 0.5, 1000, 20)).toBe(0.5);
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

  it('counts a loop that has worked without pause as saturated, and sheds what it reads late in the turn', async () => {
    const load = monitor({ maxLagMs: 60_000 });
    await nextTurn();
    expect(load.overloaded(0)).toBeUndefined();
    // 100 ms of work: five rising windows, so the share is above 0.99 whatever came before (the old 100-ms
    // average would have reached 0.63 from an idle loop).
    compute(100);
    const signal = load.signal(0);
    expect(signal.busyShare).toBeGreaterThanOrEqual(DEFAULT_LOAD_SHEDDING.saturatedBusyShare);
    expect(load.overloaded(0)).toBe('saturated');
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
    signal: (othersInFlight) => ({ inFlight: othersInFlight, lagMs: 0, busyShare: 0, acceptedMsAgo: NEVER }),
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
    // A busy share of 0 counts any loop as saturated: the turn alone decides, which is what is tested here.
    const { port, calls } = await start(slow, {
      shedding: { saturatedLagMs: 2, saturatedBusyShare: 0, maxLagMs: 60_000 },
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
