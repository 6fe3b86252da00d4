/**
 * Typo tolerance: the vocabulary terms within a small edit distance of a word that matched nothing. Candidates
 * come from a symmetric deletion index (every word with one letter removed), which finds insertions,
 * deletions, substitutions and transpositions of one letter, and some pairs of them; each candidate is then
 * checked with the real (Damerau–Levenshtein) distance. The words are the index terms and the words as the
 * text writes them: a typo is made in a written word, and its stem can lie further from the term's stem than
 * the word from the written one ("protecion" is one letter from "protection", three from the stem "protect").
 */
export type FuzzyIndex = {
  /** Deletion key → the words (terms and written forms) it comes from. */
  keys: ReadonlyMap<string, readonly string[]>;
  /** A written word → its index term; a word missing here is a term itself. */
  termOf: ReadonlyMap<string, string>;
};

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Only words at least this long are corrected: shorter ones have too many neighbours to guess from, and a short
 * English word the archive lacks ("give") would be "corrected" into another one ("gave"). A word one letter
 * shorter is corrected only by swapping two neighbouring letters ("wrok" → work, a slip of the thumb):
 * a swap keeps every letter, so it is no other real word's spelling as often as a changed letter is.
 */
export const MIN_FUZZY_LENGTH = 5;

/**
 * `formsOf(at)`: the written words of `vocabulary[at]` (space-separated, "" when the term is its only word), as
 * the text index keeps them.
 */
export function createFuzzyIndex(
  vocabulary: readonly string[],
  formsOf: (at: number) => string = () => '',
): FuzzyIndex {
  const keys = new Map<string, string[]>();
  const termOf = new Map<string, string>();
  const add = (word: string) => {
    if (word.length < MIN_FUZZY_LENGTH - 1 || /\d/.test(word)) return;
    for (const key of new Set(deletions(word))) {
      const list = keys.get(key);
      if (list) list.push(word);
      else keys.set(key, [word]);
    }
  };
  vocabulary.forEach((term, at) => {
    add(term);
    const forms = formsOf(at);
    if (forms === '') return;
    for (const word of forms.split(' ')) {
      if (word === term || termOf.has(word)) continue;
      termOf.set(word, term);
      add(word);
    }
  });
  return { keys, termOf };
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

/** Whether `a` is `b` with two neighbouring letters swapped. */
function isSwapOf(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return (
    at + 1 < a.length && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2)
  );
}

/** Allowed distance for a word of this length: one typo in a short word, two in a long one. */
export function maxTypos(length: number): number {
  return length >= 7 ? 2 : 1;
}

/**
 * The terms of the closest vocabulary words that begin with the word's first letter (all at the smallest
 * distance found), or [] when none is close enough.
 */
export function correct(index: FuzzyIndex, word: string): { terms: string[]; distance: number } {
  const swapsOnly = word.length === MIN_FUZZY_LENGTH - 1;
  if (word.length < MIN_FUZZY_LENGTH - 1 || /\d/.test(word)) return { terms: [], distance: 0 };
  const max = maxTypos(word.length);
  let best = max + 1;
  let terms: string[] = [];
  for (const key of new Set(deletions(word))) {
    for (const candidate of index.keys.get(key) ?? []) {
      if (candidate === word) continue;
      // A typo seldom changes a word's first letter; a real word that differs there ("never", "ever") is no typo
      // of the other. Spellings by ear that do (a silent h) go through the spelling swaps, not this index.
      if (candidate[0] !== word[0]) continue;
      if (swapsOnly && !isSwapOf(word, candidate)) continue;
      const distance = editDistance(word, candidate, max);
      if (distance > best) continue;
      const term = index.termOf.get(candidate) ?? candidate;
      if (distance < best) {
        best = distance;
        terms = [term];
      } else if (!terms.includes(term)) {
        terms.push(term);
      }
    }
  }
  return best <= max ? { terms, distance: best } : { terms: [], distance: 0 };
}
