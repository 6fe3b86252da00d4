import type { AddressInfo } from 'node:net';
import {
  type APIInteraction,
  type APIInteractionResponse,
  InteractionResponseType,
  MessageFlags,
} from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createInteractionsServer,
  type InteractionsServer,
} from '../../src/transports/http/interactions-server';
import { createDiscordRest } from '../../src/transports/shared/discord-rest';
import { createGuardedHandler } from '../../src/transports/shared/guarded-handler';
import type { InteractionHandler } from '../../src/transports/shared/interaction-handler';
import { buttonPress } from '../helpers/interactions';
import { type CapturedLogs, captureLogs } from './support/captured-logs';
import { generateTestKeys, signBody } from './support/ed25519';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord';
import { send, sendSigned } from './support/http-client';
import {
  APPLICATION_ID,
  autocompleteInteraction,
  commandInteraction,
  echoHandler,
  INTERACTION_TOKEN,
  messageResponse,
  pingInteraction,
} from './support/interactions';

const keys = generateTestKeys();

interface Running {
  server: InteractionsServer;
  port: number;
  logs: CapturedLogs;
  discord: FakeDiscord;
}

const running: Running[] = [];

async function start(
  handleInteraction: InteractionHandler = echoHandler,
  guardOptions: { deferAfterMs?: number; cooldownMs?: number } = {},
): Promise<Running> {
  const logs = captureLogs();
  const discord = await startFakeDiscord();
  const server = createInteractionsServer({
    guard: createGuardedHandler({
      handleInteraction,
      cooldownMs: guardOptions.cooldownMs ?? 0,
      ...guardOptions,
    }),
    publicKey: keys.publicKeyHex,
    applicationId: APPLICATION_ID,
    rest: createDiscordRest(undefined, { api: discord.api, retries: 0 }),
    logger: logs.logger,
    // Shedding is tested in http-edge.test.ts; a test process starved of CPU must not get 503s here.
    shedding: { maxLagMs: 10_000, saturatedLagMs: 10_000, standingLagMs: 10_000, acceptingLagMs: 10_000 },
  });
  const address: AddressInfo = await server.listen(0, '127.0.0.1');
  const entry = { server, port: address.port, logs, discord };
  running.push(entry);
  return entry;
}

afterEach(async () => {
  for (const entry of running.splice(0)) {
    await entry.server.close(200);
    await entry.discord.close();
  }
});

function signedHeaders(
  body: string,
  timestamp = String(Math.floor(Date.now() / 1000)),
): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': signBody(keys, timestamp, body),
    'x-signature-timestamp': timestamp,
  };
}

