const MARKS = /\p{M}+/gu;

/**
 * Case- and accent-insensitive form of a word or phrase: "Juárez" → "juarez", "Ñ" → "n", curly apostrophes
 * straightened. Used for index terms, lexicon entries, names and phrase checks alike, so they always agree.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/[’‘ʼ]/g, "'");
}
