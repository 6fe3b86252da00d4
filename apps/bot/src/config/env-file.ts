import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigError } from './config-error';
import type { Env } from './variables';

export const ENV_FILE_NAME = '.env';

/**
 * The environment with `<dir>/.env` underneath it: a variable set in the real environment wins over
 * the file, the same precedence as `process.loadEnvFile`. Parsing uses node's own `.env` parser
 * (`util.parseEnv`, the one behind `process.loadEnvFile`) but returns a new object instead of
 * mutating `process.env`, so tests and shard children see exactly what they were given.
 */
export function withEnvFile(env: Env, dir: string): Env {
  const file = join(dir, ENV_FILE_NAME);
  if (!existsSync(file)) return env;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError([
      `${file} exists but cannot be read (${reason}). Fix its permissions or remove it.`,
    ]);
  }
  const fromFile = parseEnv(text);
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined) merged[name] = value;
  }
  return merged;
}
