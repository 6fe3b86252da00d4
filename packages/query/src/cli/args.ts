import { closest } from '../syntax/closest';

/** What the command line asks for. */
export type CliRequest =
  | { action: 'help' }
  | { action: 'version' }
  | { action: 'search'; query: string; json: boolean; noColor: boolean; limit: number; offset: number };

/** A command line that cannot be followed; the message says how to fix it. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const OPTIONS = ['--json', '--limit', '--offset', '--no-color', '--help', '--version'];

function integer(option: string, text: string | undefined, min: number, max: number): number {
  if (text === undefined || !/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw new UsageError(
      `${option} needs a whole number ${range}, as in ${option} ${min + 1}; got ${text ?? 'nothing'}.`,
    );
  }
  return Number(text);
}

/**
 * Reads argv. Only words starting with "--" (and -h) are options, so `-canada` stays an exclusion in
 * the query; everything after a bare `--` is query text. The query words are joined with spaces.
 */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  const words: string[] = [];
  let json = false;
  let noColor = false;
  let limit = 10;
  let offset = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { action: 'help' };
    if (arg === '--version') return { action: 'version' };
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const [name = '', inline] = arg.split(/=(.*)/s);
    const value = () => inline ?? argv[++i];
    if (name === '--json') json = true;
    else if (name === '--no-color') noColor = true;
    else if (name === '--limit') limit = integer(name, value(), 1, 100);
    else if (name === '--offset') offset = integer(name, value(), 0, Number.MAX_SAFE_INTEGER);
    else throw new UsageError(`Unknown option ${name}. Did you mean ${closest(name, OPTIONS)}?`);
  }
  const query = words.join(' ').trim();
  if (!query) throw new UsageError('No query given. Try: asylum-query alarcon outcome:denied');
  return { action: 'search', query, json, noColor, limit, offset };
}
