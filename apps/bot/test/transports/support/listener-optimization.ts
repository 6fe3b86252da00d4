/**
 * Run by self-warm-up.test.ts as `node --allow-natives-syntax --import tsx listener-optimization.ts`: after the
 * self-warm-up, asks V8 whether the real server's request listener, compiled by TurboFan on what the warm-up
 * taught it, stays compiled through its own first refusals (503) or is thrown back to the interpreter
 * (deoptimised). Real servers on loopback, real Ed25519 signatures; prints one JSON line.
 */
import { Agent } from 'node:http';
import { commandDefinitions } from '../../../src/index';
import { createInteractionsServer } from '../../../src/transports/http/interactions-server';
import { post as postSigned, warmUp } from '../../../src/transports/http/self-warm-up';
import { createDiscordRest } from '../../../src/transports/shared/discord-rest';
import { createGuardedHandler } from '../../../src/transports/shared/guarded-handler';
import type { InteractionHandler } from '../../../src/transports/shared/interaction-handler';
import { captureLogs } from './captured-logs';
import { generateTestKeys } from './ed25519';
import { APPLICATION_ID, commandInteraction, echoHandler } from './interactions';

// V8's test intrinsics, behind --allow-natives-syntax; written in strings so the TypeScript transform never sees them.
const natives = (body: string) => new Function('f', body) as (f: unknown) => number;
const prepareForOptimization = natives('%PrepareFunctionForOptimization(f)');
const optimizeOnNextCall = natives('%OptimizeFunctionOnNextCall(f)');
const optimizationStatus = natives('return %GetOptimizationStatus(f)');
/** V8's OptimizationStatus bit for "running TurboFan code" (src/runtime/runtime.h). */
const TURBOFANNED = 1 << 6;

// Each answer keeps the loop busy for 3 ms, as a search does: what is read behind it in a turn is refused.
const busy: InteractionHandler = async (interaction) => {
  const until = performance.now() + 3;
  while (performance.now() < until) {
    // Synchronous work, as the pure layer's.
  }
  return echoHandler(interaction);
};
const { logger } = captureLogs();
const warm = await warmUp({
  handleInteraction: busy,
  commands: commandDefinitions,
  texts: ['Asylum seekers wait in Juarez', 'Judge denies claim of Honduran family'],
  requests: 400,
  cooldownMs: 0,
  logger,
});

// The real server, with its own key, shedding as an overloaded one does: all but a turn's first request.
const keys = generateTestKeys();
const guard = createGuardedHandler({ handleInteraction: busy, cooldownMs: 0 });
const interactions = createInteractionsServer({
  guard,
  publicKey: keys.publicKeyHex,
  applicationId: APPLICATION_ID,
  rest: createDiscordRest(undefined, { api: 'http://127.0.0.1:9/api' }),
  logger,
  shedding: {
    maxInFlight: Number.POSITIVE_INFINITY,
    maxLagMs: Number.POSITIVE_INFINITY,
    standingQueueMs: 0,
    saturatedLagMs: 0,
    standingLagMs: 0,
    acceptingLagMs: 0,
  },
});
const { port } = await interactions.listen(0, '127.0.0.1');
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

const post = () =>
  postSigned(agent, port, keys.privateKey, JSON.stringify(commandInteraction('search', undefined, 'asylum')));

// Its connections open, one request at a time: all answered.
const opened = await Promise.all(Array.from({ length: 8 }, post));
const listener = interactions.server.listeners('request')[0];
prepareForOptimization(listener);
optimizeOnNextCall(listener);
const first = await post();
const compiled = (optimizationStatus(listener) & TURBOFANNED) !== 0;

// Bursts over the open connections, read in one turn: the first answered, the rest refused.
const statuses: number[] = [];
for (let round = 0; round < 20 && !statuses.includes(503); round++)
  statuses.push(...(await Promise.all(Array.from({ length: 8 }, post))));
const stillCompiled = (optimizationStatus(listener) & TURBOFANNED) !== 0;

agent.destroy();
await interactions.close(1_000);
await guard.close();
console.log(
  JSON.stringify({
    warmUpRefused: warm.refused,
    opened: [...new Set(opened)],
    first,
    compiled,
    refused: statuses.filter((status) => status === 503).length,
    stillCompiled,
  }),
);
