import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { REST } from '@discordjs/rest';
import type { APIInteraction } from 'discord-api-types/v10';
import type { GuardedHandler } from '../shared/guarded-handler';
import { looksLikeInteraction, summarizeInteraction } from '../shared/interaction-facts';
import { deliverLateResponse } from '../shared/late-delivery';
import { type Logger, withoutRedaction } from '../shared/logger';
import { createPendingWork } from '../shared/pending-work';
import { createRequestContext } from '../shared/request-context';
import { safeErrorFields } from '../shared/safe-error';
import { readBody } from './read-body';
import { checkSignature, importDiscordPublicKey } from './signature';

/** Discord's interaction payloads are a few kilobytes; anything over 1 MB is not from Discord. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

export interface InteractionsServerOptions {
  guard: GuardedHandler;
  /** DISCORD_PUBLIC_KEY: 64 hex characters. */
  publicKey: string;
  /** DISCORD_APPLICATION_ID: deferred answers are sent to this application's interaction webhook. */
  applicationId: string;
  /** Sends deferred answers; webhook routes use the interaction token, so no bot token is needed. */
  rest: REST;
  logger: Logger;
  bodyLimitBytes?: number;
}

export interface InteractionsServer {
  readonly server: Server;
  /** Starts listening; resolves with the bound address (port 0 picks a free one). */
  listen(port: number, host: string): Promise<AddressInfo>;
  /**
   * Graceful stop: refuse new connections, report 503 on /health, let requests in flight and deferred
   * answers finish for up to `graceMs`, then cut what is left. Resolves true when nothing was cut.
   */
  close(graceMs: number): Promise<boolean>;
}

/**
 * Discord's HTTP interactions endpoint: `POST /interactions` and `GET /health`. It keeps no state
 * between requests (cooldowns aside), so any number of replicas can sit behind a load balancer.
 */
export function createInteractionsServer(options: InteractionsServerOptions): InteractionsServer {
  const publicKey = importDiscordPublicKey(options.publicKey);
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const { guard, logger } = options;
  // The per-request line is built here from the summary, status and timing: none of the censored paths
  // can occur in it, so it is written byte for byte as before without the redaction walk.
  const answeredLog = withoutRedaction(logger);
  const pending = createPendingWork();
  const startedAt = Date.now();
  let draining = false;
  let inFlight = 0;

  function sendJson(
    response: ServerResponse,
    status: number,
    body: object,
    extraHeaders: Record<string, string> = {},
  ) {
    const text = JSON.stringify(body);
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      // While draining, clients must not reuse the connection: it is about to close.
      ...(draining ? { connection: 'close' } : {}),
      ...extraHeaders,
    });
    response.end(text);
  }

  function health(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendJson(response, 405, { error: 'Use GET /health.' }, { allow: 'GET, HEAD' });
      return;
    }
    sendJson(response, draining ? 503 : 200, {
      status: draining ? 'draining' : 'ok',
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      inFlight,
      deferredPending: pending.size,
    });
  }

  async function interactions(request: IncomingMessage, response: ServerResponse, requestId: string) {
    if (request.method !== 'POST') {
      sendJson(response, 405, { error: 'Discord sends interactions with POST.' }, { allow: 'POST' });
      return;
    }
    // Rejections are rare and logged with the request id; the happy path logs one line at the end.
    const log = {
      warn: (fields: object, message: string) => logger.warn({ reqId: requestId, ...fields }, message),
    };
    const started = performance.now();
    const read = await readBody(request, bodyLimit);
    if (!read.ok) {
      if (read.reason === 'too-large') {
        log.warn({ status: 413, limitBytes: bodyLimit }, 'rejected an oversized body');
        sendJson(
          response,
          413,
          { error: `The body is larger than ${bodyLimit} bytes.` },
          { connection: 'close' },
        );
      }
      return;
    }

    const signature = request.headers['x-signature-ed25519'];
    const timestamp = request.headers['x-signature-timestamp'];
    const check = checkSignature(
      publicKey,
      typeof signature === 'string' ? signature : undefined,
      typeof timestamp === 'string' ? timestamp : undefined,
      read.body,
    );
    if (check !== 'valid') {
      log.warn({ status: 401, signatureCheck: check }, 'rejected a request without a valid signature');
      sendJson(response, 401, { error: `The request signature is ${check}.` });
      return;
    }

    let parsed: unknown;
    try {
      parsed = JSON.parse(read.body.toString('utf8'));
    } catch {
      log.warn({ status: 400 }, 'rejected a body that is not JSON');
      sendJson(response, 400, { error: 'The body is not valid JSON.' });
      return;
    }
    if (!looksLikeInteraction(parsed)) {
      log.warn({ status: 400 }, 'rejected JSON that is not an interaction');
      sendJson(response, 400, { error: 'The body is not a Discord interaction.' });
      return;
    }

    const interaction: APIInteraction = parsed;
    const summary = summarizeInteraction(interaction);
    const context = createRequestContext(requestId, logger, () => ({ interaction: summary }));
    const outcome = await guard.respond(interaction, context);
    sendJson(response, 200, outcome.immediate);
    answeredLog.info(
      {
        reqId: requestId,
        interaction: summary,
        status: 200,
        responseType: outcome.immediate.type,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'answered interaction',
    );

    const late = outcome.late;
    if (late !== undefined) {
      pending.track(
        (async () => {
          // The edit must reach Discord after the deferral; wait until the response has left.
          await new Promise((resolve) => response.once('close', resolve));
          await deliverLateResponse({
            rest: options.rest,
            applicationId: options.applicationId,
            interaction,
            late,
            logger: context.logger,
          });
        })(),
      );
    }
  }

  async function route(request: IncomingMessage, response: ServerResponse) {
    const requestId = randomUUID();
    inFlight += 1;
    try {
      const path = (request.url ?? '/').split('?', 1)[0];
      if (path === '/interactions') await interactions(request, response, requestId);
      else if (path === '/health') health(request, response);
      else
        sendJson(response, 404, { error: 'Not found. Discord posts to /interactions; probes use /health.' });
    } catch (error) {
      logger.error({ reqId: requestId, err: safeErrorFields(error) }, 'request failed');
      if (!response.headersSent)
        sendJson(response, 500, { error: `Internal error. Reference: ${requestId}` });
      else response.destroy();
    } finally {
      inFlight -= 1;
    }
  }

  const server = createServer((request, response) => {
    void route(request, response);
  });
  // Slow or stuck clients cannot hold a connection for long; idle keep-alive outlives common proxies' 60 s.
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  server.keepAliveTimeout = 65_000;

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    async close(graceMs) {
      draining = true;
      const deadline = Date.now() + graceMs;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const connectionsDone = await Promise.race([
        closed.then(() => true),
        new Promise<false>((resolve) => {
          timer = setTimeout(() => resolve(false), graceMs);
        }),
      ]);
      clearTimeout(timer);
      const lateDone = await pending.drain(Math.max(0, deadline - Date.now()));
      if (!connectionsDone) {
        server.closeAllConnections();
        await closed;
      }
      return connectionsDone && lateDone;
    },
  };
}
