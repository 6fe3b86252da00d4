import { request } from 'node:http';
import type { TestKeys } from './ed25519';
import { signBody } from './ed25519';

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body in chunks without a content-length (transfer-encoding: chunked). */
  chunked?: boolean;
}

/** A plain node:http request to the server under test on 127.0.0.1, one connection per call. */
export function send(port: number, raw: RawRequest): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const body = raw.body === undefined ? undefined : Buffer.from(raw.body);
    const headers: Record<string, string> = { ...raw.headers };
    if (body !== undefined && !raw.chunked) headers['content-length'] = String(body.length);
    const outgoing = request(
      { host: '127.0.0.1', port, method: raw.method ?? 'POST', path: raw.path, headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text === '' ? undefined : JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
        });
      },
    );
    outgoing.on('error', reject);
    if (body !== undefined && raw.chunked) {
      for (let offset = 0; offset < body.length; offset += 64 * 1024) {
        outgoing.write(body.subarray(offset, offset + 64 * 1024));
      }
    }
    outgoing.end(body !== undefined && !raw.chunked ? body : undefined);
  });
}

/** POST /interactions signed with `keys`, as Discord sends it. */
export function sendSigned(port: number, keys: TestKeys, payload: unknown | string): Promise<HttpResult> {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  return send(port, {
    path: '/interactions',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signBody(keys, timestamp, body),
      'x-signature-timestamp': timestamp,
    },
    body,
  });
}

/** The same signed POST through fetch, for tests that read the reply as a web `Response` (multipart bodies). */
export function fetchSigned(port: number, keys: TestKeys, payload: unknown): Promise<Response> {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  return fetch(`http://127.0.0.1:${port}/interactions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signBody(keys, timestamp, body),
      'x-signature-timestamp': timestamp,
    },
    body,
  });
}