describe('HTTP interactions endpoint (real server on 127.0.0.1, keys generated locally)', () => {
  it('answers a signed PING with PONG', async () => {
    const { port } = await start();
    const result = await sendSigned(port, keys, pingInteraction());
    expect(result.status).toBe(200);
    expect(result.headers['content-type']).toMatch(/^application\/json/);
    expect(result.json).toEqual({ type: InteractionResponseType.Pong });
  });

  it('answers a signed command with the handler response, byte for byte', async () => {
    const { port } = await start();
    const result = await sendSigned(port, keys, commandInteraction('echo', undefined, 'juarez'));
    expect(result.status).toBe(200);
    expect(result.json).toEqual(messageResponse('echo: juarez'));
  });

  it('answers autocomplete with the handler choices', async () => {
    const { port } = await start();
    const result = await sendSigned(port, keys, autocompleteInteraction('search', undefined, 'alar'));
    expect(result.json).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [{ name: 'search: alar', value: 'alar' }] },
    });
  });

  it('passes an unknown command to the pure layer and returns its ephemeral answer', async () => {
    const { port } = await start();
    const result = await sendSigned(port, keys, commandInteraction('no-such-command'));
    expect(result.status).toBe(200);
    expect(result.json).toEqual(messageResponse('Unknown command.', true));
  });

  describe('signature checks', () => {
    it('rejects a tampered body with 401 and never calls the handler', async () => {
      let calls = 0;
      const { port } = await start(async (interaction) => {
        calls += 1;
        return echoHandler(interaction);
      });
      const body = JSON.stringify(commandInteraction('echo'));
      const headers = signedHeaders(body);
      const result = await send(port, {
        path: '/interactions',
        headers,
        body: body.replace('juarez', 'JUAREZ'),
      });
      expect(result.status).toBe(401);
      expect(result.json).toEqual({ error: 'Invalid request signature.' });
      expect(calls).toBe(0);
    });

    it('rejects a request without signature headers with 401', async () => {
      const { port } = await start();
      const body = JSON.stringify(pingInteraction());
      const headers = signedHeaders(body);
      const withoutSignature = { 'x-signature-timestamp': headers['x-signature-timestamp'] as string };
      const withoutTimestamp = { 'x-signature-ed25519': headers['x-signature-ed25519'] as string };
      for (const partial of [{}, withoutSignature, withoutTimestamp]) {
        const result = await send(port, { path: '/interactions', headers: partial, body });
        expect(result.status).toBe(401);
        expect(result.json).toEqual({ error: 'Invalid request signature.' });
      }
    });

    it('rejects a malformed signature with 401', async () => {
      const { port } = await start();
      const body = JSON.stringify(pingInteraction());
      const result = await send(port, {
        path: '/interactions',
        headers: {
          'x-signature-ed25519': 'zz'.repeat(64),
          'x-signature-timestamp': String(Math.floor(Date.now() / 1000)),
        },
        body,
      });
      expect(result.status).toBe(401);
      expect(result.json).toEqual({ error: 'Invalid request signature.' });
    });

    it('rejects a signature made with another key with 401', async () => {
      const { port } = await start();
      const stranger = generateTestKeys();
      const result = await sendSigned(port, stranger, pingInteraction());
      expect(result.status).toBe(401);
    });
  });

  it('rejects a signed body that is not JSON with 400', async () => {
    const { port } = await start();
    const body = '{"type": 1,';
    const result = await send(port, { path: '/interactions', headers: signedHeaders(body), body });
    expect(result.status).toBe(400);
    expect(result.json).toEqual({ error: 'The body is not valid JSON.' });
  });

  it('rejects signed JSON that is not an interaction with 400', async () => {
    const { port } = await start();
    for (const body of ['[1,2,3]', '42', '{"type":"ping"}']) {
      const result = await send(port, { path: '/interactions', headers: signedHeaders(body), body });
      expect(result.status).toBe(400);
    }
  });

  it('rejects a body over 1 MB with 413, whether declared by content-length or streamed', async () => {
    const { port } = await start();
    const big = `{"type":1,"pad":"${'x'.repeat(1024 * 1024)}"}`;
    const declared = await send(port, { path: '/interactions', headers: signedHeaders(big), body: big });
    expect(declared.status).toBe(413);
    const streamed = await send(port, {
      path: '/interactions',
      headers: signedHeaders(big),
      body: big,
      chunked: true,
    });
    expect(streamed.status).toBe(413);
  });

  it('accepts a body just under the limit (the limit is not off by one)', async () => {
    const { port } = await start();
    const interaction = pingInteraction();
    const shell = JSON.stringify({ ...interaction, pad: '' });
    const body = JSON.stringify({ ...interaction, pad: 'x'.repeat(1024 * 1024 - shell.length) });
    expect(Buffer.byteLength(body)).toBe(1024 * 1024);
    const result = await send(port, { path: '/interactions', headers: signedHeaders(body), body });
    expect(result.status).toBe(200);
  });

  it('serves GET /health as JSON, and 404/405 for other routes and methods', async () => {
    const { port } = await start();
    const health = await send(port, { method: 'GET', path: '/health' });
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: 'ok' });
    const unknown = await send(port, { method: 'GET', path: '/nope' });
    expect(unknown.status).toBe(404);
    const wrongMethod = await send(port, { method: 'GET', path: '/interactions' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe('POST');
  });

  // @discordjs/rest percent-encodes "@original" in the route, as discord.js does for every editReply.
  it('defers a slow command and edits the answer in with the application id and interaction token (Discord stood in for by a local server)', async () => {
    let release: (response: APIInteractionResponse) => void = () => {};
    const slow: InteractionHandler = () =>
      new Promise((resolve) => {
        release = resolve;
      });
    const { port, discord } = await start(slow, { deferAfterMs: 50 });
    const result = await sendSigned(port, keys, commandInteraction('search'));
    expect(result.json).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    release(messageResponse('found 3 articles'));
    const [edit] = await discord.waitForRequests(1);
    expect(edit).toEqual({
      method: 'PATCH',
      path: `/api/v10/webhooks/${APPLICATION_ID}/${INTERACTION_TOKEN}/messages/%40original`,
      authorization: undefined,
      body: { content: 'found 3 articles', allowed_mentions: { parse: [] } },
    });
  });

  it('sends an ephemeral late answer as an ephemeral follow-up and removes the placeholder', async () => {
    let release: (response: APIInteractionResponse) => void = () => {};
    const slow: InteractionHandler = () =>
      new Promise((resolve) => {
        release = resolve;
      });
    const { port, discord } = await start(slow, { deferAfterMs: 50 });
    await sendSigned(port, keys, commandInteraction('search'));
    release(messageResponse('nothing found', true));
    const requests = await discord.waitForRequests(2);
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `POST /api/v10/webhooks/${APPLICATION_ID}/${INTERACTION_TOKEN}`,
      `DELETE /api/v10/webhooks/${APPLICATION_ID}/${INTERACTION_TOKEN}/messages/%40original`,
    ]);
    expect(requests[0]?.body).toEqual({
      content: 'nothing found',
      allowed_mentions: { parse: [] },
      flags: MessageFlags.Ephemeral,
    });
  });

  it('never writes the interaction token, the signature or the signed body to the logs', async () => {
    const { port, logs } = await start();
    const interaction: APIInteraction = commandInteraction('echo', undefined, 'secret-query-text');
    const body = JSON.stringify(interaction);
    const headers = signedHeaders(body);
    await send(port, { path: '/interactions', headers, body });
    await send(port, { path: '/interactions', headers, body: body.replace('echo', 'ohce') });
    const text = logs.text();
    expect(logs.lines().length).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain(INTERACTION_TOKEN);
    expect(text).not.toContain(headers['x-signature-ed25519']);
    expect(text).not.toContain('secret-query-text');
    const rejected = logs.lines().find((line) => line.status === 401);
    expect(rejected).toMatchObject({ kind: 'signature invalid' });
    const answered = logs.lines().find((line) => line.msg === 'answered interaction');
    expect(answered).toMatchObject({
      reqId: expect.any(String),
      interaction: { id: interaction.id, name: 'echo' },
    });
  });

  it('logs what kind of button was pressed, never the query its custom id carries', async () => {
    const { port, logs } = await start();
    const body = JSON.stringify(buttonPress('s1|2||The Nation|secret-paged-query'));
    await send(port, { path: '/interactions', headers: signedHeaders(body), body });
    expect(logs.text()).not.toContain('secret-paged-query');
    expect(logs.text()).not.toContain('The Nation');
    const answered = logs.lines().find((line) => line.msg === 'answered interaction');
    expect(answered).toMatchObject({ interaction: { component: 's1' } });
  });

  describe('graceful shutdown', () => {
    it('finishes a request in flight, reports draining on /health, then refuses connections', async () => {
      let release: (response: APIInteractionResponse) => void = () => {};
      const entry = await start(
        () =>
          new Promise((resolve) => {
            release = resolve;
          }),
        { deferAfterMs: 10_000 },
      );
      const inFlight = sendSigned(entry.port, keys, commandInteraction('search'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const closing = entry.server.close(5000);
      const health = await send(entry.port, { method: 'GET', path: '/health' }).catch(
        (error: Error) => error,
      );
      // A new connection during the drain is either refused or told the process is draining.
      if (!(health instanceof Error)) expect(health.status).toBe(503);
      release(messageResponse('answered before stopping'));
      await expect(inFlight).resolves.toMatchObject({
        status: 200,
        json: messageResponse('answered before stopping'),
      });
      await expect(closing).resolves.toBe(true);
      await expect(send(entry.port, { method: 'GET', path: '/health' })).rejects.toThrow(/ECONNREFUSED/);
    });

    it('waits for a deferred answer to be delivered before it resolves', async () => {
      let release: (response: APIInteractionResponse) => void = () => {};
      const entry = await start(
        () =>
          new Promise((resolve) => {
            release = resolve;
          }),
        { deferAfterMs: 20 },
      );
      await sendSigned(entry.port, keys, commandInteraction('search'));
      const closing = entry.server.close(5000);
      setTimeout(() => release(messageResponse('late but delivered')), 50);
      await expect(closing).resolves.toBe(true);
      expect(entry.discord.requests.map((request) => request.method)).toEqual(['PATCH']);
    });

    it('gives up on work still running after the grace period and says so', async () => {
      const entry = await start(() => new Promise(() => {}), { deferAfterMs: 20 });
      await sendSigned(entry.port, keys, commandInteraction('search'));
      await expect(entry.server.close(100)).resolves.toBe(false);
    });
  });
});
