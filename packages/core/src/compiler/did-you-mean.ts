import { editDistance } from '../search/fuzzy';

/**
 * The known names closest to a misspelt one (`luz-vegas` → `luz-vega`), for a "did you mean" tip: within
 * a third of the word's length in edits (at least two), nearest first, at most three. The same edit
 * distance the search engine corrects typos with.
 */
export function closestNames(word: string, known: Iterable<string>, limit = 3): string[] {
  const max = Math.max(2, Math.floor(word.length / 3));
  const scored: Array<{ name: string; distance: number }> = [];
  for (const name of new Set(known)) {
    if (name === word) continue;
    const distance = editDistance(word.toLowerCase(), name.toLowerCase(), max);
    if (distance <= max) scored.push({ name, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return scored.slice(0, limit).map((entry) => entry.name);
}

/** `did you mean "luz-vega"?` or `did you mean "a" or "b"?`; empty when nothing is close. */
export function didYouMean(word: string, known: Iterable<string>): string {
  const names = closestNames(word, known);
  if (names.length === 0) return '';
  const quoted = names.map((name) => `"${name}"`);
  const last = quoted.pop();
  return `did you mean ${quoted.length > 0 ? `${quoted.join(', ')} or ${last}` : last}?`;
}
