import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { REST } from '@discordjs/rest';
import type { APIInteraction } from 'discord-api-types/v10';
import { deliverLate, deliverResponse, type PictureRenderer } from '../../pictures/deliver-pictures';
import { checkEnvelope } from '../shared/envelope';
import type { GuardedHandler } from '../shared/guarded-handler';
import { summarizeInteraction } from '../shared/interaction-facts';
import { deliverLateResponse } from '../shared/late-delivery';
import { type Logger, withoutRedaction } from '../shared/logger';
import { createPendingWork } from '../shared/pending-work';
import { createRequestContext } from '../shared/request-context';
import { safeErrorFields } from '../shared/safe-error';
import { createSampledLog } from '../shared/sampled-log';
import {
  createLoadMonitor,
  DEFAULT_LOAD_SHEDDING,
  type LoadMonitor,
  type LoadSheddingOptions,
  SHED_REASONS,
  type ShedReason,
} from './load-shedding';
import { multipartInteractionResponse } from './multipart-response';
import { createBodyBudget, readBody } from './read-body';
import {
  DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
  importDiscordPublicKey,
  readSignatureHeaders,
  verifySignature,
} from './signature';

/** Discord's interaction payloads are a few kilobytes; anything over 1 MB is not from Discord. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;
/** Bodies held at once across all connections (by declared length): 16 such 1-MB bodies, thousands of real ones. */
export const DEFAULT_BODY_BUDGET_BYTES = 16 * 1024 * 1024;
/** Open connections at once; Discord and a proxy in front hold a few dozen keep-alive connections. */
export const DEFAULT_MAX_CONNECTIONS = 1024;
/**
 * Connections the kernel holds for the server while it is busy (the listen backlog; Linux caps it at
 * net.core.somaxconn, 4096 by default). Node's default, 511, dropped the rest of a burst — a load balancer
 * opening connections while the loop was busy for a moment — and each dropped client retried its handshake
 * only after 1 s, then 3 s: a wait no load-shedding rule can see, since the request never reached the server.
 * Queued instead, their requests are read on the next turn, where the shedding rule answers or refuses them.
 */
export const LISTEN_BACKLOG = 4096;
/** Headers must arrive within 5 s and a whole request within 10 s; node checks both every second. */
export const HEADERS_TIMEOUT_MS = 5_000;
export const REQUEST_TIMEOUT_MS = 10_000;
const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000;
/** Rejected requests (401, 413, 503 for bodies) are counted and summarised once per this interval. */
export const DEFAULT_REJECTION_LOG_INTERVAL_MS = 60_000;

/** The one 401 answer, whatever check failed: the log (sampled) says which, the client learns nothing. */
const UNAUTHORIZED = { error: 'Invalid request signature.' };
const OVERLOADED = { error: 'The server is busy; try again in a moment.' };
/**
 * The 503 of load shedding, serialised once: under overload it is most of what the server sends. A string body
 * and a numeric content-length, as every other answer has: the first 503s of a run written with a Buffer body
 * and a string length deoptimised node's response writing (V8's --trace-deopt: `writeOrBuffer` "not a String",
 * `_storeHeader` "not a Smi", among 24 deoptimisations in one 100-ms slice at 1,000 req/s), slowing every answer
 * while it was compiled again on the server's one core.
 */
const OVERLOADED_TEXT = JSON.stringify(OVERLOADED);
const OVERLOADED_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'content-length': Buffer.byteLength(OVERLOADED_TEXT),
  'retry-after': '1',
};
const OVERLOADED_CLOSING_HEADERS = { ...OVERLOADED_HEADERS, connection: 'close' };
/**
 * The rejection log's kind for each shedding reason, built once: under overload most requests end there. A Map,
 * not an object's properties: a property read by a key V8 has not seen there before (a reason the warm-up never
 * gave) throws the request listener's compiled code away; `Map.get` does not care which key it gets.
 */
const SHED_KINDS: ReadonlyMap<ShedReason, string> = new Map(
  SHED_REASONS.map((reason) => [reason, `overloaded: ${reason}`]),
);
const SHED_FIELDS = Object.freeze({ status: 503 });

