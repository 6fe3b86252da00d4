/**
 * Text reduced to what a person means when typing it: lower case, accents removed (Juárez = juarez),
 * punctuation as spaces, single spaces. Used for matching only, never shown.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
