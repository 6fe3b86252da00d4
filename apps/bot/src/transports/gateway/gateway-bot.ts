import { randomUUID } from 'node:crypto';
import type { RESTOptions } from '@discordjs/rest';
import { Client, Events } from 'discord.js';
import { type APIInteraction, GatewayDispatchEvents, Routes } from 'discord-api-types/v10';
import { deliverLate, deliverResponse, type PictureRenderer } from '../../pictures/deliver-pictures';
import type { GuardedHandler } from '../shared/guarded-handler';
import { summarizeInteraction } from '../shared/interaction-facts';
import { deliverLateResponse } from '../shared/late-delivery';
import { type Logger, withoutRedaction } from '../shared/logger';
import { createPendingWork } from '../shared/pending-work';
import { createRequestContext } from '../shared/request-context';
import { safeErrorFields } from '../shared/safe-error';

export interface GatewayBotOptions {
  guard: GuardedHandler;
  logger: Logger;
  /** Draws the pictures replies ask for; without it replies go without pictures. */
  pictures?: PictureRenderer;
  /** Overrides for discord.js's REST client; tests point `api` at a local server standing in for Discord. */
  rest?: Partial<RESTOptions>;
}

export interface GatewayBot {
  readonly client: Client;
  /** Logs in and connects (every shard this process owns). */
  start(token: string): Promise<void>;
  /** Waits up to `graceMs` for answers in progress (answering newcomers meanwhile), then disconnects. */
  stop(graceMs: number): Promise<boolean>;
}

/**
 * The gateway transport. Slash commands, autocomplete, buttons and modals arrive as INTERACTION_CREATE
 * whatever the intents, so the client asks for none: no guild, member or message events to receive or cache.
 *
 * It listens to the raw INTERACTION_CREATE dispatch rather than discord.js's `interactionCreate` objects:
 * the pure layer speaks Discord's API shapes, so the payload goes to it untouched and its response is
 * posted untouched to the interaction callback, the same bytes the HTTP transport would return.
 */
export function createGatewayBot(options: GatewayBotOptions): GatewayBot {
  const { guard, logger } = options;
  // The per-interaction line is built from the summary, response type and timing only: no censored path can
  // occur in it, so it skips the redaction walk, as the HTTP transport's does.
  const answeredLog = withoutRedaction(logger);
  const pending = createPendingWork();
  let accepting = true;
  const client = new Client({
    intents: [],
    // Replies never ping anyone, even if a message forgets to say so.
    allowedMentions: { parse: [] },
    ...(options.rest === undefined ? {} : { rest: options.rest }),
  });

  async function answer(interaction: APIInteraction, shardId: number): Promise<void> {
    const requestId = randomUUID();
    const summary = { ...summarizeInteraction(interaction), shardId };
    const context = createRequestContext(requestId, logger, () => ({ interaction: summary }));
    const started = performance.now();
    const outcome = await guard.respond(interaction, context);
    // `context.logger` builds a pino child (with redaction) on first use; most answers have no picture to
    // warn about, so it is reached only when one is dropped.
    const delivery = await deliverResponse(options.pictures, outcome.immediate, {
      warn: (fields, message) => context.logger.warn(fields, message),
    });
    try {
      // With files, discord.js sends multipart/form-data: payload_json and files[n], n the attachment id.
      await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: delivery.response,
        ...(delivery.files.length === 0 ? {} : { files: delivery.files }),
        auth: false,
      });
    } catch (error) {
      context.logger.error({ err: safeErrorFields(error) }, 'could not answer interaction');
      return;
    }
    answeredLog.info(
      {
        reqId: requestId,
        interaction: summary,
        responseType: outcome.immediate.type,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'answered interaction',
    );
    if (outcome.late !== undefined) {
      await deliverLateResponse({
        rest: client.rest,
        applicationId: interaction.application_id,
        interaction,
        late: deliverLate(options.pictures, outcome.late, context.logger),
        logger: context.logger,
      });
    }
  }

  client.ws.on(GatewayDispatchEvents.InteractionCreate, (interaction: APIInteraction, shardId: number) => {
    if (!accepting) return;
    pending.track(
      answer(interaction, shardId).catch((error: unknown) => {
        logger.error({ err: safeErrorFields(error) }, 'interaction failed');
      }),
    );
  });
  client.once(Events.ClientReady, (ready) => {
    logger.info(
      { user: ready.user.tag, shards: ready.ws.shards.map((shard) => shard.id) },
      'connected to the gateway',
    );
  });
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, 'shard disconnected'),
  );
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'shard reconnecting'));
  client.on(Events.Error, (error) => logger.error({ err: safeErrorFields(error) }, 'client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'client warning'));

  return {
    client,
    async start(token) {
      await client.login(token);
    },
    async stop(graceMs) {
      // Still connected while draining: Discord keeps routing this shard's servers here, and refusing
      // would fail those users, so interactions are answered until the connection closes.
      const drained = await pending.drain(graceMs);
      accepting = false;
      await client.destroy();
      return drained;
    },
  };
}
