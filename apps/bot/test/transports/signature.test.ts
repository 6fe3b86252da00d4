import { describe, expect, it } from 'vitest';
import { checkSignature, importDiscordPublicKey } from '../../src/transports/http/signature';
import { generateTestKeys, signBody } from './support/ed25519';

describe('Ed25519 request signatures (keys generated locally)', () => {
  const keys = generateTestKeys();
  const publicKey = importDiscordPublicKey(keys.publicKeyHex);
  const body = Buffer.from('{"type":1}');
  const timestamp = '1700000000';
  // The server's clock at the moment of signing: the timestamp window is tested on its own below.
  const at = { now: () => Number(timestamp) * 1000 };

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
    expect(checkSignature(publicKey, signBody(keys, timestamp, body), timestamp, body, at)).toBe('valid');
  });

  it('rejects a tampered body, a changed timestamp and a key that did not sign', () => {
    const signature = signBody(keys, timestamp, body);
    expect(checkSignature(publicKey, signature, timestamp, Buffer.from('{"type":2}'), at)).toBe('invalid');
    expect(checkSignature(publicKey, signature, '1700000001', body, at)).toBe('invalid');
    const other = importDiscordPublicKey(generateTestKeys().publicKeyHex);
    expect(checkSignature(other, signature, timestamp, body, at)).toBe('invalid');
  });

  it('tells a missing header from a malformed one', () => {
    const signature = signBody(keys, timestamp, body);
    expect(checkSignature(publicKey, undefined, timestamp, body, at)).toBe('missing');
    expect(checkSignature(publicKey, signature, undefined, body, at)).toBe('missing');
    expect(checkSignature(publicKey, 'nothex', timestamp, body, at)).toBe('malformed');
    expect(checkSignature(publicKey, signature.slice(2), timestamp, body, at)).toBe('malformed');
    // The right length, but not all hex: at the start, in the middle (odd and even place) and at the end.
    for (const place of [0, 63, 64, 127]) {
      const broken = `${signature.slice(0, place)}g${signature.slice(place + 1)}`;
      expect(checkSignature(publicKey, broken, timestamp, body, at)).toBe('malformed');
    }
    expect(checkSignature(publicKey, `${signature.slice(0, 126)} 0`, timestamp, body, at)).toBe('malformed');
    expect(checkSignature(publicKey, signature.toUpperCase(), timestamp, body, at)).toBe('valid');
    expect(checkSignature(publicKey, signature, 'yesterday', body, at)).toBe('malformed');
  });

  it('refuses a valid signature whose timestamp is more than the tolerance from the server clock (replay)', () => {
    const now = Number(timestamp) * 1000;
    const signed = (when: string) =>
      checkSignature(publicKey, signBody(keys, when, body), when, body, { now: () => now });
    // An hour old, a year ahead, the epoch: each validly signed, each refused.
    expect(signed(String(Number(timestamp) - 3600))).toBe('stale');
    expect(signed(String(Number(timestamp) + 365 * 24 * 3600))).toBe('stale');
    expect(signed('0')).toBe('stale');
    // Five minutes either way is still accepted; one second more is not.
    expect(signed(String(Number(timestamp) - 300))).toBe('valid');
    expect(signed(String(Number(timestamp) + 300))).toBe('valid');
    expect(signed(String(Number(timestamp) - 301))).toBe('stale');
    // The tolerance is a setting.
    const strict = { now: () => now, toleranceSeconds: 10 };
    const late = String(Number(timestamp) - 11);
    expect(checkSignature(publicKey, signBody(keys, late, body), late, body, strict)).toBe('stale');
  });
});
