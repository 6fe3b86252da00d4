import { describe, expect, it } from 'vitest';
import { parseBotConfig, parseDeployConfig, resolveBotMode } from '../../src/config/bot-config';
import { ConfigError } from '../../src/config/config-error';
import type { Env } from '../../src/config/variables';

const TOKEN = 'MTExMTExMTExMTExMTExMTEx.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const PUBLIC_KEY = 'a'.repeat(64);
const APPLICATION_ID = '123456789012345678';

function problemsOf(env: Env, parse: (env: Env) => unknown = parseBotConfig): readonly string[] {
  try {
    parse(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('mode resolution', () => {
  it('defaults to the console when no token is configured, so a fresh clone runs', () => {
    expect(resolveBotMode({})).toBe('console');
    expect(resolveBotMode({ DISCORD_TOKEN: '   ' })).toBe('console');
  });

  it('defaults to the gateway when a token is set', () => {
    expect(resolveBotMode({ DISCORD_TOKEN: TOKEN })).toBe('gateway');
  });

  it('lets BOT_MODE decide over the token', () => {
    expect(resolveBotMode({ BOT_MODE: 'http', DISCORD_TOKEN: TOKEN })).toBe('http');
    expect(resolveBotMode({ BOT_MODE: 'console', DISCORD_TOKEN: TOKEN })).toBe('console');
  });

  it('names BOT_MODE and the allowed values when it is misspelt', () => {
    expect(problemsOf({ BOT_MODE: 'htpp' })).toEqual([
      'BOT_MODE is malformed: expected one of gateway, http, console (got "htpp"). Leave it unset to get gateway when DISCORD_TOKEN is set and console otherwise.',
    ]);
  });
});

describe('per-mode validation', () => {
  it('needs nothing for the console', () => {
    expect(parseBotConfig({})).toEqual({ mode: 'console', logLevel: 'info' });
  });

  it('reads the gateway settings with defaults', () => {
    expect(parseBotConfig({ DISCORD_TOKEN: TOKEN })).toEqual({
      mode: 'gateway',
      logLevel: 'info',
      token: TOKEN,
      shards: undefined,
      cooldownMs: 3000,
      redisUrl: undefined,
    });
    expect(parseBotConfig({ DISCORD_TOKEN: TOKEN, BOT_SHARDS: 'auto' })).toMatchObject({ shards: 'auto' });
    expect(parseBotConfig({ DISCORD_TOKEN: TOKEN, BOT_SHARDS: '4', BOT_COOLDOWN_MS: '0' })).toMatchObject({
      shards: 4,
      cooldownMs: 0,
    });
  });

  it('reads the HTTP settings with defaults, without needing a token', () => {
    expect(
      parseBotConfig({
        BOT_MODE: 'http',
        DISCORD_PUBLIC_KEY: PUBLIC_KEY,
        DISCORD_APPLICATION_ID: APPLICATION_ID,
      }),
    ).toEqual({
      mode: 'http',
      logLevel: 'info',
      publicKey: PUBLIC_KEY,
      applicationId: APPLICATION_ID,
      port: 8787,
      host: '127.0.0.1',
      cooldownMs: 3000,
      redisUrl: undefined,
      signatureToleranceSeconds: undefined,
      healthDetails: false,
      warmUpRequests: 6000,
    });
  });

  it('reads the shared-cooldown, replay-window and health settings, and names a malformed one', () => {
    const http = { BOT_MODE: 'http', DISCORD_PUBLIC_KEY: PUBLIC_KEY, DISCORD_APPLICATION_ID: APPLICATION_ID };
    expect(
      parseBotConfig({
        ...http,
        REDIS_URL: 'redis://127.0.0.1:6379',
        SIGNATURE_TOLERANCE_SECONDS: '60',
        HEALTH_DETAILS: 'true',
        WARM_UP_REQUESTS: '0',
      }),
    ).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379',
      signatureToleranceSeconds: 60,
      healthDetails: true,
      warmUpRequests: 0,
    });
    expect(() => parseBotConfig({ ...http, WARM_UP_REQUESTS: 'many' })).toThrow(
      /WARM_UP_REQUESTS is malformed/,
    );
    expect(() => parseBotConfig({ ...http, REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL is malformed/);
    expect(() => parseBotConfig({ ...http, SIGNATURE_TOLERANCE_SECONDS: '0' })).toThrow(
      /SIGNATURE_TOLERANCE_SECONDS is malformed/,
    );
  });

  it('names every missing HTTP variable, one line each, with where to find it', () => {
    expect(problemsOf({ BOT_MODE: 'http' })).toEqual([
      "DISCORD_PUBLIC_KEY is missing: HTTP mode needs the application's public key. Copy it from Discord Developer Portal (https://discord.com/developers/applications) → your application → General Information → Public Key.",
      'DISCORD_APPLICATION_ID is missing: HTTP mode needs the application id. Copy it from Discord Developer Portal (https://discord.com/developers/applications) → your application → General Information → Application ID.',
    ]);
  });

  it('treats an empty value copied from .env.example as missing', () => {
    const problems = problemsOf({ BOT_MODE: 'gateway', DISCORD_TOKEN: '' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^DISCORD_TOKEN is missing: gateway mode needs the bot token.* → Bot → Reset Token\.$/,
    );
  });

  it('says what a malformed value should look like, without echoing a secret token', () => {
    const secretLooking = 'not-a-token-but-secret';
    const [problem] = problemsOf({ DISCORD_TOKEN: secretLooking });
    expect(problem).toBe(
      'DISCORD_TOKEN is malformed: expected a bot token of three dot-separated parts (got 22 characters). Copy it from Discord Developer Portal (https://discord.com/developers/applications) → your application → Bot → Reset Token.',
    );
    expect(problem).not.toContain(secretLooking);
  });

  it('rejects malformed public keys, ids, ports, shard counts, cooldowns and log levels', () => {
    const problems = problemsOf({
      BOT_MODE: 'http',
      DISCORD_PUBLIC_KEY: 'xyz',
      DISCORD_APPLICATION_ID: '12ab',
      PORT: '70000',
      BOT_COOLDOWN_MS: '-5',
      LOG_LEVEL: 'loud',
    });
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'LOG_LEVEL',
      'BOT_COOLDOWN_MS',
      'DISCORD_PUBLIC_KEY',
      'DISCORD_APPLICATION_ID',
      'PORT',
    ]);
    expect(problems.every((problem) => problem.includes(' is malformed: expected '))).toBe(true);
    expect(problemsOf({ DISCORD_TOKEN: TOKEN, BOT_SHARDS: '0' })[0]).toMatch(/^BOT_SHARDS is malformed/);
  });

  it('trims stray whitespace around pasted values', () => {
    expect(parseBotConfig({ DISCORD_TOKEN: ` ${TOKEN}\n` })).toMatchObject({ token: TOKEN });
  });
});

describe('deploy-commands configuration', () => {
  it('needs the token and the application id', () => {
    expect(parseDeployConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID })).toEqual({
      token: TOKEN,
      applicationId: APPLICATION_ID,
    });
    expect(problemsOf({}, parseDeployConfig).map((problem) => problem.split(':')[0])).toEqual([
      'DISCORD_TOKEN is missing',
      'DISCORD_APPLICATION_ID is missing',
    ]);
  });
});
