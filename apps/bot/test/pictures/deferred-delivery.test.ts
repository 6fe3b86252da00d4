import type { AddressInfo } from 'node:net';
import {
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  GatewayDispatchEvents,
  InteractionResponseType,
} from 'discord-api-types/v10';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createInteractionHandler } from '../../src/interactions/handle-interaction';
import { createPictureRenderer } from '../../src/pictures/deliver-pictures';
import { createGatewayBot } from '../../src/transports/gateway/gateway-bot';
import { createInteractionsServer } from '../../src/transports/http/interactions-server';
import { createDiscordRest } from '../../src/transports/shared/discord-rest';
import { createGuardedHandler } from '../../src/transports/shared/guarded-handler';
import type { InteractionHandler } from '../../src/transports/shared/interaction-handler';
import { chatInput, string } from '../helpers/interactions';
import { captureLogs } from '../transports/support/captured-logs';
import { generateTestKeys } from '../transports/support/ed25519';
import { fetchSigned } from '../transports/support/http-client';
import { formOf, startRawDiscord } from './raw-discord';
import { northtownToMidcity, syntheticBotArchive } from './synthetic';

const archive = await syntheticBotArchive(northtownToMidcity);
// The same case without places: a renderer over it cannot draw the map the answer names.
const unplacedArchive = await syntheticBotArchive({
  events: [{ date: null, description: 'Nothing is named.' }],
});
const handler = createInteractionHandler({ archive });
const caseCommand = () => chatInput('case', [string('name', 'test-case')]);
const APPLICATION_ID = '111111111111111111';

function messageOf(response: APIInteractionResponse): APIInteractionResponseCallbackData {
  if (!('data' in response) || response.data === undefined) throw new Error('no message in the response');
  return response.data as APIInteractionResponseCallbackData;
}

/** A handler whose answer (the real one) comes only when the test says: the guard defers it meanwhile. */
function heldHandler() {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const slow: InteractionHandler = async (interaction: APIInteraction) => {
    await held;
    return handler(interaction);
  };
  return { slow, release: () => release() };
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function expectPicturesInEdit(discord: Awaited<ReturnType<typeof startRawDiscord>>, index: number) {
  const edit = discord.requests[index];
  expect(edit?.method).toBe('PATCH');
  expect(edit?.path).toBe(`/api/v10/webhooks/${APPLICATION_ID}/test-token/messages/%40original`);
  expect(edit?.contentType).toMatch(/^multipart\/form-data; boundary=/);
  const form = await formOf(edit);
  const payload = JSON.parse(String(form.get('payload_json'))) as APIInteractionResponseCallbackData;
  const expected = messageOf(await handler(caseCommand()));
  expect(payload).toEqual(expected);
  const attachments = payload.attachments ?? [];
  expect(attachments.map((attachment) => attachment.filename)).toEqual([
    'timeline-test-case.en.png',
    'map-test-case.en.png',
  ]);
  for (const attachment of attachments) {
    const file = form.get(`files[${attachment.id}]`) as File;
    expect(file.name).toBe(attachment.filename);
    const png = PNG.sync.read(Buffer.from(await file.arrayBuffer()));
    expect(png.width).toBeGreaterThan(0);
    expect(png.width).toBeLessThanOrEqual(1200);
  }
  expect([...form.keys()].sort()).toEqual(['files[0]', 'files[1]', 'payload_json']);
}

async function startHttp(pictures: ReturnType<typeof createPictureRenderer>, slow: InteractionHandler) {
  const discord = await startRawDiscord();
  const logs = captureLogs('warn');
  const keys = generateTestKeys();
  const server = createInteractionsServer({
    guard: createGuardedHandler({ handleInteraction: slow, cooldownMs: 0, deferAfterMs: 20 }),
    publicKey: keys.publicKeyHex,
    applicationId: APPLICATION_ID,
    rest: createDiscordRest(undefined, { api: discord.api, retries: 0 }),
    logger: logs.logger,
    pictures,
    shedding: { maxLagMs: 60_000 },
  });
  const { port } = (await server.listen(0, '127.0.0.1')) as AddressInfo;
  cleanups.push(async () => {
    await server.close(2000);
    await discord.close();
  });
  const response = await fetchSigned(port, keys, caseCommand());
  return { discord, logs, response };
}

describe('deferred answers keep their pictures (Discord mocked by a loopback server)', () => {
  it('HTTP endpoint: the edit of the deferral is multipart, payload_json and files[n], PATCH …/messages/@original', async () => {
    const { slow, release } = heldHandler();
    const renderer = createPictureRenderer({ data: archive.data, budgetMs: 60_000 });
    const { discord, response } = await startHttp(renderer, slow);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    release();
    await discord.waitFor(1);
    await expectPicturesInEdit(discord, 0);
  });

  it('HTTP endpoint: a deferred answer whose picture fails goes out without it, and the log says why', async () => {
    const { slow, release } = heldHandler();
    const renderer = createPictureRenderer({ data: unplacedArchive.data, budgetMs: 60_000 });
    const { discord, logs, response } = await startHttp(renderer, slow);
    expect(response.status).toBe(200);
    release();
    await discord.waitFor(1);
    const [edit] = discord.requests;
    expect(edit?.method).toBe('PATCH');
    const form = await formOf(edit);
    const sent = JSON.parse(String(form.get('payload_json'))) as APIInteractionResponseCallbackData;
    expect(sent.attachments?.map((attachment) => [attachment.id, attachment.filename])).toEqual([
      [0, 'timeline-test-case.en.png'],
    ]);
    expect(JSON.stringify(sent)).not.toContain('attachment://map-');
    expect([...form.keys()].sort()).toEqual(['files[0]', 'payload_json']);
    const warnings = logs.lines().filter((line) => line.msg === 'answered without a picture');
    expect(warnings.map((line) => [line.picture, line.reason])).toEqual([
      ['map-test-case.en.png', 'nothing to draw for map test-case'],
    ]);
  });

  it('gateway: the deferral is posted, then the answer edited in with its pictures as files[n]', async () => {
    const { slow, release } = heldHandler();
    const discord = await startRawDiscord();
    const bot = createGatewayBot({
      guard: createGuardedHandler({ handleInteraction: slow, cooldownMs: 0, deferAfterMs: 20 }),
      logger: captureLogs('silent').logger,
      pictures: createPictureRenderer({ data: archive.data, budgetMs: 60_000 }),
      rest: { api: discord.api, retries: 0 },
    });
    cleanups.push(async () => {
      await bot.stop(2000);
      await discord.close();
    });
    const interaction = { ...caseCommand(), application_id: APPLICATION_ID };
    bot.client.ws.emit(GatewayDispatchEvents.InteractionCreate, interaction, 0);
    await discord.waitFor(1);
    const [callback] = discord.requests;
    expect(callback?.path).toBe(`/api/v10/interactions/${interaction.id}/test-token/callback`);
    expect(JSON.parse(callback?.body.toString('utf8') ?? '')).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
    });
    release();
    await discord.waitFor(2);
    await expectPicturesInEdit(discord, 1);
  });
});
