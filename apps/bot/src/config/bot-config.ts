import { z } from 'zod';
import { ConfigError } from './config-error';
import { optionalChoice, optionalVariable, PATTERNS, requiredVariable } from './variable-schemas';
import type { Env } from './variables';

export const BOT_MODES = ['gateway', 'http', 'console'] as const;
export type BotMode = (typeof BOT_MODES)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** `auto` asks Discord how many shards the bot should run. */
export type ShardCount = 'auto' | number;

interface CommonConfig {
  logLevel: LogLevel;
}

export interface ConsoleConfig extends CommonConfig {
  mode: 'console';
}

export interface GatewayConfig extends CommonConfig {
  mode: 'gateway';
  token: string;
  /** Absent: one process, no ShardingManager. */
  shards: ShardCount | undefined;
  cooldownMs: number;
  /** Absent: cooldowns live in this process's memory. */
  redisUrl: string | undefined;
}

export interface HttpConfig extends CommonConfig {
  mode: 'http';
  publicKey: string;
  applicationId: string;
  port: number;
  host: string;
  cooldownMs: number;
  redisUrl: string | undefined;
  /** Absent: the server's default (5 minutes). */
  signatureToleranceSeconds: number | undefined;
  healthDetails: boolean;
  /** Synthetic interactions answered before /health says ok (see self-warm-up.ts). */
  warmUpRequests: number;
}

export type BotConfig = ConsoleConfig | GatewayConfig | HttpConfig;

export interface DeployConfig {
  token: string;
  applicationId: string;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_COOLDOWN_MS = 3000;
/**
 * Synthetic interactions HTTP mode answers in-process before /health says ok (transports/http/self-warm-up.ts):
 * after ≈ 1,000–4,000 calls V8 has compiled a function of the per-request path, and 6,000 interactions at
 * several per turn of the loop took ≈ 5 s on a core that answers ≈ 1,760/s.
 */
export const DEFAULT_WARM_UP_REQUESTS = 6_000;

const common = {
  LOG_LEVEL: optionalChoice('LOG_LEVEL', LOG_LEVELS),
};
const cooldown = {
  BOT_COOLDOWN_MS: optionalVariable(
    'BOT_COOLDOWN_MS',
    PATTERNS.milliseconds,
    'a whole number of milliseconds',
  ),
  REDIS_URL: optionalVariable('REDIS_URL', PATTERNS.redisUrl, 'a URL starting with redis:// or rediss://'),
};

const modeSchema = z.object({
  BOT_MODE: optionalChoice('BOT_MODE', BOT_MODES),
  DISCORD_TOKEN: z.string().optional(),
});

const gatewaySchema = z.object({
  ...common,
  ...cooldown,
  DISCORD_TOKEN: requiredVariable(
    'DISCORD_TOKEN',
    'gateway mode',
    PATTERNS.botToken,
    'a bot token of three dot-separated parts',
  ),
  BOT_SHARDS: optionalVariable('BOT_SHARDS', PATTERNS.shards, 'auto or a whole number from 1'),
});

const httpSchema = z.object({
  ...common,
  ...cooldown,
  DISCORD_PUBLIC_KEY: requiredVariable(
    'DISCORD_PUBLIC_KEY',
    'HTTP mode',
    PATTERNS.publicKey,
    '64 hexadecimal characters',
  ),
  DISCORD_APPLICATION_ID: requiredVariable(
    'DISCORD_APPLICATION_ID',
    'HTTP mode',
    PATTERNS.snowflake,
    'a numeric id of 17 to 20 digits',
  ),
  PORT: optionalVariable('PORT', PATTERNS.port, 'a port number from 1 to 65535 (0 picks a free one)'),
  HOST: optionalVariable('HOST', PATTERNS.host, 'an IP address or host name such as 127.0.0.1 or 0.0.0.0'),
  SIGNATURE_TOLERANCE_SECONDS: optionalVariable(
    'SIGNATURE_TOLERANCE_SECONDS',
    PATTERNS.seconds,
    'a whole number of seconds from 1',
  ),
  HEALTH_DETAILS: optionalVariable('HEALTH_DETAILS', PATTERNS.flag, 'true or false'),
  WARM_UP_REQUESTS: optionalVariable('WARM_UP_REQUESTS', PATTERNS.count, 'a whole number from 0'),
});

const consoleSchema = z.object(common);

const deploySchema = z.object({
  DISCORD_TOKEN: requiredVariable(
    'DISCORD_TOKEN',
    'deploy-commands',
    PATTERNS.botToken,
    'a bot token of three dot-separated parts',
  ),
  DISCORD_APPLICATION_ID: requiredVariable(
    'DISCORD_APPLICATION_ID',
    'deploy-commands',
    PATTERNS.snowflake,
    'a numeric id of 17 to 20 digits',
  ),
});

/** Parses or throws one ConfigError that lists every problem at once, one line each. */
function parseOrThrow<Schema extends z.ZodType>(schema: Schema, env: Env): z.output<Schema> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => issue.message));
}

