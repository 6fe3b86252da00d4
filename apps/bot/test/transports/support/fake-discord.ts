import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot sent to the stand-in for Discord's REST API. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeDiscordReply {
  status: number;
  body?: unknown;
}

export interface FakeDiscord {
  /** Pass as @discordjs/rest's `api` option. */
  readonly api: string;
  readonly requests: RecordedRequest[];
  /** Resolves once `count` requests have arrived. */
  waitForRequests(count: number): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : JSON.parse(text);
}

/**
 * A local HTTP server standing in for Discord's REST API, which cannot be reached from tests.
 * It records every request and answers with `reply` (by default 200 with an empty object).
 */
export async function startFakeDiscord(
  reply: (request: RecordedRequest) => FakeDiscordReply = () => ({ status: 200, body: {} }),
): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const waiters: Array<{ count: number; resolve: (requests: RecordedRequest[]) => void }> = [];
  const server: Server = createServer((request, response) => {
    void readJson(request).then((body) => {
      const recorded: RecordedRequest = {
        method: request.method ?? '',
        path: request.url ?? '',
        authorization: request.headers.authorization,
        body,
      };
      requests.push(recorded);
      for (const waiter of waiters.filter((candidate) => requests.length >= candidate.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve([...requests]);
      }
      const answer = reply(recorded);
      if (answer.status === 204) {
        response.writeHead(204).end();
        return;
      }
      const text = JSON.stringify(answer.body ?? {});
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${port}/api`,
    requests,
    waitForRequests(count) {
      if (requests.length >= count) return Promise.resolve([...requests]);
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
