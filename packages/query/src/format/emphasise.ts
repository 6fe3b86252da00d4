import type { HighlightRange } from '@asylum-archive/core';

/**
 * Rebuilds `snippet` with each highlighted range passed through `mark` and the text between through
 * `plain` (escaping for the target format). Ranges are clamped, sorted and merged first: the contract
 * promises offsets, not their order, and overlapping marks would render as stray markers.
 */
export function emphasise(
  snippet: string,
  highlights: readonly HighlightRange[],
  mark: (text: string) => string,
  plain: (text: string) => string,
): string {
  const merged: [number, number][] = [];
  const sorted = [...highlights].sort((a, b) => a[0] - b[0]);
  for (const [from, to] of sorted) {
    const start = Math.max(0, from);
    const end = Math.min(snippet.length, to);
    if (start >= end) continue;
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  let out = '';
  let at = 0;
  for (const [start, end] of merged) {
    out += plain(snippet.slice(at, start)) + mark(snippet.slice(start, end));
    at = end;
  }
  return out + plain(snippet.slice(at));
}
