import { checkArgument } from '../check-arguments';
import type { QueryField, ResultType } from './ast';

/**
 * What is wrong with a query, as data: a stable `code` and the values a message needs, so a front end can
 * say it in its own words and language (the bot's Spanish catalogue does) instead of matching the English
 * message. Codes are part of the public API: new ones may be added, existing ones keep their meaning.
 */
export type QuerySyntaxDetail =
  /** The input is not a string (`type` is what `typeof` said). */
  | { code: 'not-a-string'; type: string }
  /** A `"` with no closing quote. */
  | { code: 'unclosed-quote' }
  /** `field:` is no field; `suggestion` is the nearest field name, `fields` every canonical one. */
  | { code: 'unknown-field'; field: string; suggestion: string; fields: readonly QueryField[] }
  /** `-field:value`: filters cannot be excluded. */
  | { code: 'excluded-filter'; field: QueryField }
  /** A single-valued field (`year:`, `after:`, `before:`, `type:`) given twice. */
  | { code: 'repeated-field'; field: QueryField }
  /** `field:` with nothing after it. */
  | { code: 'empty-value'; field: QueryField }
  /** `year:` that is not YYYY or YYYY..YYYY. */
  | { code: 'bad-year'; value: string }
  /** `year:2011..2009`: a range that ends before it starts. */
  | { code: 'reversed-year-range'; from: number; to: number }
  /** `after:`/`before:` that is not YYYY, YYYY-MM or YYYY-MM-DD. */
  | { code: 'bad-date'; field: 'after' | 'before'; value: string }
  /** An `outcome:` or `type:` value that is not one of `allowed`; `suggestion` is the nearest. */
  | {
      code: 'unknown-value';
      field: 'outcome' | 'type';
      value: string;
      suggestion: string;
      allowed: readonly string[] | readonly ResultType[];
    };

export type QuerySyntaxCode = QuerySyntaxDetail['code'];

/**
 * A query that cannot be read. `position` is the 0-based UTF-16 offset in `input` of the problem, so a
 * front end can point at it (see `renderCaret`); the message says in English what is wrong and what would be
 * right, and `code` with `detail` say the same as data, for front ends that word it themselves.
 */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
  /** A stable name for what is wrong (`detail.code`). */
  readonly code: QuerySyntaxCode;

  constructor(
    message: string,
    readonly input: string,
    readonly position: number,
    readonly detail: QuerySyntaxDetail,
  ) {
    super(message);
    this.code = detail.code;
  }
}

// Wide enough for a terminal line with room for an indent; longer inputs are windowed around the caret.
const WINDOW = 72;

/**
 * The input on one line with a caret under `position`:
 *
 *     outlet:"texas observer
 *            ^
 *
 * Control characters become spaces so the caret stays aligned; long inputs are cut to a window around
 * the position, with "…" where text was left out.
 */
export function renderCaret(input: string, position: number): string {
  checkArgument(typeof input === 'string', 'renderCaret: the input', 'text', input);
  checkArgument(Number.isInteger(position), 'renderCaret: the position', 'a whole number', position);
  const line = input.replace(/\p{Cc}/gu, ' ');
  const at = Math.max(0, Math.min(position, line.length));
  const start = Math.max(0, Math.min(at - (WINDOW >> 1), line.length - WINDOW));
  const end = start + WINDOW;
  const head = start > 0 ? '…' : '';
  const shown = head + line.slice(start, end) + (end < line.length ? '…' : '');
  return `${shown}\n${' '.repeat(head.length + at - start)}^`;
}
