/** A proposed metadata value together with the evidence for it, phrased for the reviewing maintainer. */
export type Proposal<T> = { value: T; basis: string };

/** Quotes page text inside a basis or review note, shortened to one line. */
export function quote(text: string, max = 90): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return `'${flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`}'`;
}

/** "donation-appeal" → "donation appeal", for sentences such as "named in the page's donation appeal". */
export function ruleLabel(ruleId: string): string {
  return ruleId.replace(/-/g, ' ');
}

/** Quotes the end of a text, from a word boundary: how a paragraph ends. */
export function quoteEnd(text: string, max = 80): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return `'${flat}'`;
  const tail = flat.slice(-max);
  const space = tail.indexOf(' ');
  return `'…${space >= 0 ? tail.slice(space + 1) : tail}'`;
}
