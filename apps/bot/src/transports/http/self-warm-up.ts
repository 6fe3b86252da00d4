import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIApplicationCommandOption,
  ApplicationCommandType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { createDiscordRest } from '../shared/discord-rest';
import { createGuardedHandler } from '../shared/guarded-handler';
import type { InteractionHandler } from '../shared/interaction-handler';
import type { Logger } from '../shared/logger';
import { createInteractionsServer } from './interactions-server';
import type { LoadSheddingOptions } from './load-shedding';
import { autocompleteBody, searchBody } from './synthetic-interactions';

/**
 * A replica's self-warm-up: before its `/health` says ok, the process answers synthetic interactions through
 * its own HTTP path — node's parser, the signature check, the envelope, the guard, the pure layer, the
 * response — so that V8 has compiled the paths a replica in service runs before a load balancer sends it
 * traffic. A replica that went straight into service compiled them under load instead, on its one core: in
 * the benchmark's cold start (`--warm-seconds 0`) it refused 590 of 5,000 requests at 1,000/s, 412 of them in
 * the first second, where one that had served first refused none or a few.
 *
 * Nothing leaves the process: the interactions go over loopback to a second server of the same code on a port
 * of its own, signed with a key pair made for the warm-up and dropped after it (the real server accepts only
 * Discord's key), with a guard of its own (its cooldowns in memory, never in Redis) that never defers, so no
 * answer is ever sent to Discord.
 *
 * What it sends: `/search` with words of the archive's own article titles, and every autocompleted option of
 * every command with prefixes of those words, over several connections at once, so that turns of the loop
 * hold several requests (paths a one-at-a-time warm-up never takes: the load monitor's, node's HTTP
 * internals'). The last WARM_UP_SHED_SHARE of them go to two more such servers in turn that refuse, as an
 * overloaded one does, every request read after a turn's first, so that the 503 path is compiled as well as the
 * answers. The benchmark's queries are not among them.
 */

/**
 * The warm-up stops after this long whatever it has sent: a replica that cannot finish it (a starved core)
 * goes into service anyway. 6,000 interactions took ≈ 5 s on a core that answers ≈ 1,760/s.
 */
export const WARM_UP_MAX_MS = 15_000;
/** Requests in flight at once: turns of the loop then read several. */
export const WARM_UP_CONNECTIONS = 8;
/**
 * The warm-up's guard defers nothing within this (its answers are never late, so none is sent to Discord);
 * past the warm-up's own bound, so it never comes into play.
 */
const NEVER_DEFER_MS = 2 * WARM_UP_MAX_MS;
const NEVER_SHED: Partial<LoadSheddingOptions> = {
  maxInFlight: Number.POSITIVE_INFINITY,
  maxLagMs: Number.POSITIVE_INFINITY,
  saturatedLagMs: Number.POSITIVE_INFINITY,
  standingLagMs: Number.POSITIVE_INFINITY,
  acceptingLagMs: Number.POSITIVE_INFINITY,
};
/**
 * The share of the warm-up sent to a server that sheds as an overloaded one does: every request read after a
 * turn's first gets 503 (the queue counts as standing from the start, and turns are cut at once). A warm-up
 * that never refused left the refusal path cold: V8 compiled the request listener without it and threw that
 * code away at the first 503 under load, then compiled it again on the server's one core just then.
 */
export const WARM_UP_SHED_SHARE = 0.2;
const SHED_ALL_BUT_FIRST: Partial<LoadSheddingOptions> = {
  maxInFlight: Number.POSITIVE_INFINITY,
  maxLagMs: Number.POSITIVE_INFINITY,
  standingQueueMs: 0,
  saturatedLagMs: 0,
  standingLagMs: 0,
  acceptingLagMs: 0,
};

export interface WarmUpOptions {
  /** The pure layer the real server answers with (the same instance, so the same compiled code). */
  handleInteraction: InteractionHandler;
  /** The commands as registered with Discord: their autocompleted options are warmed. */
  commands: readonly RESTPostAPIApplicationCommandsJSONBody[];
  /** Text the synthetic queries are cut from (the archive's article titles). */
  texts: readonly string[];
  requests: number;
  cooldownMs: number;
  logger: Logger;
  /** The warm-up's bound (WARM_UP_MAX_MS) and its clock; tests pass their own. */
  maxMs?: number;
  now?: () => number;
}

