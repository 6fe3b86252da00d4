const MARKS = /\p{M}+/gu;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Case- and accent-insensitive form of a word or phrase: "Juárez" → "juarez", "Ñ" → "n", curly apostrophes
 * straightened. Used for index terms, lexicon entries, names and phrase checks alike, so they always agree.
 */
export function fold(text: string): string {
  // Most words are plain ASCII: lower-casing is all they need, and it is many times cheaper.
  if (isAscii(text)) return text.toLowerCase();
  // Written as escapes (’ ‘ ʼ) so that the bundle stays ASCII: see test/package/entry-points.test.ts.
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc]/g, "'");
}
