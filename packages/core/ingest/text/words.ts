/** Small text measures shared by the cleaning, header and duplicate steps. */

/** Runs of whitespace (line breaks included) made one space, and the ends trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Number of whitespace-separated words. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/**
 * A comparison key: accents folded, case folded, curly quotes and dashes made plain, whitespace collapsed.
 * Used to compare a rule's text or a name with page text, never to change the text that is kept.
 */
export function comparisonKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
