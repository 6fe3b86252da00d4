import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createLoadMonitor,
  DEFAULT_LOAD_SHEDDING,
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
};

describe('the shedding rule', () => {
  it('refuses once the requests in flight reach the watermark, not before', () => {
    expect(shedReason({ inFlight: 7, lagMs: 0, busyShare: 0 }, rule)).toBeUndefined();
    expect(shedReason({ inFlight: 8, lagMs: 0, busyShare: 0 }, rule)).toBe('in flight');
  });

  it('refuses a request read past the lag limit, however idle the loop was before', () => {
    expect(shedReason({ inFlight: 0, lagMs: 100, busyShare: 0 }, rule)).toBeUndefined();
    expect(shedReason({ inFlight: 0, lagMs: 100.5, busyShare: 0 }, rule)).toBe('lag');
  });

  it('cuts a turn short only while the loop is saturated: a lone stall on an idle loop is served', () => {
    expect(shedReason({ inFlight: 0, lagMs: 30, busyShare: 0.89 }, rule)).toBeUndefined();
    expect(shedReason({ inFlight: 0, lagMs: 30, busyShare: 0.9 }, rule)).toBe('saturated');
    expect(shedReason({ inFlight: 0, lagMs: 2.5, busyShare: 1 }, rule)).toBe('saturated');
  });

  it('always serves the first request of a turn, even on a saturated loop (the defaults too)', () => {
    for (const options of [rule, DEFAULT_LOAD_SHEDDING]) {
      expect(shedReason({ inFlight: 0, lagMs: 0, busyShare: 1 }, options)).toBeUndefined();
    }
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

  it('counts a loop that has worked without pause as saturated, and sheds what it reads late in the turn', async () => {
    const load = monitor({ maxLagMs: 60_000 });
    await nextTurn();
    expect(load.overloaded(0)).toBeUndefined();
    // Half a second of work: five busy-share windows, so the share is near 1 whatever came before.
    compute(500);
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
  const monitor: LoadMonitor = {
    signal: (othersInFlight) => ({ inFlight: othersInFlight, lagMs: 0, busyShare: 0 }),
    overloaded(othersInFlight) {
      asked.push(othersInFlight);
      return decide(othersInFlight);
    },
    timerLagMs: 0,
    stop: () => {},
  };
  return { monitor, asked };
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