/** A request's path: its URL up to any query string. */
function pathOf(url: string | undefined): string {
  if (url === undefined) return '/';
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

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
  bodyBudgetBytes?: number;
  maxConnections?: number;
  /** How far a signature's timestamp may be from this server's clock (SIGNATURE_TOLERANCE_SECONDS). */
  signatureToleranceSeconds?: number;
  /**
   * /health adds uptime, requests in flight, deferred answers pending, event-loop lag and the 503s of load
   * shedding so far by rule (HEALTH_DETAILS).
   */
  healthDetails?: boolean;
  /** When to answer 503 at once instead of queueing (see load-shedding.ts). */
  shedding?: Partial<LoadSheddingOptions>;
  /** Where the shedding signal comes from; tests inject one to decide what the loop looks like. */
  loadMonitor?: LoadMonitor;
  rejectionLogIntervalMs?: number;
  /** Draws the pictures replies ask for; without it replies go without pictures. */
  pictures?: PictureRenderer;
  /**
   * /health answers 503 `{"status":"warming"}` until `warmedUp()` is called (the self-warm-up runs meanwhile;
   * interactions are answered all the same).
   */
  warming?: boolean;
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
  /** The self-warm-up is over: /health says ok from now on. */
  warmedUp(): void;
}

/**
 * Discord's HTTP interactions endpoint: `POST /interactions` and `GET /health`. It keeps no state
 * between requests (cooldowns aside), so any number of replicas can sit behind a load balancer.
 */
