import { type APIInteractionResponse, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_AUTOCOMPLETE } from '../../src/transports/shared/fallback-responses';
import { createGuardedHandler, type RequestContext } from '../../src/transports/shared/guarded-handler';
import { captureLogs } from './support/captured-logs';
import {
  autocompleteInteraction,
  commandInteraction,
  echoHandler,
  messageResponse,
  pingInteraction,
} from './support/interactions';

/** A request that arrived `queuedMs` ago (fake timers fake performance.now too). */
function context(queuedMs = 0): RequestContext {
  return { requestId: 'req-123', logger: captureLogs().logger, arrivedAt: performance.now() - queuedMs };
}

/** A handler that computes for `ms` without yielding, as a CPU-bound search does (the fake clock moves on). */
function busyFor(ms: number, response: APIInteractionResponse): () => Promise<APIInteractionResponse> {
  return () => {
    vi.advanceTimersByTime(ms);
    return Promise.resolve(response);
  };
}

function never(): Promise<APIInteractionResponse> {
  return new Promise(() => {});
}

function after(ms: number, response: APIInteractionResponse): Promise<APIInteractionResponse> {
  return new Promise((resolve) => setTimeout(() => resolve(response), ms));
}

describe('guarded handler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers PING with PONG without asking the handler', async () => {
    const handler = vi.fn(echoHandler);
    const guard = createGuardedHandler({ handleInteraction: handler, cooldownMs: 0 });
    const outcome = await guard.respond(pingInteraction(), context());
    expect(outcome.immediate).toEqual({ type: InteractionResponseType.Pong });
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a fast command straight through', async () => {
    const guard = createGuardedHandler({ handleInteraction: echoHandler, cooldownMs: 0 });
    const outcome = await guard.respond(commandInteraction('echo', undefined, 'asylum'), context());
    expect(outcome).toEqual({ immediate: messageResponse('echo: asylum') });
  });

  describe('per-user cooldown', () => {
    it('refuses a second command from the same user within the cooldown, with an ephemeral note', async () => {
      const handler = vi.fn(echoHandler);
      const guard = createGuardedHandler({ handleInteraction: handler, cooldownMs: 3000 });
      await guard.respond(commandInteraction('echo', '500000000000000001'), context());
      vi.advanceTimersByTime(1200);
      const refused = await guard.respond(commandInteraction('echo', '500000000000000001'), context());
      expect(handler).toHaveBeenCalledTimes(1);
      expect(refused.immediate.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      const data = 'data' in refused.immediate ? refused.immediate.data : undefined;
      expect(data).toMatchObject({ flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } });
      expect(data && 'content' in data ? data.content : '').toContain('in 2 seconds');
    });

    it('lets the user run a command again once the cooldown has passed', async () => {
      const handler = vi.fn(echoHandler);
      const guard = createGuardedHandler({ handleInteraction: handler, cooldownMs: 3000 });
      await guard.respond(commandInteraction('echo', '500000000000000002'), context());
      vi.advanceTimersByTime(3000);
      await guard.respond(commandInteraction('echo', '500000000000000002'), context());
      expect(handler).toHaveBeenCalledTimes(2);
    });

    it('keeps users apart: one user in cooldown does not slow another', async () => {
      const handler = vi.fn(echoHandler);
      const guard = createGuardedHandler({ handleInteraction: handler, cooldownMs: 3000 });
      await guard.respond(commandInteraction('echo', '500000000000000003'), context());
      await guard.respond(commandInteraction('echo', '500000000000000004'), context());
      expect(handler).toHaveBeenCalledTimes(2);
    });

    it('never applies to autocomplete, which fires on every keystroke', async () => {
      const handler = vi.fn(echoHandler);
      const guard = createGuardedHandler({ handleInteraction: handler, cooldownMs: 3000 });
      await guard.respond(commandInteraction('echo', '500000000000000005'), context());
      for (const typed of ['j', 'ju', 'jua']) {
        const outcome = await guard.respond(
          autocompleteInteraction('echo', '500000000000000005', typed),
          context(),
        );
        expect(outcome.immediate).toEqual({
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices: [{ name: `search: ${typed}`, value: typed }] },
        });
      }
      expect(handler).toHaveBeenCalledTimes(4);
    });

    it('is off with a cooldown of 0', async () => {
      const handler = vi.fn(echoHandler);
      const guard = createGuardedHandler({ handleInteraction: handler, cooldownMs: 0 });
      await guard.respond(commandInteraction('echo', '500000000000000006'), context());
      await guard.respond(commandInteraction('echo', '500000000000000006'), context());
      expect(handler).toHaveBeenCalledTimes(2);
    });
  });

  describe('autocomplete budget', () => {
    it('answers an empty list when the search is slower than the budget', async () => {
      const guard = createGuardedHandler({
        handleInteraction: never,
        cooldownMs: 0,
        autocompleteBudgetMs: 2000,
      });
      const pending = guard.respond(autocompleteInteraction('search'), context());
      await vi.advanceTimersByTimeAsync(2000);
      await expect(pending).resolves.toEqual({ immediate: EMPTY_AUTOCOMPLETE });
    });

    it('still returns the real choices when they arrive within the budget', async () => {
      const choices: APIInteractionResponse = {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: [{ name: 'Jose Alarcon', value: 'jose-alarcon' }] },
      };
      const guard = createGuardedHandler({
        handleInteraction: () => after(1500, choices),
        cooldownMs: 0,
        autocompleteBudgetMs: 2000,
      });
      const pending = guard.respond(autocompleteInteraction('person'), context());
      await vi.advanceTimersByTimeAsync(1500);
      await expect(pending).resolves.toEqual({ immediate: choices });
    });

    it('answers an empty list, not a message, when the handler throws', async () => {
      const guard = createGuardedHandler({
        handleInteraction: () => Promise.reject(new Error('index not loaded')),
        cooldownMs: 0,
      });
      await expect(guard.respond(autocompleteInteraction('search'), context())).resolves.toEqual({
        immediate: EMPTY_AUTOCOMPLETE,
      });
    });

    it('answers an empty list when the handler throws synchronously instead of rejecting', async () => {
      const guard = createGuardedHandler({
        handleInteraction: () => {
          throw new Error('not even a promise');
        },
        cooldownMs: 0,
      });
      await expect(guard.respond(autocompleteInteraction('search'), context())).resolves.toEqual({
        immediate: EMPTY_AUTOCOMPLETE,
      });
    });

    it('answers an empty list when the handler returns a message to an autocomplete', async () => {
      const guard = createGuardedHandler({
        handleInteraction: async () => messageResponse('oops'),
        cooldownMs: 0,
      });
      await expect(guard.respond(autocompleteInteraction('search'), context())).resolves.toEqual({
        immediate: EMPTY_AUTOCOMPLETE,
      });
    });
  });

  describe('deferral of slow commands', () => {
    it('defers a command that takes longer than deferAfterMs and hands over the real answer as `late`', async () => {
      const guard = createGuardedHandler({
        handleInteraction: () => after(5000, messageResponse('slow answer')),
        cooldownMs: 0,
        deferAfterMs: 2000,
      });
      const pending = guard.respond(commandInteraction('search'), context());
      await vi.advanceTimersByTimeAsync(2000);
      const outcome = await pending;
      expect(outcome.immediate).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
      await vi.advanceTimersByTimeAsync(3000);
      await expect(outcome.late).resolves.toEqual(messageResponse('slow answer'));
    });

    it('does not defer a command that answers in time', async () => {
      const guard = createGuardedHandler({
        handleInteraction: () => after(1999, messageResponse('quick enough')),
        cooldownMs: 0,
        deferAfterMs: 2000,
      });
      const pending = guard.respond(commandInteraction('search'), context());
      await vi.advanceTimersByTimeAsync(1999);
      await expect(pending).resolves.toEqual({ immediate: messageResponse('quick enough') });
    });

    it('replaces an answer that never comes with the failure message once the late budget is spent', async () => {
      const guard = createGuardedHandler({
        handleInteraction: never,
        cooldownMs: 0,
        deferAfterMs: 2000,
        lateBudgetMs: 60_000,
      });
      const pending = guard.respond(commandInteraction('search'), context());
      await vi.advanceTimersByTimeAsync(2000);
      const outcome = await pending;
      await vi.advanceTimersByTimeAsync(60_000);
      const late = await outcome.late;
      expect(late).toMatchObject({ data: { flags: MessageFlags.Ephemeral } });
      expect(late && 'data' in late ? JSON.stringify(late.data) : '').toContain('req-123');
    });
  });

  it('turns a thrown error into an ephemeral message carrying the request id', async () => {
    const logs = captureLogs();
    const guard = createGuardedHandler({
      handleInteraction: () => Promise.reject(new Error('boom')),
      cooldownMs: 0,
    });
    const outcome = await guard.respond(commandInteraction('search'), {
      requestId: 'req-abc',
      logger: logs.logger,
      arrivedAt: performance.now(),
    });
    expect(outcome.immediate).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } },
    });
    expect(JSON.stringify(outcome.immediate)).toContain('req-abc');
    expect(logs.lines().some((line) => line.msg === 'interaction handler failed')).toBe(true);
  });

  describe('time budgets count from when the request arrived', () => {
    it('defers a command whose synchronous work ran past deferAfterMs, and hands its answer over as `late`', async () => {
      const guard = createGuardedHandler({
        handleInteraction: busyFor(2500, messageResponse('slow but done')),
        cooldownMs: 0,
        deferAfterMs: 2000,
      });
      const outcome = await guard.respond(commandInteraction('search'), context());
      expect(outcome.immediate).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
      await expect(outcome.late).resolves.toEqual(messageResponse('slow but done'));
    });

    it('defers at once a command that already waited past deferAfterMs before the guard saw it', async () => {
      const handler = vi.fn(echoHandler);
      const guard = createGuardedHandler({ handleInteraction: handler, cooldownMs: 0, deferAfterMs: 2000 });
      const outcome = await guard.respond(commandInteraction('echo'), context(2100));
      expect(outcome.immediate).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
      expect(outcome.late).toBeDefined();
    });

    it('answers autocomplete with no choices, without searching, when the request arrived past the budget', async () => {
      const handler = vi.fn(echoHandler);
      const guard = createGuardedHandler({
        handleInteraction: handler,
        cooldownMs: 0,
        autocompleteBudgetMs: 2000,
      });
      const outcome = await guard.respond(autocompleteInteraction('search'), context(2100));
      expect(outcome.immediate).toEqual(EMPTY_AUTOCOMPLETE);
      expect(handler).not.toHaveBeenCalled();
    });

    it('answers autocomplete with no choices when synchronous work ran past the budget', async () => {
      const guard = createGuardedHandler({
        handleInteraction: busyFor(2500, {
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices: [{ name: 'late', value: 'late' }] },
        }),
        cooldownMs: 0,
        autocompleteBudgetMs: 2000,
      });
      const outcome = await guard.respond(autocompleteInteraction('search'), context());
      expect(outcome.immediate).toEqual(EMPTY_AUTOCOMPLETE);
    });
  });
});
