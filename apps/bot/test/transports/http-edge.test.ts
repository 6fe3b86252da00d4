import { connect, type Socket } from 'node:net';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import type { InteractionHandler } from '../../src/transports/shared/interaction-handler';
import { generateTestKeys, signBody } from './support/ed25519';
import { type EdgeServerExtra, startEdgeServer } from './support/edge-server';
import { send } from './support/http-client';
import {
  autocompleteInteraction,
  commandInteraction,
  echoHandler,
  messageResponse,
  pingInteraction,
} from './support/interactions';

/**
 * The endpoint as an attacker and a load tester meet it: what it refuses before reading a body, what it
 * refuses before any handler runs, and what it answers at once when it cannot keep up. Real server on
 * 127.0.0.1, real Ed25519 keys generated here; Discord's REST API is not contacted by these tests.
 */
const keys = generateTestKeys();
const closers: Array<() => Promise<unknown>> = [];

afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const start = (handler: InteractionHandler = echoHandler, extra: EdgeServerExtra = {}) =>
  startEdgeServer(keys, closers, handler, extra);

const nowSeconds = () => String(Math.floor(Date.now() / 1000));

function signed(body: string, timestamp = nowSeconds()): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': signBody(keys, timestamp, body),
    'x-signature-timestamp': timestamp,
  };
}

const post = (port: number, body: string, headers: Record<string, string>) =>
  send(port, { path: '/interactions', headers, body });

/** A raw connection; resolves with everything the server wrote once it closes the connection or after `ms`. */
function rawExchange(port: number, write: (socket: Socket) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const socket = connect({ host: '127.0.0.1', port }, () => write(socket));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    socket.on('error', (error) => (received === '' ? reject(error) : resolve(received)));
    socket.on('close', () => resolve(received));
    closers.push(async () => socket.destroy());
  });
}

/** Resolves with the first response's status line and body as soon as one has arrived. */
function firstResponse(port: number, write: (socket: Socket) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const socket = connect({ host: '127.0.0.1', port }, () => write(socket));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n\r\n')) resolve(received);
    });
    socket.on('error', reject);
    closers.push(async () => socket.destroy());
  });
}

