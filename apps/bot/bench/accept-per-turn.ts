/**
 * How many waiting connections node accepts per turn of its event loop (not a test: it prints what it sees).
 *
 *   pnpm exec tsx bench/accept-per-turn.ts [--connections 300]
 *
 * Opens the connections while the server's loop is blocked, so the kernel completes their handshakes and queues
 * them for accept(), then lets the loop go and counts the turns in which they are accepted. Node 20's libuv
 * (≥ 1.45, libuv pull request #3696) accepts one connection per turn and relies on the next poll for the rest:
 * a burst of new connections leaves the kernel's accept queue only as fast as the loop turns. Under load a turn
 * lasts milliseconds, so a proxy that opens hundreds of connections at once has its requests wait there — where
 * no load-shedding rule in the process can see them — for a second or more (see the bot README's load section).
 */
import { connect, createServer, type Socket } from 'node:net';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { connections: { type: 'string', default: '300' } },
});
const count = Number(values.connections);
if (!Number.isInteger(count) || count < 1) {
  console.error('✖ --connections takes a whole number above 0.');
  process.exit(2);
}

let turn = 0;
let counting = false;
const turnOfAccept: number[] = [];
const server = createServer((socket) => {
  turnOfAccept.push(turn);
  socket.destroy();
  // A turn ends in the loop's check phase, where immediates run.
  if (!counting) {
    counting = true;
    setImmediate(() => {
      turn += 1;
      counting = false;
    });
  }
});
await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, resolve));
const { port } = server.address() as { port: number };

const clients: Socket[] = [];
for (let index = 0; index < count; index++) {
  clients.push(connect({ port, host: '127.0.0.1' }).on('error', () => {}));
}
// The connect calls go out on the next tick; then the loop is blocked while the kernel queues them all.
await new Promise((resolve) => process.nextTick(resolve));
const until = performance.now() + 300;
while (performance.now() < until) {
  // blocked, as a busy server is
}
const deadline = performance.now() + 10_000;
while (turnOfAccept.length < count && performance.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 10));
}
const turns = new Set(turnOfAccept).size;
const mostInOneTurn = Math.max(
  ...Array.from(new Set(turnOfAccept), (which) => turnOfAccept.filter((seen) => seen === which).length),
);
console.log(
  `node ${process.version} (libuv ${process.versions.uv}): ${turnOfAccept.length} of ${count} connections queued while the loop was blocked were accepted over ${turns} turns of the loop, at most ${mostInOneTurn} in one turn`,
);
for (const client of clients) client.destroy();
server.close();
