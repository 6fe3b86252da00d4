/**
 * Spelling swaps that Spanish and English readers make when they write a name by ear: s/z/c(e,i), b/v,
 * ll/y, a silent h, doubled letters, qu/k/c(a,o,u). A word and a vocabulary term that differ only by such
 * swaps share one key ("juares" and "juarez" → "juares"; "hermosiyo" and "hermosillo" → "ermosiyo"), which
 * edit distance alone ranks no closer than any other pair of letters.
 */
export function spellingKey(folded: string): string {
  return folded
    .replace(/ll/g, 'y')
    .replace(/(^|[^cs])h/g, '$1')
    .replace(/qu(?=[ei])/g, 'k')
    .replace(/c(?=[ei])/g, 's')
    .replace(/c/g, 'k')
    .replace(/z/g, 's')
    .replace(/v/g, 'b')
    .replace(/(.)\1+/g, '$1');
}

/** Spelling key → the vocabulary terms that have a written form with that key. */
export type SpellingIndex = ReadonlyMap<string, readonly string[]>;

/**
 * `formsOf(at)`: the written words of `vocabulary[at]` (space-separated, "" when the term is its only word), as
 * the text index keeps them. Every written form is keyed, not just the first: "ofisers" is a swap of
 * "officers", not of "officer".
 */
export function createSpellingIndex(
  vocabulary: readonly string[],
  formsOf: (at: number) => string,
): SpellingIndex {
  const index = new Map<string, string[]>();
  vocabulary.forEach((term, at) => {
    if (/\d/.test(term)) return;
    const forms = formsOf(at);
    for (const word of forms === '' ? [term] : forms.split(' ')) {
      const key = spellingKey(word);
      if (key.length < 3) continue;
      const list = index.get(key);
      if (list) {
        if (!list.includes(term)) list.push(term);
      } else index.set(key, [term]);
    }
  });
  return index;
}