describe('refused before a byte of the body is read', () => {
  it('answers 401 to a request whose signature headers are missing while its declared 1 MB body never comes', async () => {
    const { port } = await start();
    const head = await firstResponse(port, (socket) =>
      socket.write(
        'POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1048576\r\n\r\n',
      ),
    );
    expect(head).toMatch(/^HTTP\/1\.1 401 /);
    expect(head.toLowerCase()).toContain('connection: close');
  });

  it('reads no more of an unsigned upload once its 401 is written than the one read that brought its headers', async () => {
    const { port, server } = await start();
    const read = new Promise<number>((resolve) =>
      server.once('connection', (socket: Socket) => socket.once('close', () => resolve(socket.bytesRead))),
    );
    const head = Buffer.from(
      'POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1048576\r\n\r\n',
    );
    // The head and half the declared body in one write: the kernel holds whatever the server does not read.
    const answer = await rawExchange(port, (socket) =>
      socket.write(Buffer.concat([head, Buffer.alloc(512 * 1024, 0x20)])),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    // Node reads a socket 64 KiB at a time. Left to close the connection itself, it read on to discard the body.
    expect(await read).toBeLessThanOrEqual(64 * 1024);
  });

  it('answers 401 to a stale signature header without waiting for the body', async () => {
    const { port } = await start();
    const head = await firstResponse(port, (socket) =>
      socket.write(
        `POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 1048576\r\nx-signature-ed25519: ${'ab'.repeat(64)}\r\nx-signature-timestamp: 0\r\n\r\n`,
      ),
    );
    expect(head).toMatch(/^HTTP\/1\.1 401 /);
  });

  it('refuses with 503 a body that would take the server over its budget of bodies held at once', async () => {
    const { port } = await start(echoHandler, { bodyBudgetBytes: 64 * 1024 });
    const fresh = `x-signature-ed25519: ${'ab'.repeat(64)}\r\nx-signature-timestamp: ${nowSeconds()}\r\n`;
    const stalled = (bytes: number) => (socket: Socket) =>
      socket.write(
        `POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: ${bytes}\r\n${fresh}\r\n${' '.repeat(100)}`,
      );
    // The first upload stalls holding 40 KB of the budget; the second would need 40 KB more.
    void rawExchange(port, stalled(40 * 1024));
    await send(port, { method: 'GET', path: '/health' });
    const head = await firstResponse(port, stalled(40 * 1024));
    expect(head).toMatch(/^HTTP\/1\.1 503 /);
  });

  it('checks the header timeout every second, not every 30: an unfinished request head gets 408 after ~5 s', async () => {
    const { port } = await start(echoHandler, { maxConnections: 7 });
    // Headers that never finish: node answers 408 and closes once headersTimeout (5 s) has passed, checked
    // every second; with node's default 30-s check the test's own timeout (15 s) would end it first.
    const answer = await rawExchange(port, (socket) =>
      socket.write('POST /interactions HTTP/1.1\r\nhost: 127'),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  }, 15_000);

  it('refuses connections beyond maxConnections', async () => {
    const { port } = await start(echoHandler, { maxConnections: 2 });
    const held = [0, 1].map(() => rawExchange(port, (socket) => socket.write('GET /health HTTP/1.1\r\n')));
    void held;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const third = await rawExchange(port, (socket) =>
      socket.write('GET /health HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n'),
    ).catch(() => '');
    expect(third).toBe('');
  });
});

describe('one generic 401, sampled in the log', () => {
  it('gives the same 401 body whichever check failed: missing, malformed, stale, another key, tampered', async () => {
    const { port, calls } = await start();
    const body = JSON.stringify(pingInteraction());
    const good = signed(body);
    const stranger = generateTestKeys();
    const attempts: Array<Record<string, string>> = [
      {},
      { 'x-signature-ed25519': 'zz'.repeat(64), 'x-signature-timestamp': nowSeconds() },
      signed(body, String(Number(nowSeconds()) - 3600)),
      {
        'x-signature-ed25519': signBody(stranger, nowSeconds(), body),
        'x-signature-timestamp': nowSeconds(),
      },
    ];
    const bodies = new Set<string>();
    for (const headers of attempts) {
      const result = await post(port, body, headers);
      expect(result.status).toBe(401);
      bodies.add(result.text);
    }
    const tampered = await post(port, body.replace('"type":1', '"type": 1'), good);
    expect(tampered.status).toBe(401);
    bodies.add(tampered.text);
    expect([...bodies]).toEqual([JSON.stringify({ error: 'Invalid request signature.' })]);
    expect(calls()).toBe(0);
  });

  it('refuses replays: a validly signed request an hour old, a year ahead or at time 0', async () => {
    const { port, calls } = await start();
    const body = JSON.stringify(pingInteraction());
    const now = Number(nowSeconds());
    for (const timestamp of [now - 3600, now + 365 * 24 * 3600, 0]) {
      const result = await post(port, body, signed(body, String(timestamp)));
      expect(result.status).toBe(401);
    }
    expect(calls()).toBe(0);
    expect((await post(port, body, signed(body))).status).toBe(200);
  });

  it('honours a configured tolerance', async () => {
    const { port } = await start(echoHandler, { signatureToleranceSeconds: 30 });
    const body = JSON.stringify(pingInteraction());
    const result = await post(port, body, signed(body, String(Number(nowSeconds()) - 60)));
    expect(result.status).toBe(401);
  });

  it('writes one line for the first 401 and a counted summary per interval, not a line per request', async () => {
    const { port, logs, close } = await start(echoHandler, { rejectionLogIntervalMs: 60_000 });
    const body = JSON.stringify(pingInteraction());
    for (let request = 0; request < 60; request++) await post(port, body, {});
    const rejectedLines = () =>
      logs.lines().filter((line) => line.status === 401 || line.byKind !== undefined);
    expect(rejectedLines()).toHaveLength(1);
    // Stopping writes the summary of the interval so far (as the interval timer does every minute).
    await close();
    const summaries = logs.lines().filter((line) => line.byKind !== undefined);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({
      count: 59,
      byKind: { 'signature missing': 59 },
      intervalSeconds: 60,
    });
  });

  it('writes the summary when the interval ends', async () => {
    const { port, logs } = await start(echoHandler, { rejectionLogIntervalMs: 200 });
    const body = JSON.stringify(pingInteraction());
    for (let request = 0; request < 3; request++) await post(port, body, {});
    while (!logs.lines().some((line) => line.byKind !== undefined)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const counted = logs
      .lines()
      .reduce(
        (sum, line) =>
          sum + Number((line.byKind as Record<string, number> | undefined)?.['signature missing'] ?? 0),
        0,
      );
    expect(counted).toBeGreaterThanOrEqual(1);
    expect(counted).toBeLessThanOrEqual(2);
  });
});

describe('/health', () => {
  it('says only whether the process serves, unless details are switched on', async () => {
    const plain = await start();
    const health = await send(plain.port, { method: 'GET', path: '/health' });
    expect(health.json).toEqual({ status: 'ok' });
    const detailed = await start(echoHandler, { healthDetails: true });
    const more = await send(detailed.port, { method: 'GET', path: '/health' });
    expect(more.json).toMatchObject({
      status: 'ok',
      uptimeSeconds: expect.any(Number),
      inFlight: expect.any(Number),
      deferredPending: 0,
      eventLoopLagMs: expect.any(Number),
    });
  });
});

describe('the envelope is checked before any handler runs', () => {
  const command = () => JSON.parse(JSON.stringify(commandInteraction('echo'))) as Record<string, unknown>;
  const malformed: Array<[string, () => unknown]> = [
    ['"data": null', () => ({ ...command(), data: null })],
    ['a non-string custom_id', () => ({ ...command(), type: 3, data: { custom_id: 42, component_type: 2 } })],
    ['"member": {"user": null}', () => ({ ...command(), user: undefined, member: { user: null } })],
    ['no user at all', () => ({ ...command(), user: undefined })],
    ['an unknown interaction type', () => ({ ...command(), type: 99 })],
    [
      'a modal, which this bot never opens',
      () => ({ ...command(), type: 5, data: { custom_id: 'x', components: [] } }),
    ],
    [
      'options that are not a list',
      () => ({ ...command(), data: { ...(command().data as object), options: {} } }),
    ],
    [
      'an option value that is an object',
      () => ({
        ...command(),
        data: {
          id: '1',
          name: 'echo',
          type: 1,
          options: [{ name: 'query', type: 3, value: { toString: 1 } }],
        },
      }),
    ],
  ];
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    malformed.push([
      `an option named ${name}`,
      () => ({
        ...command(),
        data: { id: '1', name: 'search', type: 1, options: [{ name, type: 3, value: 'x' }] },
      }),
    ]);
  }

  for (const [label, build] of malformed) {
    it(`answers 400, never 500 and never the handler, for ${label}`, async () => {
      const { port, calls } = await start();
      const body = JSON.stringify(build());
      const result = await post(port, body, signed(body));
      expect(result.status).toBe(400);
      expect(result.json).toMatchObject({
        error: expect.stringMatching(/^The body is not a Discord interaction: .+\.$/),
      });
      expect(calls()).toBe(0);
    });
  }

  it('enforces the query length the bot declares to Discord (max_length 200)', async () => {
    const { port, calls } = await start();
    const long = JSON.stringify(commandInteraction('search', undefined, `outlet:x ${'y'.repeat(200)}`));
    const refused = await post(port, long, signed(long));
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ error: expect.stringContaining('200 characters') });
    const typed = JSON.stringify(autocompleteInteraction('search', undefined, 'z'.repeat(201)));
    expect((await post(port, typed, signed(typed))).status).toBe(400);
    expect(calls()).toBe(0);
    const fits = JSON.stringify(commandInteraction('search', undefined, 'y'.repeat(200)));
    expect((await post(port, fits, signed(fits))).status).toBe(200);
  });

  it('still answers every well-formed interaction of a handled type', async () => {
    const { port } = await start();
    for (const interaction of [
      pingInteraction(),
      commandInteraction('echo'),
      autocompleteInteraction('person'),
    ]) {
      const body = JSON.stringify(interaction);
      expect((await post(port, body, signed(body))).status).toBe(200);
    }
  });
});