export interface WarmUpReport {
  /** Interactions sent, and how they were answered. */
  sent: number;
  answered: number;
  refused: number;
  failed: number;
  ms: number;
  /** Whether the time bound stopped it before it had sent `requests`. */
  timedOut: boolean;
}

/** A command option Discord autocompletes: where an autocomplete interaction can be aimed. */
interface AutocompleteTarget {
  command: string;
  option: string;
}

function autocompleteTargets(
  commands: readonly RESTPostAPIApplicationCommandsJSONBody[],
): AutocompleteTarget[] {
  const targets: AutocompleteTarget[] = [];
  for (const command of commands) {
    if (command.type !== undefined && command.type !== ApplicationCommandType.ChatInput) continue;
    const options: readonly APIApplicationCommandOption[] = command.options ?? [];
    for (const option of options) {
      if ('autocomplete' in option && option.autocomplete === true)
        targets.push({ command: command.name, option: option.name });
    }
  }
  return targets;
}

/** Distinct words of three letters or more, in the order the texts give them. */
function wordsOf(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length >= 3) words.add(word);
  }
  return [...words];
}

/** The synthetic interactions, as JSON bodies: even positions autocomplete, odd ones `/search`. */
export function warmUpBodies(
  commands: readonly RESTPostAPIApplicationCommandsJSONBody[],
  texts: readonly string[],
  count: number,
): string[] {
  const targets = autocompleteTargets(commands);
  const words = wordsOf(texts);
  if (words.length === 0) words.push('asylum');
  const bodies: string[] = [];
  for (let index = 0; index < count; index++) {
    // A user per interaction: the cooldown runs as in service without refusing any of them.
    const base = {
      id: String(900000000000000000n + BigInt(index)),
      application_id: '900000000000000000',
      token: `warm-up-${index}`,
      version: 1,
      locale: index % 5 === 4 ? 'es-ES' : 'en-US',
      user: {
        id: String(910000000000000000n + BigInt(index)),
        username: 'warm-up',
        discriminator: '0',
        global_name: null,
        avatar: null,
      },
    };
    const word = words[index % words.length] as string;
    const target = targets[(index >> 1) % Math.max(1, targets.length)];
    if (index % 2 === 0 && target !== undefined) {
      // Typed so far: nothing, then longer and longer prefixes of a word.
      const typed = word.slice(0, (index >> 1) % (word.length + 1));
      bodies.push(autocompleteBody(base, '900000000000000001', target.command, target.option, typed));
    } else {
      const next = words[(index * 7 + 3) % words.length] as string;
      bodies.push(searchBody(base, '900000000000000002', index % 3 === 0 ? word : `${word} ${next}`));
    }
  }
  return bodies;
}

/** The public half of a key pair as Discord shows one: 64 hex characters. */
function publicKeyHex(publicKey: KeyObject): string {
  const x = publicKey.export({ format: 'jwk' }).x;
  return Buffer.from(x ?? '', 'base64url').toString('hex');
}

/** Sends one signed body and resolves its status (0 when the request failed). */
export function post(agent: Agent, port: number, privateKey: KeyObject, body: string): Promise<number> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const bytes = Buffer.from(body);
  const signature = sign(null, Buffer.concat([Buffer.from(timestamp), bytes]), privateKey).toString('hex');
  return new Promise((resolve) => {
    const sent = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/interactions',
        headers: {
          'content-type': 'application/json',
          'content-length': bytes.length,
          'x-signature-ed25519': signature,
          'x-signature-timestamp': timestamp,
        },
      },
      (response) => {
        response.resume();
        response.once('end', () => resolve(response.statusCode ?? 0));
        response.once('error', () => resolve(0));
      },
    );
    sent.once('error', () => resolve(0));
    sent.end(bytes);
  });
}

/** The warm-up's bound, its clock and what it has done so far, shared by its servers. */
interface WarmUpRun {
  started: number;
  maxMs: number;
  now: () => number;
  report: WarmUpReport;
}

