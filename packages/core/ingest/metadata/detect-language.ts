import type { Proposal } from './proposal';

// The commonest function words: enough to tell an English page from a Spanish one.
const ENGLISH = new Set([
  'the',
  'and',
  'of',
  'to',
  'in',
  'was',
  'his',
  'he',
  'that',
  'for',
  'with',
  'is',
  'said',
  'by',
]);
const SPANISH = new Set([
  'el',
  'la',
  'los',
  'las',
  'de',
  'del',
  'y',
  'que',
  'en',
  'por',
  'con',
  'una',
  'su',
  'fue',
  'dijo',
]);

/** The body's language as a BCP 47 tag, "en" or "es", by counting function words. */
export function detectLanguage(paragraphs: readonly string[]): Proposal<string> {
  let english = 0;
  let spanish = 0;
  for (const word of paragraphs
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)) {
    if (ENGLISH.has(word)) english++;
    if (SPANISH.has(word)) spanish++;
  }
  if (spanish > english * 1.5) {
    return { value: 'es', basis: `Spanish function words outnumber English ones (${spanish} to ${english})` };
  }
  return {
    value: 'en',
    basis:
      english > spanish
        ? `English function words outnumber Spanish ones (${english} to ${spanish})`
        : 'no clear signal; English assumed',
  };
}
