import { createPublicKey, type KeyObject, verify } from 'node:crypto';

const RAW_KEY_HEX = /^[0-9a-fA-F]{64}$/;
/** An Ed25519 signature is 64 bytes, which Discord sends as 128 hex characters. */
const SIGNATURE_BYTES = 64;
/** Discord sends Unix seconds; anything long or non-numeric is not one of its timestamps. */
const TIMESTAMP = /^\d{1,16}$/;

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

export type SignatureCheck = 'valid' | 'missing' | 'malformed' | 'invalid';

/** Checks `x-signature-ed25519` over `x-signature-timestamp` + the raw body, as Discord signs them. */
export function checkSignature(
  publicKey: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  rawBody: Buffer,
): SignatureCheck {
  if (signature === undefined || timestamp === undefined) return 'missing';
  if (signature.length !== SIGNATURE_BYTES * 2 || !TIMESTAMP.test(timestamp)) return 'malformed';
  // Hex decoding stops at the first pair that is not hex, so 64 bytes out means 128 hex characters in:
  // one pass over the header instead of a regex test and then the decode.
  const signatureBytes = Buffer.from(signature, 'hex');
  if (signatureBytes.length !== SIGNATURE_BYTES) return 'malformed';
  const message = Buffer.concat([Buffer.from(timestamp, 'utf8'), rawBody]);
  return verify(null, message, publicKey, signatureBytes) ? 'valid' : 'invalid';
}
