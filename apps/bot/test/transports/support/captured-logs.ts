import { Writable } from 'node:stream';
import type { LogLevel } from '../../../src/config/bot-config';
import { createBotLogger, type Logger } from '../../../src/transports/shared/logger';

export interface CapturedLogs {
  logger: Logger;
  /** Everything written so far, as raw text (what would reach stdout). */
  text(): string;
  /** Each JSON line parsed. */
  lines(): Array<Record<string, unknown>>;
}

/** The real pino logger, writing into memory instead of stdout. */
export function captureLogs(level: LogLevel = 'trace'): CapturedLogs {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'));
      callback();
    },
  });
  const logger = createBotLogger({ level, destination });
  return {
    logger,
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
