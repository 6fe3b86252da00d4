import { comparisonKey } from '../text/words';

/** Words shingles are made of: accents, case, quote style and punctuation do not make two texts differ. */
export function comparableWords(text: string): string[] {
  return comparisonKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '');
}

/** Default shingle length: five words rarely repeat by chance between two different stories. */
export const SHINGLE_SIZE = 5;

/**
 * The set of overlapping word sequences ("shingles") of a text. Two texts share most shingles exactly
 * when one contains most of the other's wording, whatever the paragraphs or boilerplate around it.
 */
export function shingles(paragraphs: readonly string[], size = SHINGLE_SIZE): Set<string> {
  const words = paragraphs.flatMap(comparableWords);
  const set = new Set<string>();
  if (words.length === 0) return set;
  if (words.length < size) {
    set.add(words.join(' '));
    return set;
  }
  for (let i = 0; i + size <= words.length; i++) set.add(words.slice(i, i + size).join(' '));
  return set;
}

/** Share of `inner`'s shingles that also occur in `outer` (0 when `inner` is empty). */
export function containment(inner: ReadonlySet<string>, outer: ReadonlySet<string>): number {
  if (inner.size === 0) return 0;
  let shared = 0;
  for (const shingle of inner) if (outer.has(shingle)) shared++;
  return shared / inner.size;
}

/** Jaccard similarity: shared shingles over all distinct shingles of both texts. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const shingle of a) if (b.has(shingle)) shared++;
  return shared / (a.size + b.size - shared);
}
