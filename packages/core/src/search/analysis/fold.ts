const MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Case- and accent-insensitive form of a word or phrase: "Juárez" → "juarez", "Ñ" → "n", curly apostrophes
 * straightened. Used for index terms, lexicon entries, names and phrase checks alike, so they always agree.
 */
export function fold(text: string): string {
  // Most words are plain ASCII: lower-casing is all they need, and it is many times cheaper.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/[’‘ʼ]/g, "'");
}
