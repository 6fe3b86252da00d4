import {
  type APIInteraction,
  type APIInteractionResponse,
  InteractionResponseType,
  InteractionType,
} from 'discord-api-types/v10';
import { createCooldown } from './cooldown';
import { cooldownResponse, deferralFor, EMPTY_AUTOCOMPLETE, failureResponse } from './fallback-responses';
import { userIdOf } from './interaction-facts';
import type { InteractionHandler } from './interaction-handler';
import type { RequestContext } from './request-context';
import { within } from './within';

/** Discord drops an interaction not answered within 3 s; these leave room for the network. */
export const DEFAULT_AUTOCOMPLETE_BUDGET_MS = 2000;
export const DEFAULT_DEFER_AFTER_MS = 2000;
/** A deferred answer still pending after this is treated as failed (the token itself lives 15 min). */
export const DEFAULT_LATE_BUDGET_MS = 60_000;

export type { RequestContext } from './request-context';

export interface GuardOptions {
  handleInteraction: InteractionHandler;
  cooldownMs: number;
  autocompleteBudgetMs?: number;
  deferAfterMs?: number;
  lateBudgetMs?: number;
  now?: () => number;
}

export interface GuardOutcome {
  /** What Discord gets now, within its 3 s limit. */
  immediate: APIInteractionResponse;
  /**
   * Present when `immediate` is a deferral: the real answer. The transport sends it (late-delivery)
   * only after Discord has the deferral, otherwise the edit could arrive first and be rejected.
   */
  late?: Promise<APIInteractionResponse>;
}

export interface GuardedHandler {
  respond(interaction: APIInteraction, context: RequestContext): Promise<GuardOutcome>;
}

/**
 * The hardening both transports share, wrapped around the pure layer:
 * - PING is answered here (HTTP only; the gateway never sends one);
 * - autocomplete answers within its budget, with an empty list when the search is slow or fails;
 * - commands (not autocomplete) are limited per user by a cooldown with a friendly ephemeral note;
 * - a command, button or modal that takes longer than `deferAfterMs` is deferred and answered later;
 * - a thrown error becomes an ephemeral message with the request id, never a silent timeout.
 */
export function createGuardedHandler(options: GuardOptions): GuardedHandler {
  const autocompleteBudgetMs = options.autocompleteBudgetMs ?? DEFAULT_AUTOCOMPLETE_BUDGET_MS;
  const deferAfterMs = options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;
  const lateBudgetMs = options.lateBudgetMs ?? DEFAULT_LATE_BUDGET_MS;
  const cooldown = createCooldown({
    durationMs: options.cooldownMs,
    ...(options.now === undefined ? {} : { now: options.now }),
  });

  /** The handler's answer, or a failure message; never rejects. */
  async function answer(
    interaction: APIInteraction,
    context: RequestContext,
  ): Promise<APIInteractionResponse> {
    try {
      const response = await options.handleInteraction(interaction);
      if (response.type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
        context.logger.error(
          { responseType: response.type },
          'handler answered a non-autocomplete interaction with choices',
        );
        return failureResponse(context.requestId);
      }
      return response;
    } catch (error) {
      context.logger.error({ err: error }, 'interaction handler failed');
      return failureResponse(context.requestId);
    }
  }

  async function autocomplete(interaction: APIInteraction, context: RequestContext): Promise<GuardOutcome> {
    // Started inside a promise so that a handler throwing synchronously is caught like a rejection.
    const work = Promise.resolve(interaction)
      .then(options.handleInteraction)
      .then(
        (response) => {
          if (response.type === InteractionResponseType.ApplicationCommandAutocompleteResult) return response;
          context.logger.error(
            { responseType: response.type },
            'autocomplete handler answered without choices',
          );
          return EMPTY_AUTOCOMPLETE;
        },
        (error: unknown) => {
          context.logger.error({ err: error }, 'autocomplete handler failed');
          return EMPTY_AUTOCOMPLETE;
        },
      );
    const result = await within(work, autocompleteBudgetMs);
    if (result.done) return { immediate: result.value };
    context.logger.warn(
      { budgetMs: autocompleteBudgetMs },
      'autocomplete over budget, answered with no choices',
    );
    return { immediate: EMPTY_AUTOCOMPLETE };
  }

  async function answerOrDefer(interaction: APIInteraction, context: RequestContext): Promise<GuardOutcome> {
    const work = answer(interaction, context);
    const first = await within(work, deferAfterMs);
    if (first.done) return { immediate: first.value };
    context.logger.info({ deferAfterMs }, 'deferred a slow interaction');
    const late = within(work, lateBudgetMs).then((result) => {
      if (result.done) return result.value;
      context.logger.error({ lateBudgetMs }, 'deferred interaction never finished');
      return failureResponse(context.requestId);
    });
    return { immediate: deferralFor(interaction), late };
  }

  return {
    async respond(interaction, context) {
      switch (interaction.type) {
        case InteractionType.Ping:
          return { immediate: { type: InteractionResponseType.Pong } };
        case InteractionType.ApplicationCommandAutocomplete:
          return autocomplete(interaction, context);
        case InteractionType.ApplicationCommand: {
          const userId = userIdOf(interaction);
          const waitMs = userId === undefined ? 0 : cooldown.take(userId);
          if (waitMs > 0) {
            context.logger.info({ waitMs }, 'command refused by cooldown');
            return { immediate: cooldownResponse(waitMs) };
          }
          return answerOrDefer(interaction, context);
        }
        default:
          return answerOrDefer(interaction, context);
      }
    },
  };
}
