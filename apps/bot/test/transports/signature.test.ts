import { describe, expect, it } from 'vitest';
import { checkSignature, importDiscordPublicKey } from '../../src/transports/http/signature';
import { generateTestKeys, signBody } from './support/ed25519';

describe('Ed25519 request signatures (keys generated locally)', () => {
  const keys = generateTestKeys();
  const publicKey = importDiscordPublicKey(keys.publicKeyHex);
  const body = Buffer.from('{"type":1}');
  const timestamp = '1700000000';

  it('imports the 64-hex raw key Discord shows into the same key node generated', () => {
    expect(keys.publicKeyHex).toMatch(/^[0-9a-f]{64}$/);
    expect(publicKey.export({ format: 'jwk' })).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(Buffer.from(String(publicKey.export({ format: 'jwk' }).x), 'base64url').toString('hex')).toBe(
      keys.publicKeyHex,
    );
  });

  it('refuses a key that is not 64 hex characters', () => {
    expect(() => importDiscordPublicKey('abc')).toThrow(/64 hexadecimal/);
    expect(() => importDiscordPublicKey('z'.repeat(64))).toThrow(/64 hexadecimal/);
  });

  it('accepts a signature over timestamp + body', () => {
    expect(checkSignature(publicKey, signBody(keys, timestamp, body), timestamp, body)).toBe('valid');
  });

  it('rejects a tampered body, a changed timestamp and a key that did not sign', () => {
    const signature = signBody(keys, timestamp, body);
    expect(checkSignature(publicKey, signature, timestamp, Buffer.from('{"type":2}'))).toBe('invalid');
    expect(checkSignature(publicKey, signature, '1700000001', body)).toBe('invalid');
    const other = importDiscordPublicKey(generateTestKeys().publicKeyHex);
    expect(checkSignature(other, signature, timestamp, body)).toBe('invalid');
  });

  it('tells a missing header from a malformed one', () => {
    const signature = signBody(keys, timestamp, body);
    expect(checkSignature(publicKey, undefined, timestamp, body)).toBe('missing');
    expect(checkSignature(publicKey, signature, undefined, body)).toBe('missing');
    expect(checkSignature(publicKey, 'nothex', timestamp, body)).toBe('malformed');
    expect(checkSignature(publicKey, signature.slice(2), timestamp, body)).toBe('malformed');
    // The right length, but not all hex: at the start, in the middle (odd and even place) and at the end.
    for (const at of [0, 63, 64, 127]) {
      const broken = `${signature.slice(0, at)}g${signature.slice(at + 1)}`;
      expect(checkSignature(publicKey, broken, timestamp, body)).toBe('malformed');
    }
    expect(checkSignature(publicKey, `${signature.slice(0, 126)} 0`, timestamp, body)).toBe('malformed');
    expect(checkSignature(publicKey, signature.toUpperCase(), timestamp, body)).toBe('valid');
    expect(checkSignature(publicKey, signature, 'yesterday', body)).toBe('malformed');
  });
});
