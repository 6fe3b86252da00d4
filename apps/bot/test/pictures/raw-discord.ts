import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RawRequest = { method: string; path: string; contentType: string; body: Buffer };

/**
 * A mock of Discord's REST API on loopback (Discord cannot be reached from tests): records each request's
 * raw body, so a test can parse the multipart form the bot sent, and answers 204.
 */
export async function startRawDiscord() {
  const requests: RawRequest[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const server: Server = createServer(async (request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    requests.push({
      method: request.method ?? '',
      path: request.url ?? '',
      contentType: request.headers['content-type'] ?? '',
      body: Buffer.concat(chunks),
    });
    response.writeHead(204).end();
    for (const waiter of waiters.filter((each) => requests.length >= each.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${port}/api`,
    requests,
    /** Resolves once `count` requests have arrived. */
    waitFor: (count: number) =>
      requests.length >= count
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.push({ count, resolve })),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A recorded multipart body parsed by the platform's own form-data parser. */
export function formOf(request: RawRequest | undefined): Promise<FormData> {
  return new Response(request?.body, { headers: { 'content-type': request?.contentType ?? '' } }).formData();
}
