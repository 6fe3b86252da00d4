import {
  type APIInteraction,
  type APIInteractionResponse,
  InteractionResponseType,
  InteractionType,
} from 'discord-api-types/v10';
import { type Cooldown, createCooldown } from './cooldown';
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
  /** Where cooldowns live; in this process's memory by default (see redis-cooldown.ts for replicas). */
  cooldown?: Cooldown;
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
  /** Lets go of what the guard holds (the Redis connection of a shared cooldown). */
  close(): Promise<void>;
}

/**
 * The hardening both transports share, wrapped around the pure layer:
 * - PING is answered here (HTTP only; the gateway never sends one);
 * - autocomplete answers within its budget, with an empty list when the search is slow or fails;
 * - commands (not autocomplete) are limited per user by a cooldown with a friendly ephemeral note;
 * - a command, button or modal not answered `deferAfterMs` after the request arrived is deferred and answered
 *   later, even when the work ran synchronously past the deadline (it cannot be interrupted, only deferred);
 * - a thrown error becomes an ephemeral message with the request id, never a silent timeout.
 */
export function createGuardedHandler(options: GuardOptions): GuardedHandler {
  const autocompleteBudgetMs = options.autocompleteBudgetMs ?? DEFAULT_AUTOCOMPLETE_BUDGET_MS;
  const deferAfterMs = options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;
  const lateBudgetMs = options.lateBudgetMs ?? DEFAULT_LATE_BUDGET_MS;
  const cooldown =
    options.cooldown ??
    createCooldown({
      durationMs: options.cooldownMs,
      ...(options.now === undefined ? {} : { now: options.now }),
    });
  /** Milliseconds since the request arrived. */
  const elapsed = (context: RequestContext) => performance.now() - context.arrivedAt;

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
    const overBudget = () => {
      context.logger.warn(
        { budgetMs: autocompleteBudgetMs },
        'autocomplete over budget, answered with no choices',
      );
      return { immediate: EMPTY_AUTOCOMPLETE };
    };
    // Already late (queued behind other work): do not start a search that cannot be shown.
    const remaining = autocompleteBudgetMs - elapsed(context);
    if (remaining <= 0) return overBudget();
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
    const result = await within(work, remaining);
    // Synchronous work cannot be interrupted by the timer; what finished past the budget is still late.
    if (result.done && elapsed(context) <= autocompleteBudgetMs) return { immediate: result.value };
    return overBudget();
  }

  async function answerOrDefer(interaction: APIInteraction, context: RequestContext): Promise<GuardOutcome> {
    const work = answer(interaction, context);
    const first = await within(work, Math.max(0, deferAfterMs - elapsed(context)));
    // A synchronous handler finishes before the timer can fire: its answer is only on time if the clock,
    // counted from the request's arrival, says so. Otherwise Discord gets the deferral and the answer follows.
    if (first.done && elapsed(context) <= deferAfterMs) return { immediate: first.value };
    context.logger.info(
      { deferAfterMs, elapsedMs: Math.round(elapsed(context)) },
      'deferred a slow interaction',
    );
    const late = first.done
      ? Promise.resolve(first.value)
      : within(work, lateBudgetMs).then((result) => {
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
          const waitMs = userId === undefined ? 0 : await cooldown.take(userId);
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
    close: () => cooldown.close(),
  };
}
