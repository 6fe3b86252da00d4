/**
 * Typo tolerance: the vocabulary terms within a small edit distance of a word that matched nothing. Candidates
 * come from a symmetric deletion index (every term with one letter removed), which finds insertions,
 * deletions, substitutions and transpositions of one letter, and some pairs of them; each candidate is then
 * checked with the real (Damerau–Levenshtein) distance.
 */
export type FuzzyIndex = ReadonlyMap<string, readonly string[]>;

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Only words at least this long are corrected: shorter ones have too many neighbours to guess from, and a short
 * English word the archive lacks ("give") would be "corrected" into another one ("gave").
 */
export const MIN_FUZZY_LENGTH = 5;

export function createFuzzyIndex(vocabulary: readonly string[]): FuzzyIndex {
  const index = new Map<string, string[]>();
  for (const term of vocabulary) {
    if (term.length < MIN_FUZZY_LENGTH - 1 || /\d/.test(term)) continue;
    for (const key of new Set(deletions(term))) {
      const list = index.get(key);
      if (list) list.push(term);
      else index.set(key, [term]);
    }
  }
  return index;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previousPrevious = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previousPrevious[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** Allowed distance for a word of this length: one typo in a short word, two in a long one. */
export function maxTypos(length: number): number {
  return length >= 7 ? 2 : 1;
}

/** The closest vocabulary terms (all at the smallest distance found), or [] when none is close enough. */
export function correct(index: FuzzyIndex, word: string): { terms: string[]; distance: number } {
  if (word.length < MIN_FUZZY_LENGTH || /\d/.test(word)) return { terms: [], distance: 0 };
  const max = maxTypos(word.length);
  let best = max + 1;
  let terms: string[] = [];
  for (const key of new Set(deletions(word))) {
    for (const candidate of index.get(key) ?? []) {
      if (candidate === word) continue;
      const distance = editDistance(word, candidate, max);
      if (distance < best) {
        best = distance;
        terms = [candidate];
      } else if (distance === best && !terms.includes(candidate)) {
        terms.push(candidate);
      }
    }
  }
  return best <= max ? { terms, distance: best } : { terms: [], distance: 0 };
}
