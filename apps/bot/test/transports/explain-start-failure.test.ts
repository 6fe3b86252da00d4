import { describe, expect, it } from 'vitest';
import type { GatewayConfig, HttpConfig } from '../../src/config/bot-config';
import { explainStartFailure } from '../../src/transports/lifecycle/explain-start-failure';

const gateway: GatewayConfig = {
  mode: 'gateway',
  logLevel: 'info',
  token: 'a.b.c',
  shards: undefined,
  cooldownMs: 0,
  redisUrl: undefined,
};
const http: HttpConfig = {
  mode: 'http',
  logLevel: 'info',
  publicKey: 'a'.repeat(64),
  applicationId: '123456789012345678',
  port: 8787,
  host: '127.0.0.1',
  cooldownMs: 0,
  redisUrl: undefined,
  signatureToleranceSeconds: undefined,
  healthDetails: false,
  warmUpRequests: 0,
};

function codeError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('start failures explained in one line', () => {
  it('tells a person to reset a token Discord refused, from the gateway login or a REST call', () => {
    const login = codeError('An invalid token was provided.', 'TokenInvalid');
    const rest = Object.assign(new Error('401: Unauthorized'), { status: 401 });
    for (const error of [login, rest]) {
      expect(explainStartFailure(error, gateway)).toMatch(
        /^Discord rejected DISCORD_TOKEN\. Reset it in .* → Bot → Reset Token\.$/,
      );
    }
  });

  it('recognises an unreachable Discord, also when undici wraps the code in `cause`', () => {
    const direct = codeError('getaddrinfo ENOTFOUND discord.com', 'ENOTFOUND');
    const wrapped = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    expect(explainStartFailure(direct, gateway)).toBe(
      "Could not reach Discord (ENOTFOUND). Check this machine's network connection and DNS, then start again.",
    );
    expect(explainStartFailure(wrapped, gateway)).toMatch(/^Could not reach Discord \(ECONNREFUSED\)/);
  });

  it('names the port or address the HTTP endpoint cannot take', () => {
    expect(explainStartFailure(codeError('listen EADDRINUSE', 'EADDRINUSE'), http)).toBe(
      'PORT 8787 is already in use on 127.0.0.1. Stop the other process or set PORT to a free port.',
    );
    expect(explainStartFailure(codeError('listen EACCES', 'EACCES'), http)).toMatch(
      /^Cannot listen on 127\.0\.0\.1:8787 \(EACCES\)/,
    );
  });

  it('leaves bugs unexplained, so they are logged with their stack', () => {
    expect(explainStartFailure(new TypeError('x is not a function'), gateway)).toBeUndefined();
    expect(explainStartFailure(codeError('listen EADDRINUSE', 'EADDRINUSE'), gateway)).toBeUndefined();
    expect(explainStartFailure(undefined, http)).toBeUndefined();
    expect(explainStartFailure('a string', http)).toBeUndefined();
  });
});
