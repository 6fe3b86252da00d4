import { formatResult, query } from '../shipped-query';
import { QuerySyntaxError, renderCaret } from '../syntax/errors';
import { parseQuery } from '../syntax/parse';
import { parseCliArgs, UsageError } from './args';
import { HELP } from './help';

/** The edges of the process the CLI touches, so it can run in a test without a real terminal. */
export type CliIo = {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  isTty: boolean;
  version: string;
};

/** Exit codes as grep has them. */
export const EXIT = { found: 0, none: 1, error: 2 } as const;

const indent = (text: string) => text.replace(/^/gm, '  ');

/** Runs one command line; returns the exit code. Users see messages, never a stack trace. */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const request = parseCliArgs(argv);
    if (request.action !== 'search') {
      io.out(request.action === 'help' ? HELP : `${io.version}\n`);
      return EXIT.found;
    }

    const parsed = parseQuery(request.query);
    const result = query(parsed, { limit: request.limit, offset: request.offset });
    // NO_COLOR counts only when set to something (no-color.org); an empty value leaves colour on.
    const color = io.isTty && !request.noColor && !io.env.NO_COLOR;
    io.out(
      `${formatResult(result, request.json ? 'json' : color ? 'ansi' : 'text', { offset: request.offset })}\n`,
    );
    return result.hits.length > 0 ? EXIT.found : EXIT.none;
  } catch (error) {
    if (error instanceof QuerySyntaxError) {
      io.err(`asylum-query: ${error.message}\n\n${indent(renderCaret(error.input, error.position))}\n`);
    } else if (error instanceof UsageError) {
      io.err(`asylum-query: ${error.message}\nRun asylum-query --help for the syntax and options.\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.err(`asylum-query: unexpected error: ${message}\nPlease report it with the command you ran.\n`);
    }
    return EXIT.error;
  }
}
