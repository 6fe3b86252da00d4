/** The one way this bot shortens text to fit a Discord limit. */
export const ELLIPSIS = '…';

/** How far back from the cut a word boundary may be, so a cut rarely splits a word but never wastes much room. */
const WORD_BOUNDARY_WINDOW = 24;

/**
 * Returns `text` unchanged when it fits in `max` UTF-16 code units (the unit Discord's limits are counted in),
 * otherwise the longest prefix that fits together with an ellipsis: cut at a word boundary when one is near,
 * never inside a surrogate pair, and without a dangling backslash that would escape the ellipsis.
 */
export function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, max);

  let end = max - ELLIPSIS.length;
  if (isLowSurrogate(text.charCodeAt(end)) && end > 0) end -= 1;

  const space = text.lastIndexOf(' ', end);
  if (space > 0 && end - space <= WORD_BOUNDARY_WINDOW) end = space;

  let head = text.slice(0, end).trimEnd();
  // A trailing odd run of backslashes would escape the ellipsis (or be shown as a stray "\").
  const backslashes = head.length - head.replace(/\\+$/, '').length;
  if (backslashes % 2 === 1) head = head.slice(0, -1);
  return head + ELLIPSIS;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Joins lines with newlines within `max` code units. Lines that do not fit are dropped from the end and
 * replaced by `more(count)` (e.g. "…and 3 more"), so a list is cut between items, never in the middle of one.
 * A single first line longer than `max` is truncated.
 */
export function joinLinesWithin(
  lines: readonly string[],
  max: number,
  more: (hidden: number) => string,
): string {
  const all = lines.join('\n');
  if (all.length <= max) return all;

  const kept: string[] = [];
  let length = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const hiddenAfter = lines.length - index - 1;
    const separator = kept.length > 0 ? 1 : 0;
    const tail = hiddenAfter > 0 ? 1 + more(hiddenAfter).length : 0;
    if (length + separator + line.length + tail > max) break;
    kept.push(line);
    length += separator + line.length;
  }
  if (kept.length === 0) return truncate(lines[0] ?? '', max);
  const hidden = lines.length - kept.length;
  return hidden > 0 ? truncate(`${kept.join('\n')}\n${more(hidden)}`, max) : kept.join('\n');
}
