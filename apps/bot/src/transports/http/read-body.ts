import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { ok: true; body: Buffer }
  | { ok: false; reason: 'too-large' | 'aborted' | 'over-budget' };

/**
 * Bytes of request bodies held at once across every connection. Bodies are buffered only as they arrive
 * (never the declared length up front), but each one counts against this total from its declared length,
 * so a crowd of stalled uploads is refused instead of filling memory.
 */
export interface BodyBudget {
  /** Takes `bytes` from the budget; false (and nothing taken) when that would go over it. */
  reserve(bytes: number): boolean;
  release(bytes: number): void;
  readonly used: number;
}

export function createBodyBudget(totalBytes: number): BodyBudget {
  let used = 0;
  return {
    reserve(bytes) {
      if (used + bytes > totalBytes) return false;
      used += bytes;
      return true;
    },
    release(bytes) {
      used = Math.max(0, used - bytes);
    },
    get used() {
      return used;
    },
  };
}

/**
 * Reads a request body up to `limit` bytes, counted against `budget` until `release` is called (the
 * caller calls it once the response is sent). A declared or actual size over the limit, or over what the
 * budget has left, stops reading at once; node discards the unread rest, so it never sits in memory.
 */
export function readBody(
  request: IncomingMessage,
  limit: number,
  budget: BodyBudget,
): { result: Promise<BodyResult>; release: () => void } {
  let reserved = 0;
  const release = () => {
    budget.release(reserved);
    reserved = 0;
  };
  const take = (bytes: number) => {
    if (!budget.reserve(bytes)) return false;
    reserved += bytes;
    return true;
  };
  const declared = Number(request.headers['content-length']);
  const hasDeclared = request.headers['content-length'] !== undefined && Number.isFinite(declared);
  if (hasDeclared && declared > limit)
    return { result: Promise.resolve({ ok: false, reason: 'too-large' }), release };
  if (hasDeclared && !take(declared))
    return { result: Promise.resolve({ ok: false, reason: 'over-budget' }), release };

  const result = new Promise<BodyResult>((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: BodyResult) => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('aborted', onError);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      const refused: BodyResult | undefined =
        size > limit
          ? { ok: false, reason: 'too-large' }
          : !hasDeclared && !take(chunk.length)
            ? { ok: false, reason: 'over-budget' }
            : undefined;
      if (refused !== undefined) {
        finish(refused);
        // Keep the stream flowing so the rest is discarded instead of buffered.
        request.resume();
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () =>
      finish({ ok: true, body: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size) });
    const onError = () => finish({ ok: false, reason: 'aborted' });
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('aborted', onError);
  });
  return { result, release };
}
