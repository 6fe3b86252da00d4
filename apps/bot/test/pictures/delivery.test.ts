import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import {
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  GatewayDispatchEvents,
  MessageFlags,
} from 'discord-api-types/v10';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { runConsoleSession } from '../../src/console/session';
import { createInteractionHandler } from '../../src/interactions/handle-interaction';
import { createPictureRenderer, type DroppedPicture } from '../../src/pictures/deliver-pictures';
import { createPictureWriter } from '../../src/pictures/write-pictures';
import { createGatewayBot } from '../../src/transports/gateway/gateway-bot';
import { createInteractionsServer } from '../../src/transports/http/interactions-server';
import { createDiscordRest } from '../../src/transports/shared/discord-rest';
import { createGuardedHandler } from '../../src/transports/shared/guarded-handler';
import { chatInput, string } from '../helpers/interactions';
import { captureLogs } from '../transports/support/captured-logs';
import { generateTestKeys } from '../transports/support/ed25519';
import { fetchSigned } from '../transports/support/http-client';
import { formOf, startRawDiscord } from './raw-discord';
import { northtownToMidcity, syntheticBotArchive } from './synthetic';

const archive = await syntheticBotArchive(northtownToMidcity);
const handler = createInteractionHandler({ archive });
const caseCommand = () => chatInput('case', [string('name', 'test-case')]);

function messageOf(response: APIInteractionResponse): APIInteractionResponseCallbackData {
  if (!('data' in response) || response.data === undefined) throw new Error('no message in the response');
  return response.data as APIInteractionResponseCallbackData;
}

