import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer, Socket } from 'node:net';

/**
 * A real Redis for the tests that share cooldowns: the one `bash .ci/run` starts (TEST_REDIS_URL), or,
 * run by hand, a redis-server this helper starts on a free 127.0.0.1 port and stops afterwards. Without
 * either the tests fail with this message instead of passing without Redis.
 */
export const NO_REDIS =
  'These tests need a real Redis: run them through `bash .ci/run` (it starts redis-server and sets TEST_REDIS_URL), ' +
  'set TEST_REDIS_URL=redis://127.0.0.1:<port> yourself, or install redis-server (Debian: apt-get install redis-server).';

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Sends PING until Redis answers +PONG, for at most `ms`. */
async function waitForPong(port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const pong = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once('error', () => resolve(false));
      socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
      socket.once('data', (chunk: Buffer) => {
        resolve(chunk.toString('latin1').startsWith('+PONG'));
        socket.destroy();
      });
    });
    if (pong) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`redis-server did not answer PING on 127.0.0.1:${port} within ${ms} ms.`);
}

function onPath(command: string): boolean {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function useRedis(): Promise<TestRedis> {
  const given = process.env.TEST_REDIS_URL;
  if (given !== undefined && given !== '') return { url: given, stop: async () => {} };
  if (!onPath('redis-server')) throw new Error(NO_REDIS);
  const port = await freePort();
  // No persistence: nothing of these tests is written to disk.
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  await waitForPong(port, 10_000);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A closed port on 127.0.0.1: where no Redis answers. */
export const closedPort = freePort;
