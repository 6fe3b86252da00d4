import { ArchiveError } from '../errors';
import type { HighlightRange } from '../search/types';

/**
 * Highlight ranges ready to render: whole numbers only, clamped to `[0, length]`, empty ones dropped, sorted,
 * and those that overlap or touch merged — so a renderer never nests or repeats a mark.
 */
export function mergeHighlights(
  ranges: readonly HighlightRange[],
  length = Number.POSITIVE_INFINITY,
): Array<[number, number]> {
  if (!Array.isArray(ranges))
    throw ArchiveError.invalidArgument('mergeHighlights: the ranges', 'a list of [start, end] pairs', ranges);
  if (typeof length !== 'number' || Number.isNaN(length))
    throw ArchiveError.invalidArgument('mergeHighlights: the length', 'a number', length);
  const clamped: Array<[number, number]> = [];
  for (const range of ranges) {
    const [from, to] = Array.isArray(range) ? range : [];
    if (!Number.isInteger(from) || !Number.isInteger(to)) continue;
    const start = Math.max(0, Math.min(from as number, length));
    const end = Math.max(0, Math.min(to as number, length));
    if (end > start) clamped.push([start, end]);
  }
  clamped.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of clamped) {
    const last = merged.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
