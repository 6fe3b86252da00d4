import { connect, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  body: Buffer;
}

const HEADER_END = Buffer.from('\r\n\r\n');
const SENT_HEADER = 'x-sent: ';
const SENT_DIGITS = 16;
const CONTENT_LENGTH = /^content-length:\s*(\d+)\s*$/im;

/**
 * One HTTP/1.1 keep-alive connection sending prebuilt requests one at a time. node:http's client
 * spends more CPU per request than the endpoint under test, so the load generator would measure itself;
 * this writes bytes and reads `Content-Length` bodies, nothing more. Not a general HTTP client: no chunked
 * responses, no pipelining, no redirects.
 */
export class KeepAliveConnection {
  private readonly socket: Socket;
  private buffered: Buffer = Buffer.alloc(0);
  private waiting: ((response: RawResponse | Error) => void) | undefined;
  private closed = false;

  private constructor(socket: Socket) {
    this.socket = socket;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => {
      this.closed = true;
      this.fail(new Error('connection closed'));
    });
  }

  static open(host: string, port: number): Promise<KeepAliveConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port }, () => resolve(new KeepAliveConnection(socket)));
      socket.once('error', reject);
    });
  }

  /**
   * Builds the bytes of a POST once, so sending costs a single write. An `x-sent` header is left for `send` to
   * fill with the moment of writing (the machine's monotonic clock, µs), so the server can tell how long the
   * request waited before it was read (serve-http.ts `--phases`).
   */
  static request(path: string, headers: Record<string, string>, body: Buffer): Buffer {
    const lines = [
      `POST ${path} HTTP/1.1`,
      'host: 127.0.0.1',
      `content-length: ${body.length}`,
      `${SENT_HEADER}${'0'.repeat(SENT_DIGITS)}`,
    ];
    for (const [name, value] of Object.entries(headers)) {
      if (name.toLowerCase() !== 'content-length') lines.push(`${name}: ${value}`);
    }
    return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), body]);
  }

  /** False once either side has closed it: a pool drops such a connection instead of sending on it. */
  get usable(): boolean {
    return !this.closed && !this.socket.destroyed;
  }

  send(request: Buffer): Promise<RawResponse> {
    // Writing to a closed socket neither fails nor answers: the promise would never settle.
    if (!this.usable) return Promise.reject(new Error('connection closed'));
    return new Promise((resolve, reject) => {
      this.waiting = (result) => (result instanceof Error ? reject(result) : resolve(result));
      const at = request.indexOf(SENT_HEADER);
      if (at >= 0) {
        const micros = String(process.hrtime.bigint() / 1000n).padStart(SENT_DIGITS, '0');
        request.write(micros, at + SENT_HEADER.length, 'latin1');
      }
      this.socket.write(request);
    });
  }

  close(): void {
    this.closed = true;
    this.socket.removeAllListeners('close');
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    const headerEnd = this.buffered.indexOf(HEADER_END);
    if (headerEnd < 0) return;
    const head = this.buffered.subarray(0, headerEnd).toString('latin1');
    const length = Number(CONTENT_LENGTH.exec(head)?.[1] ?? 0);
    const total = headerEnd + HEADER_END.length + length;
    if (this.buffered.length < total) return;
    const status = Number(head.slice(9, 12));
    const body = this.buffered.subarray(headerEnd + HEADER_END.length, total);
    this.buffered = this.buffered.subarray(total);
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.({ status, body });
  }

  private fail(error: Error): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.(error);
  }
}
