import type { Removal } from '../clean/removal';
import { parsePrintedDate } from './parse-date';
import { type Proposal, quote } from './proposal';

/**
 * A date the page states, with where: a stamp line or an HTML attribute. `aboveHeadline`: the stamp stands above
 * the page's headline, where a site prints its own date bar (the day the page was saved), not the story's.
 */
export type DateEvidence = { date: string; label: string | null; where: string; aboveHeadline?: boolean };

/**
 * What a proposed date rests on: the page states it (a stamp, metadata, a dateline, a caption), only the page's own
 * address carries it (an inference the reviewer must confirm: a page that states no date has none by the corpus's
 * conventions), the maintainer gave it (--date), or nothing dates the page.
 */
export type DateBasis = 'stated' | 'address' | 'given' | 'none';

/** The proposed date, its evidence in words (`basis`) and what kind of evidence it is (`from`). */
export type DateProposal = Proposal<string | null> & { from: DateBasis };

const LATER_STAMP = /updated|modified|actualizado|modificado|actualización/i;

/**
 * Date evidence from the stamps the cleaning step removed (groups `date` and `label`); `aboveHeadline` says of a
 * removed block whether it stood above the headline.
 */
export function datesFromRemovals(
  removals: readonly Removal[],
  aboveHeadline: (text: string) => boolean = () => false,
): DateEvidence[] {
  const found: DateEvidence[] = [];
  for (const removal of removals) {
    const printed = removal.groups.date;
    if (printed === undefined) continue;
    const date = parsePrintedDate(printed);
    if (date)
      found.push({
        date,
        label: removal.groups.label ?? null,
        where: quote(removal.text),
        ...(aboveHeadline(removal.text) ? { aboveHeadline: true } : {}),
      });
  }
  return found;
}

/** A date as pages print it inside a line: "January 21, 2011", "Jan. 21 2011", "21 January 2011", "21 de enero de 2011" (or in capitals), "2011-01-21", "Fri, 01/12/2024". */
const PRINTED_DATE =
  /(?<![\p{L}\d])(?:\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:de\s+)?\p{L}{3,10}\.?,?\s+(?:del?\s+)?\d{4}|\d{4}-\d{2}-\d{2}|\p{L}{3,9}\.?,?\s+\d{1,2}\/\d{1,2}\/\d{4})(?![\p{L}\d])/giu;

/** Whether a block holds a printed date (a stamp, not a headline, when it is short). */
export const holdsDate = (block: string): boolean =>
  [...block.matchAll(PRINTED_DATE)].some((match) => parsePrintedDate(match[0]) !== null) ||
  /\b\d{1,2}\/\d{1,2}\/\d{4}\b/u.test(block);

/**
 * A date printed inside a block of page furniture between the headline and the story ("Associated Press /
 * January 21, 2011"): where a page sets its stamp. Only a block that states one date; the date of a site's
 * date bar above the headline (the day the page was saved) is never read this way.
 */
export function datesInFurniture(removals: readonly Removal[], ruleId: string): DateEvidence[] {
  const found: DateEvidence[] = [];
  for (const removal of removals) {
    if (removal.ruleId !== ruleId) continue;
    const date = onlyDateIn(removal.text);
    if (date !== null) found.push({ date, label: null, where: quote(removal.text) });
  }
  return found;
}

/** The one date a block prints (as printed, e.g. "April 6, 2015"), or null when it prints none or several. */
export function onlyPrintedDate(block: string): string | null {
  const printed = new Map<string, string>();
  for (const match of block.matchAll(PRINTED_DATE)) {
    const date = parsePrintedDate(match[0]);
    if (date !== null && !printed.has(date)) printed.set(date, match[0]);
  }
  const [only] = printed.values();
  return printed.size === 1 && only !== undefined ? only : null;
}

/** The one date a block prints, read (YYYY-MM-DD), or null when it prints none or several. */
export const onlyDateIn = (block: string): string | null => {
  const printed = onlyPrintedDate(block);
  return printed === null ? null : parsePrintedDate(printed);
};

/**
 * The publication date the page states. A publication stamp wins over a bare date, which wins over an
 * "Updated"/"Modified" stamp (used only when it is all the page gives, and said so); of two of one kind, the one
 * under the headline wins over one above it. Unknown stays null.
 */
export function proposeDate(evidence: readonly DateEvidence[]): DateProposal {
  // Of two stamps of one kind, the one under the headline is the story's; one above it is the site's date bar.
  const rank = (e: DateEvidence) =>
    2 * (e.label === null ? 1 : LATER_STAMP.test(e.label) ? 2 : 0) + (e.aboveHeadline ? 1 : 0);
  const best = [...evidence].sort((a, b) => rank(a) - rank(b))[0];
  if (!best) {
    return {
      value: null,
      basis: 'unknown: the saved page carries no date stamp',
      from: 'none',
    };
  }
  const note =
    best.label !== null && LATER_STAMP.test(best.label)
      ? ' (a last-modified stamp, the only date the page gives; no publication date is shown)'
      : '';
  return { value: best.date, basis: `stated on the page: ${best.where}${note}`, from: 'stated' };
}