export function createInteractionsServer(options: InteractionsServerOptions): InteractionsServer {
  const publicKey = importDiscordPublicKey(options.publicKey);
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const bodyBudget = createBodyBudget(options.bodyBudgetBytes ?? DEFAULT_BODY_BUDGET_BYTES);
  const clock = {
    toleranceSeconds: options.signatureToleranceSeconds ?? DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
  };
  const { guard, logger } = options;
  const load = options.loadMonitor ?? createLoadMonitor({ ...DEFAULT_LOAD_SHEDDING, ...options.shedding });
  // A scanner sending thousands of unsigned requests gets a counter, not thousands of log lines.
  const rejections = createSampledLog({
    logger,
    level: 'warn',
    message: 'rejected requests before reading them',
    intervalMs: options.rejectionLogIntervalMs ?? DEFAULT_REJECTION_LOG_INTERVAL_MS,
  });
  // The per-request line is built here from the summary, status and timing: none of the censored paths
  // can occur in it, so it is written byte for byte as before without the redaction walk.
  const answeredLog = withoutRedaction(logger);
  const pending = createPendingWork();
  const startedAt = Date.now();
  let draining = false;
  let warming = options.warming ?? false;
  let inFlight = 0;
  // Refusals by shedding rule since the start, for /health details (the benchmark reads them per rate).
  const shedCounts = new Map<ShedReason, number>(SHED_REASONS.map((reason) => [reason, 0]));

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
    const status = draining ? 'draining' : warming ? 'warming' : 'ok';
    // Only whether the process serves; the rest describes its load, which strangers have no use for.
    const details = options.healthDetails
      ? {
          uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
          inFlight,
          deferredPending: pending.size,
          eventLoopLagMs: Math.round(load.timerLagMs),
          shedByReason: Object.fromEntries(shedCounts),
        }
      : {};
    sendJson(response, status === 'ok' ? 200 : 503, { status, ...details });
  }

  /** The request's signature headers, or what is wrong with them: read before a byte of the body. */
  function signatureHeadersOf(request: IncomingMessage) {
    const signature = request.headers['x-signature-ed25519'];
    const timestamp = request.headers['x-signature-timestamp'];
    return readSignatureHeaders(
      typeof signature === 'string' ? signature : undefined,
      typeof timestamp === 'string' ? timestamp : undefined,
      clock,
    );
  }

  /**
   * Answers without reading the body, and closes the connection as soon as the answer is written, so its unread
   * rest is not read either. Node, left to close it (`connection: close`), first resumes the request to discard
   * its body and reads on until its socket has ended: 128–196 KB of a stalled 1-MB upload where the read that
   * brought the headers held 64, each read copied into memory that is freed only at the next collection — the
   * stalled-connection probe's peak grew with the number of such early answers (the bot README's "Refusals
   * within 10 ms, and what an early 401 holds").
   */
  function refuseEarly(response: ServerResponse, status: number, body: object, kind: string) {
    rejections.note(kind, { status });
    const socket = response.socket;
    sendJson(response, status, body, { connection: 'close' });
    if (socket !== null) response.once('finish', () => socket.destroy());
  }

  async function interactions(
    request: IncomingMessage,
    response: ServerResponse,
    requestId: string,
    arrivedAt: number,
  ) {
    if (request.method !== 'POST') {
      sendJson(response, 405, { error: 'Discord sends interactions with POST.' }, { allow: 'POST' });
      return;
    }
    // Everything that can be decided from the headers is decided before a byte of the body is read (the load
    // was judged before the request was routed: see the request listener).
    const headers = signatureHeadersOf(request);
    if (typeof headers === 'string') {
      refuseEarly(response, 401, UNAUTHORIZED, `signature ${headers}`);
      return;
    }

    const reading = readBody(request, bodyLimit, bodyBudget);
    let body: Buffer;
    try {
      const read = await reading.result;
      if (!read.ok) {
        if (read.reason === 'too-large') {
          refuseEarly(response, 413, { error: `The body is larger than ${bodyLimit} bytes.` }, 'too large');
        } else if (read.reason === 'over-budget') {
          refuseEarly(response, 503, OVERLOADED, 'body budget spent');
        }
        return;
      }
      body = read.body;
      if (!verifySignature(publicKey, headers, body)) {
        refuseEarly(response, 401, UNAUTHORIZED, 'signature invalid');
        return;
      }
    } finally {
      reading.release();
    }

    // Rejections of signed requests are rare and logged with the request id.
    const log = {
      warn: (fields: object, message: string) => logger.warn({ reqId: requestId, ...fields }, message),
    };
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      log.warn({ status: 400 }, 'rejected a body that is not JSON');
      sendJson(response, 400, { error: 'The body is not valid JSON.' });
      return;
    }
    const envelope = checkEnvelope(parsed);
    if (!envelope.ok) {
      log.warn({ status: 400, problem: envelope.problem }, 'rejected JSON that is not an interaction');
      sendJson(response, 400, { error: `The body is not a Discord interaction: ${envelope.problem}.` });
      return;
    }

    const interaction: APIInteraction = envelope.interaction;
    const summary = summarizeInteraction(interaction);
    const context = createRequestContext(requestId, logger, () => ({ interaction: summary }), arrivedAt);
    const outcome = await guard.respond(interaction, context);
    // `context.logger` builds a child logger on first use; most answers have no picture to warn about.
    const delivery = await deliverResponse(options.pictures, outcome.immediate, {
      warn: (fields, message) => context.logger.warn(fields, message),
    });
    if (delivery.files.length === 0) sendJson(response, 200, delivery.response);
    else {
      const multipart = multipartInteractionResponse(delivery.response, delivery.files);
      response.writeHead(200, {
        'content-type': multipart.contentType,
        'content-length': multipart.body.length,
        ...(draining ? { connection: 'close' } : {}),
      });
      response.end(multipart.body);
    }
    answeredLog.info(
      {
        reqId: requestId,
        interaction: summary,
        status: 200,
        responseType: outcome.immediate.type,
        ms: Math.round((performance.now() - arrivedAt) * 10) / 10,
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
            late: deliverLate(options.pictures, late, context.logger),
            logger: context.logger,
          });
        })(),
      );
    }
  }

  async function route(request: IncomingMessage, response: ServerResponse) {
    const arrivedAt = performance.now();
    const requestId = randomUUID();
    inFlight += 1;
    try {
      const path = pathOf(request.url);
      if (path === '/interactions') await interactions(request, response, requestId, arrivedAt);
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

  const server = createServer(
    {
      // Slow or stuck clients cannot hold a connection for long: node checks these timeouts every
      // second (its default is every 30 s, which let a stalled upload live 30–40 s).
      headersTimeout: HEADERS_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS,
      // Idle keep-alive outlives common proxies' 60 s.
      keepAliveTimeout: 65_000,
    },
    (request, response) => {
      // The load is judged first: under overload most requests end here, so the refusal is decided and written
      // before anything else is done for them (no request id, no routing, no promise), from one prepared answer.
      if (request.method === 'POST' && pathOf(request.url) === '/interactions') {
        const shed = load.overloaded(inFlight);
        if (shed !== undefined) {
          // Not signed as Discord signs: the one 401 and a closed connection, however loaded the server is. A
          // 503 keeps its connection open for Discord's pool, and with it the unread body of a stalled upload
          // (in the stalled-connection probe, 44 of 300 connections were still open after 8 s where 401s had
          // closed every one).
          const headers = signatureHeadersOf(request);
          if (typeof headers === 'string') {
            refuseEarly(response, 401, UNAUTHORIZED, `signature ${headers}`);
            return;
          }
          rejections.note(SHED_KINDS.get(shed) as string, SHED_FIELDS);
          shedCounts.set(shed, (shedCounts.get(shed) as number) + 1);
          response.writeHead(503, draining ? OVERLOADED_CLOSING_HEADERS : OVERLOADED_HEADERS);
          response.end(OVERLOADED_TEXT);
          return;
        }
      }
      void route(request, response);
    },
  );
  server.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  // Connections still arriving under overload mean more wait in the kernel, accepted one per turn.
  server.on('connection', () => load.noteConnection());

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        server.once('error', onError);
        server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
          server.off('error', onError);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    warmedUp() {
      warming = false;
    },
    async close(graceMs) {
      draining = true;
      load.stop();
      rejections.stop();
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
