import { endsSentence, MAX_HEADLINE_WORDS, wordCount } from '../text/words';

/*
 * Text saved from a page whose inline elements ran together: a date stamp against the topic label beside it
 * ("April 12, 2017Enforcement and Removal"), a source credit against the byline after it ("(Source: Associated
 * Press)By JANE ROE"). Such a block matches no rule as a whole. It is split at the seam (a year, or a closing
 * bracket, with a capital straight after it, no space between) only when a rule then reads one of its parts
 * and every other part is a short label, so that no sentence of the story is ever cut in two.
 */

/** Where two elements ran together: right after a year or a closing bracket, before a capital. */
const SEAM = /(?<=(?:^|\D)(?:1[89]|20)\d{2}|\))(?=\p{Lu})/u;
/** A part that no rule reads must be a label this short (a section name, a topic). */
const MAX_LABEL_WORDS = 6;
const MAX_BLOCK_WORDS = 30;

/**
 * The parts of a run-together block, or null to keep it whole. `reads` says whether a rule takes a part
 * (a date stamp, a byline, a credit).
 */
export function splitAtSeams(block: string, reads: (part: string) => boolean): string[] | null {
  if (wordCount(block) > MAX_BLOCK_WORDS || !SEAM.test(block)) return null;
  const parts = block
    .split(new RegExp(SEAM.source, 'gu'))
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length < 2) return null;
  const read = parts.map(reads);
  if (!read.some(Boolean)) return null;
  const labels = parts.filter((_, i) => !read[i]);
  return labels.every((part) => wordCount(part) <= MAX_LABEL_WORDS && !/[.!?]$/u.test(part)) ? parts : null;
}

/** A date stamp run into the headline after it, a space between ("date 2019-10-02 UN refugee chief asks…"). */
const OPENING_STAMP = /^(?<stamp>\S.{0,40}?(?:1[89]|20)\d{2}(?:-\d{2}-\d{2})?)\s+(?<rest>\p{Lu}.*)$/u;

/** A machine-written date (2025-08-22), which no sentence opens with: the stamp before it is a store's. */
const MACHINE_DATE = /\d{4}-\d{2}-\d{2}$/u;

/**
 * A block at the top of a page that opens with a date stamp a rule reads, the rest a headline (at most twenty
 * words, no sentence's end), or anything when the stamp's date is machine-written ("date 2025-08-22 México
 * mantiene…", a store's stamp run into the first paragraph): the stamp and the rest, or null to keep it whole.
 */
export function splitOpeningStamp(block: string, reads: (part: string) => boolean): string[] | null {
  const match = OPENING_STAMP.exec(block.trim());
  const stamp = match?.groups?.stamp;
  const rest = match?.groups?.rest;
  if (!stamp || !rest || !reads(stamp)) return null;
  if (!MACHINE_DATE.test(stamp) && (wordCount(rest) > MAX_HEADLINE_WORDS || endsSentence(rest))) return null;
  return [stamp, rest];
}
