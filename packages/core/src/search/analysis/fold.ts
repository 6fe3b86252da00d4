/** Made on first need (text beyond the Latin accents): creating a `\p{…}` pattern parses it, at a cost. */
let marks: RegExp | undefined;
/** The combining accents that NFD splits from Latin letters (é → e + U+0301): the marks of nearly every word. */
const LATIN_ACCENTS = /[\u0300-\u036f]+/g;

/**
 * Any character beyond ASCII. A test of this pattern, not a loop over the characters: a cold start folds a few
 * hundred words before anything is optimised, and the loop then ran in the interpreter.
 */
const BEYOND_ASCII = /[\u0080-\uffff]/;

/**
 * `text` without its combining marks. Below U+0370 the only marks are the Latin accents, and general
 * punctuation (U+2000–U+206F: curly quotes, dashes) holds none, so text made of those needs no Unicode pattern:
 * compiling `\p{M}` costs a cold start more than all the words it would read.
 */
function withoutMarks(decomposed: string): string {
  const bare = decomposed.replace(LATIN_ACCENTS, '');
  for (let i = 0; i < bare.length; i++) {
    const code = bare.charCodeAt(i);
    if (code >= 0x370 && (code < 0x2000 || code > 0x206f)) {
      marks ??= /\p{M}+/gu;
      return bare.replace(marks, '');
    }
  }
  return bare;
}

/**
 * Case- and accent-insensitive form of a word or phrase: "Juárez" → "juarez", "Ñ" → "n", curly apostrophes
 * straightened. Used for index terms, lexicon entries, names and phrase checks alike, so they always agree.
 */
export function fold(text: string): string {
  // Most words are plain ASCII: lower-casing is all they need, and it is many times cheaper.
  if (!BEYOND_ASCII.test(text)) return text.toLowerCase();
  // Written as escapes (’ ‘ ʼ) so that the bundle stays ASCII: see test/package/entry-points.test.ts.
  return withoutMarks(text.normalize('NFD'))
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc]/g, "'");
}