/**
 * Sends `bodies` to a server of the same code, shedding as `shedding` says, on a loopback port of its own over
 * WARM_UP_CONNECTIONS connections, until all are sent or the bound passes; then closes it. Never rejects.
 */
async function warmOneServer(
  options: WarmUpOptions,
  run: WarmUpRun,
  shedding: Partial<LoadSheddingOptions>,
  bodies: readonly string[],
): Promise<void> {
  if (bodies.length === 0 || run.report.timedOut) return;
  const { report } = run;
  const keys = generateKeyPairSync('ed25519');
  const guard = createGuardedHandler({
    handleInteraction: options.handleInteraction,
    cooldownMs: options.cooldownMs,
    deferAfterMs: NEVER_DEFER_MS,
    lateBudgetMs: NEVER_DEFER_MS,
  });
  // The per-request lines of the warm-up would drown the log's first seconds: only warnings and errors.
  const logger = options.logger.child({ warmUp: true }, { level: 'warn' });
  const server = createInteractionsServer({
    guard,
    publicKey: publicKeyHex(keys.publicKey),
    applicationId: '900000000000000000',
    // Never called (the guard defers nothing); pointed at a closed loopback port all the same, never at Discord.
    rest: createDiscordRest(undefined, { api: 'http://127.0.0.1:9/api' }),
    logger,
    // The load monitor runs its whole check on every request, as in service.
    shedding,
  });
  const agent = new Agent({ keepAlive: true, maxSockets: WARM_UP_CONNECTIONS });
  try {
    const address: AddressInfo = await server.listen(0, '127.0.0.1');
    let next = 0;
    const worker = async () => {
      while (next < bodies.length) {
        if (run.now() - run.started >= run.maxMs) {
          report.timedOut = true;
          return;
        }
        const body = bodies[next] as string;
        next += 1;
        report.sent += 1;
        const status = await post(agent, address.port, keys.privateKey, body);
        if (status === 200) report.answered += 1;
        else if (status === 503) report.refused += 1;
        else report.failed += 1;
      }
    };
    await Promise.all(Array.from({ length: WARM_UP_CONNECTIONS }, worker));
  } catch (error) {
    options.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'warm-up failed');
  } finally {
    agent.destroy();
    await server.close(1_000);
    await guard.close();
  }
}

/**
 * Runs the warm-up: `requests` synthetic interactions over WARM_UP_CONNECTIONS connections, at most `maxMs`,
 * first to a server that refuses nothing (eight requests always in flight is a standing queue by the rule, and a
 * warm-up must answer to compile the answers), then WARM_UP_SHED_SHARE of them to one that sheds as an
 * overloaded server does (two in turn, half each), so that the refusal path is compiled too; then everything is
 * closed. Never rejects.
 */
export async function warmUp(options: WarmUpOptions): Promise<WarmUpReport> {
  const now = options.now ?? (() => performance.now());
  const run: WarmUpRun = {
    started: now(),
    maxMs: options.maxMs ?? WARM_UP_MAX_MS,
    now,
    report: { sent: 0, answered: 0, refused: 0, failed: 0, ms: 0, timedOut: false },
  };
  if (options.requests > 0) {
    const bodies = warmUpBodies(options.commands, options.texts, options.requests);
    const shed = Math.floor(options.requests * WARM_UP_SHED_SHARE);
    const half = bodies.length - Math.floor(shed / 2);
    await warmOneServer(options, run, NEVER_SHED, bodies.slice(0, bodies.length - shed));
    // Two refusing servers, not one: each server's helpers (the signature-header check, the rejection log…)
    // are closures of its own, and V8 compiles a call it has seen reach one closure for that closure alone,
    // so the real server's first 503 threw the request listener's code away ("wrong call target") when only
    // one server had refused before it. Once a call has reached two closures made by the same code, V8 keys
    // it by what they share, which the real server's closures share too.
    await warmOneServer(options, run, SHED_ALL_BUT_FIRST, bodies.slice(bodies.length - shed, half));
    await warmOneServer(options, run, SHED_ALL_BUT_FIRST, bodies.slice(half));
  }
  run.report.ms = Math.round(now() - run.started);
  return run.report;
}
