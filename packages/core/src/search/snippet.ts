import { mergeHighlights } from '../text/highlights';
import type { HighlightRange } from './types';

/** Longest snippet, in UTF-16 units, before the ellipses. */
export const SNIPPET_LENGTH = 240;
const ELLIPSIS = '…';

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/** Leading context before the first highlight of a window. */
const LEAD = 60;

/** The window [start, end) that a snippet starting at a highlight at `at` covers, before snapping to words. */
function windowAt(at: number, length: number): [number, number] {
  const end = Math.min(length, Math.max(0, at - LEAD) + SNIPPET_LENGTH);
  return [Math.max(0, end - SNIPPET_LENGTH), end];
}

/**
 * The window of the passage that holds the most highlighted words, cut at word boundaries, with "…" where text
 * was left out; the highlights are moved into the snippet's own offsets. When `anchor` is given (the rarest
 * word the query matched, a number first), the window always holds it: a reader who typed "900" sees "900".
 */
export function makeSnippet(
  text: string,
  passageRanges: ReadonlyArray<readonly [number, number]>,
  anchor?: readonly [number, number],
): { snippet: string; highlights: HighlightRange[] } {
  const ranges = mergeHighlights(passageRanges);
  if (text.length <= SNIPPET_LENGTH) return { snippet: text, highlights: ranges };
  // A whole word of slack, so that snapping the ends to whitespace cannot cut the anchor off.
  const holdsAnchor = (at: number) => {
    if (!anchor) return true;
    const [from, to] = windowAt(at, text.length);
    return anchor[0] >= (from === 0 ? 0 : from + 20) && anchor[1] <= (to === text.length ? to : to - 20);
  };

  // Slide a window that starts at each highlight and keep the one covering the most of them.
  let bestStart = anchor ? anchor[0] : 0;
  let bestCount = -1;
  for (let i = 0; i < ranges.length; i++) {
    const start = ranges[i]?.[0] ?? 0;
    if (!holdsAnchor(start)) continue;
    let count = 0;
    for (let j = i; j < ranges.length && (ranges[j]?.[1] ?? 0) <= start + SNIPPET_LENGTH; j++) count++;
    if (count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
  }
  // Give the first highlight some leading context, then snap both ends to whitespace.
  let [start, end] = windowAt(bestStart, text.length);
  if (start > 0) {
    const space = text.slice(start, bestStart).search(/\s/);
    start = space >= 0 ? start + space + 1 : start;
  }
  if (end < text.length) {
    let cut = end;
    while (cut > start && !isSpace(text[cut])) cut--;
    if (cut > start) end = cut;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const body = text.slice(start, end).trim();
  const bodyStart = start + text.slice(start, end).search(/\S|$/);
  const shift = prefix.length - bodyStart;
  const highlights: HighlightRange[] = [];
  for (const [from, to] of ranges) {
    const clippedFrom = Math.max(from, bodyStart);
    const clippedTo = Math.min(to, bodyStart + body.length);
    if (clippedTo > clippedFrom) highlights.push([clippedFrom + shift, clippedTo + shift]);
  }
  return { snippet: prefix + body + suffix, highlights };
}
