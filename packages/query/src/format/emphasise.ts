import { type HighlightRange, mergeHighlights } from '@asylum-archive/core';

/**
 * Rebuilds `snippet` with each highlighted range passed through `mark` and the text between through
 * `plain` (escaping for the target format). Ranges go through core's `mergeHighlights` first: the contract
 * promises offsets, not their order, and overlapping marks would render as stray markers.
 */
export function emphasise(
  snippet: string,
  highlights: readonly HighlightRange[],
  mark: (text: string) => string,
  plain: (text: string) => string,
): string {
  let out = '';
  let at = 0;
  for (const [start, end] of mergeHighlights(highlights, snippet.length)) {
    out += plain(snippet.slice(at, start)) + mark(snippet.slice(start, end));
    at = end;
  }
  return out + plain(snippet.slice(at));
}
