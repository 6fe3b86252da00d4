import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

/** A locally generated Ed25519 key pair, the public half in Discord's format (64 hex chars, raw key). */
export interface TestKeys {
  publicKeyHex: string;
  privateKey: KeyObject;
}

export function generateTestKeys(): TestKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('node did not export an Ed25519 JWK');
  return { publicKeyHex: Buffer.from(jwk.x, 'base64url').toString('hex'), privateKey };
}

/** Signs the way Discord does: Ed25519 over timestamp + raw body, hex-encoded. */
export function signBody(keys: TestKeys, timestamp: string, body: string | Buffer): string {
  const message = Buffer.concat([
    Buffer.from(timestamp),
    typeof body === 'string' ? Buffer.from(body) : body,
  ]);
  return sign(null, message, keys.privateKey).toString('hex');
}
