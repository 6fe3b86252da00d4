/**
 * Memory probe for the HTTP interactions endpoint under a stalled-body attack (not a test: it prints figures).
 *
 *   pnpm --filter @asylum-archive/bot exec tsx bench/stalled-connections.ts [--connections 300] [--hold 8] [--built]
 *
 * Starts HTTP mode in a child process on 127.0.0.1 (trivial handler), then opens `--connections` unsigned
 * connections that each declare a 1 MB body and send all of it but the last byte, holds them for `--hold`
 * seconds while asking /health every 100 ms, and prints the server's resident memory before and at its peak
 * (VmHWM from /proc), how many connections the server still held, and /health latency during the attack.
 * `--built` runs the bot as it is deployed instead — `node dist/main.js` (after `pnpm build`) with its real handler,
 * measured once its self-warm-up is done: the default server runs the sources through tsx, which holds ≈ 70 MB that
 * a deployment does not, so only the built server's memory says what HTTP mode itself costs.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    connections: { type: 'string', default: '300' },
    hold: { type: 'string', default: '8' },
    bytes: { type: 'string', default: String(1024 * 1024) },
    built: { type: 'boolean', default: false },
  },
});
const connections = Number(values.connections);
const holdSeconds = Number(values.hold);
const declared = Number(values.bytes);
if (![connections, holdSeconds, declared].every((value) => Number.isInteger(value) && value > 0)) {
  console.error('✖ --connections, --hold and --bytes take whole numbers above 0.');
  process.exit(2);
}

/** Resident and peak resident memory of a process, in MB, from /proc (Linux only). */
function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

// A random public key: no request of this probe is signed.
const serverEnv = {
  ...process.env,
  BOT_MODE: 'http',
  DISCORD_PUBLIC_KEY: 'ab'.repeat(32),
  DISCORD_APPLICATION_ID: '111111111111111111',
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info',
};
const botDir = fileURLToPath(new URL('..', import.meta.url));

function startServer(): Promise<{ child: ChildProcess; port: number }> {
  return values.built ? startBuiltServer() : startSourceServer();
}

/** The bench server (serve-http.ts, trivial handler) through tsx; it reports its port over IPC. */
function startSourceServer(): Promise<{ child: ChildProcess; port: number }> {
  const script = fileURLToPath(new URL('./serve-http.ts', import.meta.url));
  const child = fork(script, ['--handler=trivial'], {
    cwd: botDir,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: serverEnv,
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited early with code ${code}`)));
    child.once('message', (message) => {
      const port = (message as { port?: number }).port;
      if (port === undefined) reject(new Error('the server did not report its port'));
      else resolve({ child, port });
    });
  });
}

/**
 * The deployed bot, `node dist/main.js`: its port is in the "listening" log line, and it is ready once it logs
 * "warmed up" (its self-warm-up grows the heap, which the probe must not count as the attack's).
 */
function startBuiltServer(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: botDir,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: serverEnv,
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`the built server exited early with code ${code} (run \`pnpm build\` first)`)),
    );
    let port: number | undefined;
    // Every log line is read (and dropped) for the whole run, so the server never blocks on a full pipe.
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as { msg?: string; port?: number };
      if (entry.msg === 'listening') port = entry.port;
      if (entry.msg === 'warmed up' && port !== undefined) resolve({ child, port });
    });
  });
}

/** Opens a connection, declares `declared` bytes and sends all but the last one; resolves when written. */
function stall(port: number, state: { open: number; refused: number; answered: number }): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      state.open++;
      socket.write(
        `POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${declared}\r\n\r\n`,
      );
      // Written in 64 KB pieces so a server that stops reading holds the rest in the kernel, not here.
      const piece = Buffer.alloc(64 * 1024, 0x20);
      let left = declared - 1;
      const pump = () => {
        while (left > 0) {
          const size = Math.min(left, piece.length);
          left -= size;
          if (!socket.write(size === piece.length ? piece : piece.subarray(0, size))) {
            socket.once('drain', pump);
            return;
          }
        }
        resolve(socket);
      };
      pump();
      // A server that answers early does not need the rest: stop waiting for the drain.
      setTimeout(() => resolve(socket), 2000).unref();
    });
    socket.once('data', () => {
      state.answered++;
    });
    socket.on('error', () => {
      state.refused++;
      resolve(socket);
    });
    socket.on('close', () => {
      state.open = Math.max(0, state.open - 1);
    });
  });
}

function healthOnce(port: number): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.write('GET /health HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n');
    });
    socket.once('data', () => {
      resolve(performance.now() - started);
      socket.destroy();
    });
    socket.once('error', () => resolve(Number.NaN));
    setTimeout(() => {
      resolve(Number.POSITIVE_INFINITY);
      socket.destroy();
    }, 5000).unref();
  });
}

const { child, port } = await startServer();
const pid = child.pid as number;
await new Promise((resolve) => setTimeout(resolve, 500));
const before = memoryOf(pid);
const state = { open: 0, refused: 0, answered: 0 };
const started = performance.now();
const sockets = await Promise.all(Array.from({ length: connections }, () => stall(port, state)));
const healthMs: number[] = [];
const until = performance.now() + holdSeconds * 1000;
let peakRss = 0;
while (performance.now() < until) {
  healthMs.push(await healthOnce(port));
  peakRss = Math.max(peakRss, memoryOf(pid).rssMb);
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const after = memoryOf(pid);
const sorted = healthMs.filter((ms) => !Number.isNaN(ms)).sort((a, b) => a - b);
const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
console.log(
  `stalled-connection probe (${values.built ? 'built server: node dist/main.js, real handler' : 'sources through tsx, trivial handler'}): ${connections} unsigned connections declaring ${declared} bytes, sending all but one, held ${holdSeconds} s`,
);
console.log(
  `server RSS before ${before.rssMb.toFixed(0)} MB, peak ${Math.max(after.peakMb, peakRss).toFixed(0)} MB (VmHWM), now ${after.rssMb.toFixed(0)} MB`,
);
console.log(
  `connections still open at the end ${state.open}, answered early ${state.answered}, refused or reset ${state.refused}, set up in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(
  `/health during the attack: ${sorted.length} probes, p50 ${p(0.5).toFixed(1)} ms, p99 ${p(0.99).toFixed(1)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(1)} ms`,
);
for (const socket of sockets) socket.destroy();
child.kill('SIGTERM');
