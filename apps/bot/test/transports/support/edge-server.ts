import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createInteractionsServer,
  type InteractionsServerOptions,
} from '../../../src/transports/http/interactions-server';
import { createDiscordRest } from '../../../src/transports/shared/discord-rest';
import { createGuardedHandler } from '../../../src/transports/shared/guarded-handler';
import type { InteractionHandler } from '../../../src/transports/shared/interaction-handler';
import { type CapturedLogs, captureLogs } from './captured-logs';
import type { TestKeys } from './ed25519';
import { APPLICATION_ID } from './interactions';

export type EdgeServerExtra = Partial<
  Omit<InteractionsServerOptions, 'guard' | 'publicKey' | 'applicationId' | 'rest' | 'logger'>
>;

export interface EdgeServer {
  port: number;
  /** Node's server underneath (its connections, for what it read from each). */
  server: Server;
  logs: CapturedLogs;
  /** How many interactions reached the handler. */
  calls: () => number;
  close: () => Promise<boolean>;
}

/**
 * The HTTP endpoint on 127.0.0.1 with a port of its own, no cooldown, a handler whose calls are counted and
 * Discord's REST API out of reach. Time-based shedding is off unless `extra.shedding` turns it on: a test
 * process starved of CPU by a busy machine must not get 503s. `closers` gets the server's close.
 */
export async function startEdgeServer(
  keys: TestKeys,
  closers: Array<() => Promise<unknown>>,
  handler: InteractionHandler,
  extra: EdgeServerExtra = {},
): Promise<EdgeServer> {
  const logs = captureLogs();
  let calls = 0;
  const server = createInteractionsServer({
    guard: createGuardedHandler({
      handleInteraction: (interaction) => {
        calls += 1;
        return handler(interaction);
      },
      cooldownMs: 0,
    }),
    publicKey: keys.publicKeyHex,
    applicationId: APPLICATION_ID,
    rest: createDiscordRest(undefined, { api: 'http://127.0.0.1:9', retries: 0 }),
    logger: logs.logger,
    ...extra,
    shedding: {
      maxLagMs: 10_000,
      saturatedLagMs: 10_000,
      standingLagMs: 10_000,
      acceptingLagMs: 10_000,
      ...extra.shedding,
    },
  });
  const address: AddressInfo = await server.listen(0, '127.0.0.1');
  closers.push(() => server.close(200));
  return {
    port: address.port,
    server: server.server,
    logs,
    calls: () => calls,
    close: () => server.close(200),
  };
}
