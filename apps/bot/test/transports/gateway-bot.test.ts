import {
  type APIInteractionResponse,
  GatewayDispatchEvents,
  InteractionResponseType,
  InteractionType,
} from 'discord-api-types/v10';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGatewayBot, type GatewayBot } from '../../src/transports/gateway/gateway-bot';
import { createGuardedHandler } from '../../src/transports/shared/guarded-handler';
import type { InteractionHandler } from '../../src/transports/shared/interaction-handler';
import { captureLogs } from './support/captured-logs';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord';
import {
  APPLICATION_ID,
  autocompleteInteraction,
  commandInteraction,
  echoHandler,
  INTERACTION_TOKEN,
  messageResponse,
} from './support/interactions';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setup(
  handleInteraction: InteractionHandler = echoHandler,
  deferAfterMs = 2000,
): Promise<{ bot: GatewayBot; discord: FakeDiscord; logs: ReturnType<typeof captureLogs> }> {
  const discord = await startFakeDiscord(() => ({ status: 204 }));
  const logs = captureLogs();
  const bot = createGatewayBot({
    guard: createGuardedHandler({ handleInteraction, cooldownMs: 0, deferAfterMs }),
    logger: logs.logger,
    rest: { api: discord.api, retries: 0 },
  });
  cleanups.push(async () => {
    await bot.stop(200);
    await discord.close();
  });
  return { bot, discord, logs };
}

/** What discord.js's WebSocketManager does for every dispatch it receives from a shard. */
function dispatchFromGateway(bot: GatewayBot, payload: unknown, shardId = 0) {
  bot.client.ws.emit(GatewayDispatchEvents.InteractionCreate, payload, shardId);
}

describe('gateway transport (fake INTERACTION_CREATE dispatch and a local server standing in for Discord: the gateway cannot exist here)', () => {
  it('asks for no intents: interactions arrive without any', async () => {
    const { bot } = await setup();
    expect(bot.client.options.intents.bitfield).toBe(0);
  });

  it('posts the pure layer response unchanged to the interaction callback, without the bot token', async () => {
    const { bot, discord } = await setup();
    const interaction = commandInteraction('echo', undefined, 'alarcon');
    dispatchFromGateway(bot, interaction);
    const [callback] = await discord.waitForRequests(1);
    expect(callback).toEqual({
      method: 'POST',
      path: `/api/v10/interactions/${interaction.id}/${INTERACTION_TOKEN}/callback`,
      authorization: undefined,
      body: messageResponse('echo: alarcon'),
    });
  });

  it('builds no child logger for an interaction that has nothing to warn about, and still logs one line for it', async () => {
    const { bot, discord, logs } = await setup();
    const child = vi.spyOn(logs.logger, 'child');
    dispatchFromGateway(bot, commandInteraction('echo', undefined, 'alarcon'));
    dispatchFromGateway(bot, autocompleteInteraction('search', undefined, 'masa'));
    await discord.waitForRequests(2);
    await vi.waitFor(() =>
      expect(logs.lines().filter((line) => line.msg === 'answered interaction')).toHaveLength(2),
    );
    expect(child).not.toHaveBeenCalled();
  });

  it('answers autocomplete over the same callback', async () => {
    const { bot, discord } = await setup();
    dispatchFromGateway(bot, autocompleteInteraction('search', undefined, 'masa'));
    const [callback] = await discord.waitForRequests(1);
    expect(callback?.body).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [{ name: 'search: masa', value: 'masa' }] },
    });
  });

  it('defers a slow command, then edits the answer in under the interaction’s application id', async () => {
    let release: (response: APIInteractionResponse) => void = () => {};
    const { bot, discord } = await setup(
      () =>
        new Promise((resolve) => {
          release = resolve;
        }),
      30,
    );
    const interaction = commandInteraction('search');
    dispatchFromGateway(bot, interaction);
    const [deferral] = await discord.waitForRequests(1);
    expect(deferral?.body).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    release(messageResponse('late answer'));
    const requests = await discord.waitForRequests(2);
    expect(requests[1]).toEqual({
      method: 'PATCH',
      path: `/api/v10/webhooks/${APPLICATION_ID}/${INTERACTION_TOKEN}/messages/%40original`,
      authorization: undefined,
      body: { content: 'late answer', allowed_mentions: { parse: [] } },
    });
  });

  it('logs a failed callback without the interaction token', async () => {
    const discord = await startFakeDiscord(() => ({
      status: 404,
      body: { message: 'Unknown interaction', code: 10062 },
    }));
    const logs = captureLogs();
    const bot = createGatewayBot({
      guard: createGuardedHandler({ handleInteraction: echoHandler, cooldownMs: 0 }),
      logger: logs.logger,
      rest: { api: discord.api, retries: 0 },
    });
    cleanups.push(async () => {
      await bot.stop(200);
      await discord.close();
    });
    dispatchFromGateway(bot, commandInteraction('echo'));
    await discord.waitForRequests(1);
    await bot.stop(1000);
    const failure = logs.lines().find((line) => line.msg === 'could not answer interaction');
    expect(failure).toMatchObject({ err: { status: 404, code: 10062 } });
    expect(logs.text()).not.toContain(INTERACTION_TOKEN);
  });

  it('keeps answering while it drains, waits for answers in progress, then ignores the gateway', async () => {
    let release: (response: APIInteractionResponse) => void = () => {};
    const slow: InteractionHandler = (interaction) =>
      interaction.type === InteractionType.ApplicationCommand && interaction.data.name === 'search'
        ? new Promise((resolve) => {
            release = resolve;
          })
        : echoHandler(interaction);
    const { bot, discord } = await setup(slow);
    dispatchFromGateway(bot, commandInteraction('search'));
    const stopping = bot.stop(5000);
    dispatchFromGateway(bot, commandInteraction('echo', undefined, 'during drain'));
    await discord.waitForRequests(1);
    release(messageResponse('finished while stopping'));
    await expect(stopping).resolves.toBe(true);
    dispatchFromGateway(bot, commandInteraction('echo', undefined, 'after stop'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(discord.requests.map((request) => request.body)).toEqual([
      messageResponse('echo: during drain'),
      messageResponse('finished while stopping'),
    ]);
  });
});