function expectPng(data: Uint8Array) {
  const png = PNG.sync.read(Buffer.from(data));
  expect(png.width).toBeGreaterThan(0);
  expect(png.width).toBeLessThanOrEqual(1200);
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('pictures in the pure layer', () => {
  it('/case names a timeline and a map as attachments with alt text, shown through attachment:// images', async () => {
    const message = messageOf(await handler(caseCommand()));
    const names = message.attachments?.map((attachment) => attachment.filename);
    expect(names).toEqual(['timeline-test-case.en.png', 'map-test-case.en.png']);
    for (const attachment of message.attachments ?? []) {
      expect(attachment.description?.length).toBeGreaterThan(20);
      expect(attachment.description?.length).toBeLessThanOrEqual(1024);
    }
    const images = message.embeds?.map((embed) => embed.image?.url).filter((url) => url !== undefined);
    expect(images).toEqual(names?.map((name) => `attachment://${name}`));
    // The card itself comes first and carries the timeline.
    expect(message.embeds?.[0]?.title).toBe('A synthetic claim');
  });

  it('/case in Spanish asks for Spanish pictures', async () => {
    const message = messageOf(await handler(chatInput('case', [string('name', 'test-case')], 'es-ES')));
    expect(message.attachments?.[0]?.filename).toBe('timeline-test-case.es.png');
    expect(message.attachments?.[0]?.description).toContain('Cronología');
  });
});

describe('/map', () => {
  it("shows the route in words and names the map picture, in the asker's language", async () => {
    for (const [locale, route] of [
      // Escaped as Markdown: a line starting "1." would otherwise become a list.
      ['en-US', '1\\. Northtown → 2. Midcity'],
      ['es-ES', '1\\. Northtown → 2. Midcity'],
    ] as const) {
      const message = messageOf(await handler(chatInput('map', [string('name', 'test-case')], locale)));
      expect(message.embeds?.[0]?.description).toBe(route);
      const filename = `map-test-case.${locale.slice(0, 2)}.png`;
      expect(message.attachments?.map((attachment) => attachment.filename)).toEqual([filename]);
      expect(message.embeds?.[0]?.image?.url).toBe(`attachment://${filename}`);
    }
  });

  it('answers with a short note, not an empty map, when the data places nothing on the route', async () => {
    const unplaced = createInteractionHandler({
      archive: await syntheticBotArchive({ events: [{ date: null, description: 'Nothing is named.' }] }),
    });
    const response = await unplaced(chatInput('map', [string('name', 'test-case')]));
    const message = messageOf(response);
    expect(message.flags).toBe(MessageFlags.Ephemeral);
    expect(message.content).toContain('No map for A synthetic claim');
    expect(message.attachments).toBeUndefined();
  });
});

describe('the edge step that renders pictures', () => {
  it('renders every attachment the response names, in order', async () => {
    const renderer = createPictureRenderer({ data: archive.data, budgetMs: 60_000 });
    const dropped: DroppedPicture[] = [];
    const delivery = await renderer.deliver(await handler(caseCommand()), (each) => dropped.push(each));
    expect(dropped).toEqual([]);
    expect(delivery.files.map((file) => file.name)).toEqual(
      messageOf(delivery.response).attachments?.map((attachment) => attachment.filename),
    );
    for (const file of delivery.files) expectPng(file.data);
  });

  it('answers without a picture it cannot draw, says why, and keeps the card', async () => {
    const response = await handler(caseCommand());
    const message = messageOf(response);
    // A picture of a case the renderer's archive does not hold (as if the two archives disagreed).
    const broken = {
      ...response,
      data: {
        ...message,
        attachments: [
          { id: 0, filename: 'timeline-no-such-case.en.png', description: 'x' },
          ...(message.attachments ?? []).slice(1).map((attachment) => ({ ...attachment, id: 1 })),
        ],
        embeds: (message.embeds ?? []).map((embed, index) =>
          index === 0 ? { ...embed, image: { url: 'attachment://timeline-no-such-case.en.png' } } : embed,
        ),
      },
    } as APIInteractionResponse;
    const renderer = createPictureRenderer({ data: archive.data, budgetMs: 60_000 });
    const dropped: DroppedPicture[] = [];
    const delivery = await renderer.deliver(broken, (each) => dropped.push(each));
    expect(dropped).toEqual([
      { filename: 'timeline-no-such-case.en.png', reason: 'nothing to draw for timeline no-such-case' },
    ]);
    const sent = messageOf(delivery.response);
    expect(sent.embeds?.[0]?.title).toBe('A synthetic claim');
    expect(sent.embeds?.[0]?.image).toBeUndefined();
    expect(sent.attachments).toEqual([{ ...message.attachments?.[1], id: 0 }]);
    expect(delivery.files.map((file) => file.name)).toEqual(['map-test-case.en.png']);
  });

  it('answers without pictures that are not ready within the budget, and logs why', async () => {
    const renderer = createPictureRenderer({ data: archive.data, budgetMs: 0 });
    const dropped: DroppedPicture[] = [];
    const delivery = await renderer.deliver(await handler(caseCommand()), (each) => dropped.push(each));
    expect(dropped.map((each) => each.reason)).toEqual([
      'not rendered within 0 ms',
      'not rendered within 0 ms',
    ]);
    const sent = messageOf(delivery.response);
    expect(sent.attachments).toBeUndefined();
    expect(JSON.stringify(sent)).not.toContain('attachment://');
    expect(sent.embeds).toHaveLength(1);
    expect(delivery.files).toEqual([]);
  });
});

describe('HTTP interactions endpoint (real loopback server, real Ed25519 keys)', () => {
  it('answers with a multipart response whose payload_json lists the files[n] it carries', async () => {
    const keys = generateTestKeys();
    const server = createInteractionsServer({
      guard: createGuardedHandler({ handleInteraction: handler, cooldownMs: 0 }),
      publicKey: keys.publicKeyHex,
      applicationId: '111111111111111111',
      rest: createDiscordRest(undefined, { api: 'http://127.0.0.1:9/api', retries: 0 }),
      logger: captureLogs('silent').logger,
      pictures: createPictureRenderer({ data: archive.data, budgetMs: 60_000 }),
      // A busy shared test machine must not make the server shed this one request.
      shedding: { maxLagMs: 60_000, saturatedLagMs: 60_000, standingLagMs: 60_000, acceptingLagMs: 60_000 },
    });
    const { port } = (await server.listen(0, '127.0.0.1')) as AddressInfo;
    cleanups.push(async () => void (await server.close(1000)));

    const response = await fetchSigned(port, keys, caseCommand());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = await response.formData();
    const payload = JSON.parse(String(form.get('payload_json'))) as APIInteractionResponse;
    expect(payload).toEqual(await handler(caseCommand()));
    const attachments = messageOf(payload).attachments ?? [];
    expect(attachments.length).toBe(2);
    for (const attachment of attachments) {
      const file = form.get(`files[${attachment.id}]`);
      expect(file).toBeInstanceOf(File);
      expect((file as File).name).toBe(attachment.filename);
      expect((file as File).type).toBe('image/png');
      expectPng(new Uint8Array(await (file as File).arrayBuffer()));
    }
    expect([...form.keys()].sort()).toEqual(['files[0]', 'files[1]', 'payload_json']);
  });
});

describe('gateway transport (Discord mocked by a loopback server: the gateway cannot exist here)', () => {
  it('posts the callback as multipart with payload_json and files[n] through discord.js', async () => {
    const discord = await startRawDiscord();
    const logs = captureLogs('silent');
    const bot = createGatewayBot({
      guard: createGuardedHandler({ handleInteraction: handler, cooldownMs: 0 }),
      logger: logs.logger,
      pictures: createPictureRenderer({ data: archive.data, budgetMs: 60_000 }),
      rest: { api: discord.api, retries: 0 },
    });
    cleanups.push(async () => {
      await bot.stop(200);
      await discord.close();
    });
    bot.client.ws.emit(GatewayDispatchEvents.InteractionCreate, caseCommand(), 0);
    await discord.waitFor(1);
    const [request] = discord.requests;
    expect(request?.contentType).toMatch(/^multipart\/form-data/);
    const form = await formOf(request);
    const payload = JSON.parse(String(form.get('payload_json'))) as APIInteractionResponse;
    expect(payload).toEqual(await handler(caseCommand()));
    for (const attachment of messageOf(payload).attachments ?? []) {
      const file = form.get(`files[${attachment.id}]`) as File;
      expect(file.name).toBe(attachment.filename);
      expectPng(new Uint8Array(await file.arrayBuffer()));
    }
  });
});

describe('terminal', () => {
  async function session(dir: string): Promise<string> {
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    await runConsoleSession({
      handler,
      input: Readable.from(['/case name:test-case\n']),
      output,
      env: { NO_COLOR: '1' },
      pictures: createPictureWriter({
        renderer: createPictureRenderer({ data: archive.data, budgetMs: 60_000 }),
        dir,
      }),
    });
    return chunks.join('');
  }

  it('writes each picture to the folder and announces it on its own line as picture: <absolute path>', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pictures-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const text = await session(dir);
    const paths = [...text.matchAll(/^picture: (.+)$/gm)].map((match) => match[1] ?? '');
    expect(paths).toEqual([join(dir, 'timeline-test-case.en.png'), join(dir, 'map-test-case.en.png')]);
    for (const path of paths) {
      expect(isAbsolute(path)).toBe(true);
      expectPng(await readFile(path));
    }
    // Written atomically: nothing but the pictures is left in the folder.
    expect((await readdir(dir)).sort()).toEqual(['map-test-case.en.png', 'timeline-test-case.en.png']);
  });

  it('still shows the reply when the folder cannot be written, and says how to fix it', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'pictures-'));
    cleanups.push(() => rm(parent, { recursive: true, force: true }));
    const notAFolder = join(parent, 'a-file');
    await writeFile(notAFolder, 'not a folder');
    const text = await session(notAFolder);
    expect(text).toContain('A synthetic claim');
    expect(text).not.toMatch(/^picture: /m);
    expect(text).toMatch(
      /^picture left out: timeline-test-case\.en\.png \(could not write it to .*BOT_PICTURES_DIR/m,
    );
    expect(await readdir(parent)).toEqual(['a-file']);
  });
});
