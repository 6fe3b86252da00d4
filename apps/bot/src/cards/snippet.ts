import { mergeHighlights } from '@asylum-archive/core';
import { escapeArchiveText } from '../discord/escape';
import { truncate } from '../discord/truncate';

type Range = readonly [start: number, end: number];

/**
 * A search snippet as Markdown with each highlight range in bold. The text is shortened *before* the
 * Markdown is added, so a cut can never leave a `**` unclosed; ranges are clamped and merged first because
 * they come from another package.
 */
export function boldSnippet(snippet: string, highlights: readonly Range[], maxLength: number): string {
  const text = toOneLine(truncate(snippet, maxLength));
  // When the snippet was shortened, highlights stop before the ellipsis that replaced the rest.
  const kept = text.length === snippet.length ? text.length : text.length - 1;
  const ranges = normalise(text, highlights, kept);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += escapeArchiveText(text.slice(at, start));
    out += `**${escapeArchiveText(text.slice(start, end))}**`;
    at = end;
  }
  return out + escapeArchiveText(text.slice(at));
}

/** Newlines would break the block quote the snippet is shown in; they become spaces (same length). */
function toOneLine(text: string): string {
  return text.replace(/[\r\n]/g, ' ');
}

function normalise(text: string, highlights: readonly Range[], length: number): Range[] {
  const merged = mergeHighlights(highlights, length);
  // Markdown bold must not start or end on a space ("** word**" is not bold), and may not be empty.
  const trimmed: Range[] = [];
  for (let [start, end] of merged) {
    while (start < end && /\s/.test(text[start] ?? '')) start += 1;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
    if (end > start) trimmed.push([start, end]);
  }
  return trimmed;
}
