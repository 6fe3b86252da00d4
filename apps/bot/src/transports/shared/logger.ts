import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from '../../config/bot-config';

export type { Logger } from 'pino';

/**
 * Where secrets could land in a log line, at the top level or one object down (`{ interaction: { token } }`).
 * Interaction tokens, the bot token, request signatures and authorization headers are never written.
 * A REST error's `url` holds the interaction token of a webhook route, so it is censored too.
 */
export const REDACTED_PATHS: readonly string[] = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  '*.authorization',
  '*.headers.authorization',
  'signature',
  '*.signature',
  '["x-signature-ed25519"]',
  '*["x-signature-ed25519"]',
  '*.headers["x-signature-ed25519"]',
  'err.url',
  'err.requestBody',
];

export interface BotLoggerOptions {
  level: LogLevel;
  /** Defaults to stdout; tests pass a stream to read what was written. */
  destination?: DestinationStream;
}

/** Lines are gathered up to this many bytes before a write, and flushed at least this often. */
const BATCH_BYTES = 4096;
const FLUSH_EVERY_MS = 1000;

/**
 * Stdout, written in batches: one write system call per line cost a quarter of the HTTP endpoint's
 * throughput under load (see bench/http-load.ts). A timer flushes at least every second, so a quiet
 * bot's lines still appear promptly, and pino flushes what is left when the process exits.
 */
function batchedStdout(): DestinationStream {
  const destination = pino.destination({ dest: 1, sync: false, minLength: BATCH_BYTES });
  setInterval(() => destination.flush(), FLUSH_EVERY_MS).unref();
  return destination;
}

/** JSON lines on stdout, one per event, with secrets censored before they are serialised. */
export function createBotLogger(options: BotLoggerOptions): Logger {
  const settings = {
    level: options.level,
    base: { app: 'asylum-archive-bot' },
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
  };
  return pino(settings, options.destination ?? batchedStdout());
}

/**
 * The same destination, level and bindings without redaction, for the one line per request that a
 * transport builds entirely from its own fields (ids, names, status, timings): nothing secret can be in
 * it. Redaction walks every censored path on every line, which cost ≈ 20 µs of the HTTP endpoint's
 * ≈ 560 µs per request under load; every other line still goes through the redacting logger.
 */
export function withoutRedaction(logger: Logger): Logger {
  const destination = (logger as unknown as Record<symbol, DestinationStream>)[pino.symbols.streamSym];
  return pino({ level: logger.level, base: logger.bindings() }, destination);
}
