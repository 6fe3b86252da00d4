import type { AddressInfo } from 'node:net';
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleInteraction } from '../../src/index';
import {
  createInteractionsServer,
  type InteractionsServer,
} from '../../src/transports/http/interactions-server';
import { createDiscordRest } from '../../src/transports/shared/discord-rest';
import { createGuardedHandler } from '../../src/transports/shared/guarded-handler';
import { captureLogs } from './support/captured-logs';
import { generateTestKeys } from './support/ed25519';
import { sendSigned } from './support/http-client';
import { APPLICATION_ID, autocompleteInteraction, commandInteraction } from './support/interactions';

const keys = generateTestKeys();
let server: InteractionsServer;
let port = 0;

beforeAll(async () => {
  server = createInteractionsServer({
    guard: createGuardedHandler({ handleInteraction, cooldownMs: 0 }),
    publicKey: keys.publicKeyHex,
    applicationId: APPLICATION_ID,
    // Nothing in these tests is deferred; an unreachable address proves no REST call is made.
    rest: createDiscordRest(undefined, { api: 'http://127.0.0.1:9/api', retries: 0 }),
    logger: captureLogs('silent').logger,
    // Shedding is tested in http-edge.test.ts; a test process starved of CPU must not get 503s here.
    shedding: { maxLagMs: 10_000, saturatedLagMs: 10_000, standingLagMs: 10_000, acceptingLagMs: 10_000 },
  });
  port = ((await server.listen(0, '127.0.0.1')) as AddressInfo).port;
});
afterAll(async () => {
  await server.close(1000);
});

describe('HTTP endpoint with the real pure layer and the shipped archive', () => {
  it('answers /search with a message that pings nobody', async () => {
    const result = await sendSigned(port, keys, commandInteraction('search', undefined, 'juarez denied'));
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { allowed_mentions: { parse: [] } },
    });
  });

  it('answers an unknown command with an ephemeral note pointing to /help', async () => {
    const result = await sendSigned(port, keys, commandInteraction('no-such-command'));
    expect(result.json).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    expect(JSON.stringify(result.json)).toContain('/help');
  });

  it('answers person autocomplete with choices of at most 25, values of at most 100 characters', async () => {
    const interaction = autocompleteInteraction('person', undefined, 'alar');
    const named = {
      ...interaction,
      data: { ...interaction.data, options: [{ ...interaction.data.options[0], name: 'name' }] },
    };
    const result = await sendSigned(port, keys, named);
    expect(result.json).toMatchObject({ type: InteractionResponseType.ApplicationCommandAutocompleteResult });
    const choices = (result.json as { data: { choices: Array<{ name: string; value: string }> } }).data
      .choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.every((choice) => choice.value.length <= 100)).toBe(true);
    expect(choices.map((choice) => choice.name.toLowerCase()).join(' ')).toContain('alarc');
  });
});