/** BOT_MODE wins; otherwise a configured token means gateway, and a fresh clone without one gets the console. */
export function resolveBotMode(env: Env): BotMode {
  const { BOT_MODE, DISCORD_TOKEN } = parseOrThrow(modeSchema, env);
  if (BOT_MODE !== undefined) return BOT_MODE;
  return DISCORD_TOKEN !== undefined && DISCORD_TOKEN.trim() !== '' ? 'gateway' : 'console';
}

function parseShards(value: string | undefined): ShardCount | undefined {
  if (value === undefined) return undefined;
  return value === 'auto' ? 'auto' : Number(value);
}

/** Validates exactly what the chosen mode needs: a console session must not demand a token. */
export function parseBotConfig(env: Env): BotConfig {
  const mode = resolveBotMode(env);
  if (mode === 'console') {
    const parsed = parseOrThrow(consoleSchema, env);
    return { mode, logLevel: parsed.LOG_LEVEL ?? 'info' };
  }
  if (mode === 'gateway') {
    const parsed = parseOrThrow(gatewaySchema, env);
    return {
      mode,
      logLevel: parsed.LOG_LEVEL ?? 'info',
      token: parsed.DISCORD_TOKEN,
      shards: parseShards(parsed.BOT_SHARDS),
      cooldownMs: parsed.BOT_COOLDOWN_MS === undefined ? DEFAULT_COOLDOWN_MS : Number(parsed.BOT_COOLDOWN_MS),
      redisUrl: parsed.REDIS_URL,
    };
  }
  const parsed = parseOrThrow(httpSchema, env);
  return {
    mode,
    logLevel: parsed.LOG_LEVEL ?? 'info',
    publicKey: parsed.DISCORD_PUBLIC_KEY.toLowerCase(),
    applicationId: parsed.DISCORD_APPLICATION_ID,
    port: parsed.PORT === undefined ? DEFAULT_PORT : Number(parsed.PORT),
    host: parsed.HOST ?? DEFAULT_HOST,
    cooldownMs: parsed.BOT_COOLDOWN_MS === undefined ? DEFAULT_COOLDOWN_MS : Number(parsed.BOT_COOLDOWN_MS),
    redisUrl: parsed.REDIS_URL,
    signatureToleranceSeconds:
      parsed.SIGNATURE_TOLERANCE_SECONDS === undefined
        ? undefined
        : Number(parsed.SIGNATURE_TOLERANCE_SECONDS),
    healthDetails: parsed.HEALTH_DETAILS === 'true',
    warmUpRequests:
      parsed.WARM_UP_REQUESTS === undefined ? DEFAULT_WARM_UP_REQUESTS : Number(parsed.WARM_UP_REQUESTS),
  };
}

/** What `deploy-commands` needs: the token to authenticate and the application to register under. */
export function parseDeployConfig(env: Env): DeployConfig {
  const parsed = parseOrThrow(deploySchema, env);
  return { token: parsed.DISCORD_TOKEN, applicationId: parsed.DISCORD_APPLICATION_ID };
}
