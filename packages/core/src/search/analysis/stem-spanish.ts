/**
 * A light Spanish stemmer for matching readers' Spanish words to the lexicon: it only strips plural and gender
 * endings ("policías" → "polici", "negadas" → "negad", "cárteles" → "cartel"), which is what inflection mostly
 * changes in the nouns and participles people search for. Input must already be folded.
 */
export function stemSpanish(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let stem = word;
  if (stem.endsWith('es') && stem.length > 4 && !/[aeiou]es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s')) stem = stem.slice(0, -1);
  if (/[aeo]$/.test(stem) && stem.length > 3) stem = stem.slice(0, -1);
  return stem;
}
