import { createPublicKey, type KeyObject, verify } from 'node:crypto';

const RAW_KEY_HEX = /^[0-9a-fA-F]{64}$/;
/** An Ed25519 signature is 64 bytes, which Discord sends as 128 hex characters. */
const SIGNATURE_BYTES = 64;
/** Discord sends Unix seconds; anything long or non-numeric is not one of its timestamps. */
const TIMESTAMP = /^\d{1,16}$/;

/**
 * How far a signature's timestamp may be from this server's clock. Discord signs each request as it sends
 * it, so a valid signature older or newer than this is a replay (or a badly wrong clock: run NTP).
 */
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * Discord shows an application's public key as 64 hex characters: the raw 32-byte Ed25519 key.
 * node:crypto imports a raw Ed25519 key through its JWK form (`x` is the key in base64url).
 */
export function importDiscordPublicKey(hex: string): KeyObject {
  if (!RAW_KEY_HEX.test(hex)) {
    throw new TypeError('A Discord public key is 64 hexadecimal characters (a raw 32-byte Ed25519 key).');
  }
  const x = Buffer.from(hex, 'hex').toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

export type SignatureCheck = 'valid' | 'missing' | 'malformed' | 'stale' | 'invalid';

/** Signature headers that are present, well formed and recent: all that can be checked before the body. */
export interface SignatureHeaders {
  signature: Buffer;
  timestamp: string;
}

export interface SignatureClock {
  /** Milliseconds since the epoch; `Date.now` by default. */
  now?: () => number;
  toleranceSeconds?: number;
}

/**
 * Checks `x-signature-ed25519` and `x-signature-timestamp` before a byte of the body is read: present,
 * 128 hex characters, Unix seconds within the tolerance of this server's clock.
 */
export function readSignatureHeaders(
  signature: string | undefined,
  timestamp: string | undefined,
  clock: SignatureClock = {},
): SignatureHeaders | Exclude<SignatureCheck, 'valid' | 'invalid'> {
  if (signature === undefined || timestamp === undefined) return 'missing';
  if (signature.length !== SIGNATURE_BYTES * 2 || !TIMESTAMP.test(timestamp)) return 'malformed';
  // Hex decoding stops at the first pair that is not hex, so 64 bytes out means 128 hex characters in:
  // one pass over the header instead of a regex test and then the decode.
  const signatureBytes = Buffer.from(signature, 'hex');
  if (signatureBytes.length !== SIGNATURE_BYTES) return 'malformed';
  const tolerance = clock.toleranceSeconds ?? DEFAULT_SIGNATURE_TOLERANCE_SECONDS;
  const nowSeconds = (clock.now ?? Date.now)() / 1000;
  if (Math.abs(nowSeconds - Number(timestamp)) > tolerance) return 'stale';
  return { signature: signatureBytes, timestamp };
}

/** Verifies the Ed25519 signature over timestamp + raw body, as Discord signs them. */
export function verifySignature(publicKey: KeyObject, headers: SignatureHeaders, rawBody: Buffer): boolean {
  const message = Buffer.concat([Buffer.from(headers.timestamp, 'utf8'), rawBody]);
  return verify(null, message, publicKey, headers.signature);
}

/** Both steps at once: the headers, then the signature over timestamp + raw body. */
export function checkSignature(
  publicKey: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  rawBody: Buffer,
  clock: SignatureClock = {},
): SignatureCheck {
  const headers = readSignatureHeaders(signature, timestamp, clock);
  if (typeof headers === 'string') return headers;
  return verifySignature(publicKey, headers, rawBody) ? 'valid' : 'invalid';
}
