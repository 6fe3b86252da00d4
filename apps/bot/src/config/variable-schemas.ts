import { z } from 'zod';
import { BOT_VARIABLES, type BotVariableName } from './variables';

/** An empty or blank value (`DISCORD_TOKEN=` in a copied .env.example) counts as missing; stray spaces are dropped. */
function blankAsMissing(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** What a malformed value looked like, without ever echoing a secret. */
function describeInput(name: BotVariableName, input: unknown): string {
  if (typeof input !== 'string') return '';
  if (BOT_VARIABLES[name].secret) return ` (got ${input.length} characters)`;
  const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
  return ` (got "${shown}")`;
}

function missingMessage(name: BotVariableName, neededFor: string): string {
  return `${name} is missing: ${neededFor} needs ${BOT_VARIABLES[name].what}. ${BOT_VARIABLES[name].howToGet}`;
}

function malformedMessage(name: BotVariableName, expected: string, input: unknown): string {
  return `${name} is malformed: expected ${expected}${describeInput(name, input)}. ${BOT_VARIABLES[name].howToGet}`;
}

/** A variable that must be present and match `pattern`; `neededFor` says who needs it ("HTTP mode"). */
export function requiredVariable(
  name: BotVariableName,
  neededFor: string,
  pattern: RegExp,
  expected: string,
) {
  return z.preprocess(
    blankAsMissing,
    z
      .string({ error: () => missingMessage(name, neededFor) })
      .regex(pattern, { error: (issue) => malformedMessage(name, expected, issue.input) }),
  );
}

/** A variable that may be absent; when present it must match `pattern`. */
export function optionalVariable(name: BotVariableName, pattern: RegExp, expected: string) {
  return z.preprocess(
    blankAsMissing,
    z
      .string()
      .regex(pattern, { error: (issue) => malformedMessage(name, expected, issue.input) })
      .optional(),
  );
}

/** A variable that may be absent; when present it must be one of `choices` (typed as that union). */
export function optionalChoice<const Choice extends string>(
  name: BotVariableName,
  choices: readonly [Choice, ...Choice[]],
) {
  const expected = `one of ${choices.join(', ')}`;
  return z.preprocess(
    blankAsMissing,
    z.enum(choices, { error: (issue) => malformedMessage(name, expected, issue.input) }).optional(),
  );
}

/** Formats (not secrets) Discord uses; checked so a pasted wrong value fails at start, not on first request. */
export const PATTERNS = {
  /** Three dot-separated base64url parts. */
  botToken: /^[\w-]+\.[\w-]+\.[\w-]+$/,
  snowflake: /^\d{17,20}$/,
  /** A raw 32-byte Ed25519 key as hex, the way the Developer Portal shows it. */
  publicKey: /^[0-9a-fA-F]{64}$/,
  port: /^(?:0|[1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5])$/,
  host: /^[\w.:-]+$/,
  shards: /^(?:auto|[1-9]\d{0,4})$/,
  milliseconds: /^\d{1,7}$/,
  /** A whole number from 0, as for WARM_UP_REQUESTS. */
  count: /^\d{1,6}$/,
  seconds: /^[1-9]\d{0,6}$/,
  redisUrl: /^rediss?:\/\/\S+$/,
  flag: /^(?:true|false)$/,
} as const;