describe('shedding load instead of queueing past Discord’s deadline', () => {
  it('lets the kernel queue a burst of connections that arrives while the loop is busy, instead of dropping the excess', async () => {
    const { port } = await start(echoHandler, { maxConnections: 2_000 });
    // More than node's default listen backlog (511): the kernel dropped the handshakes past it, and those
    // clients only retried a second later, a wait no shedding rule inside the server can see.
    const burst = 700;
    let connected = 0;
    const sockets = Array.from({ length: burst }, () =>
      connect({ host: '127.0.0.1', port })
        .on('connect', () => {
          connected += 1;
        })
        .on('error', () => {}),
    );
    closers.unshift(async () => {
      for (const socket of sockets) socket.destroy();
    });
    // The connect calls go out on the next tick; then the loop stays busy while the kernel takes them in.
    await new Promise((resolve) => process.nextTick(resolve));
    await new Promise((resolve) => process.nextTick(resolve));
    const until = performance.now() + 50;
    while (performance.now() < until) {
      // busy, as a search is
    }
    // Once the loop comes back, every handshake has completed: none waits for a retry.
    for (let turn = 0; turn < 4; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(connected).toBe(burst);
  });

  it('answers 503 at once, with retry-after, while requests in flight are at the watermark', async () => {
    let release: (response: APIInteractionResponse) => void = () => {};
    let entered = false;
    const slow: InteractionHandler = () =>
      new Promise((resolve) => {
        entered = true;
        release = resolve;
      });
    const { port } = await start(slow, { shedding: { maxInFlight: 1 } });
    const first = JSON.stringify(commandInteraction('echo'));
    const held = post(port, first, signed(first));
    while (!entered) await new Promise((resolve) => setTimeout(resolve, 10));
    const second = JSON.stringify(commandInteraction('echo'));
    const shed = await post(port, second, signed(second));
    expect(shed.status).toBe(503);
    expect(shed.headers['retry-after']).toBe('1');
    release(messageResponse('done'));
    expect((await held).status).toBe(200);
  });

  it('answers 503 to what arrived while the event loop was blocked past the lag watermark', async () => {
    // This handler computes for 600 ms without yielding, as a CPU-bound search does.
    const blocking: InteractionHandler = async (interaction) => {
      const until = performance.now() + 600;
      while (performance.now() < until) {
        // busy
      }
      return echoHandler(interaction);
    };
    const { port } = await start(blocking, { shedding: { maxLagMs: 50 } });
    const request = (interaction: unknown) => {
      const body = JSON.stringify(interaction);
      const head = Object.entries(signed(body)).map(([name, value]) => `${name}: ${value}\r\n`);
      return Buffer.from(
        `POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${head.join('')}\r\n${body}`,
      );
    };
    const blocked = request(commandInteraction('echo'));
    const queued = request(commandInteraction('echo'));
    const split = queued.indexOf('\r\n\r\n');
    let first: Socket | undefined;
    let second: Socket | undefined;
    const firstAnswer = firstResponse(port, (socket) => {
      first = socket;
    });
    // The second request's head stops one byte short, so the server has not seen it yet.
    const secondAnswer = firstResponse(port, (socket) => {
      second = socket;
      socket.write(queued.subarray(0, split));
    });
    while (first === undefined || second === undefined)
      await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Both arrive together; the first blocks the loop, so the second has waited 600 ms when it is read.
    first.write(blocked);
    second.write(queued.subarray(split));
    expect(await firstAnswer).toMatch(/^HTTP\/1\.1 200 /);
    expect(await secondAnswer).toMatch(/^HTTP\/1\.1 503 /);
  });
});
