/**
 * A query that cannot be read. `position` is the 0-based UTF-16 offset in `input` of the problem, so a
 * front end can point at it (see `renderCaret`); the message says what is wrong and what would be right.
 */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';

  constructor(
    message: string,
    readonly input: string,
    readonly position: number,
  ) {
    super(message);
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
  const line = input.replace(/\p{Cc}/gu, ' ');
  const at = Math.max(0, Math.min(position, line.length));
  const start = Math.max(0, Math.min(at - (WINDOW >> 1), line.length - WINDOW));
  const end = start + WINDOW;
  const head = start > 0 ? '…' : '';
  const shown = head + line.slice(start, end) + (end < line.length ? '…' : '');
  return `${shown}\n${' '.repeat(head.length + at - start)}^`;
}
