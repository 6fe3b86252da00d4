import type { Removal } from '../clean/removal';
import { parsePrintedDate } from './parse-date';
import { type Proposal, quote } from './proposal';

/** A date the page states, with where: a stamp line or an HTML attribute. */
export type DateEvidence = { date: string; label: string | null; where: string };

const LATER_STAMP = /updated|modified|actualizado|modificado|actualización/i;

/** Date evidence from the stamps the cleaning step removed (groups `date` and `label`). */
export function datesFromRemovals(removals: readonly Removal[]): DateEvidence[] {
  const found: DateEvidence[] = [];
  for (const removal of removals) {
    const printed = removal.groups.date;
    if (printed === undefined) continue;
    const date = parsePrintedDate(printed);
    if (date) found.push({ date, label: removal.groups.label ?? null, where: quote(removal.text) });
  }
  return found;
}

/**
 * The publication date the page states. A publication stamp wins over a bare date, which wins over an
 * "Updated"/"Modified" stamp (used only when it is all the page gives, and said so). Unknown stays null.
 */
export function proposeDate(evidence: readonly DateEvidence[]): Proposal<string | null> {
  const rank = (e: DateEvidence) => (e.label === null ? 1 : LATER_STAMP.test(e.label) ? 2 : 0);
  const best = [...evidence].sort((a, b) => rank(a) - rank(b))[0];
  if (!best) {
    return {
      value: null,
      basis: 'unknown: the saved page carries no date stamp',
    };
  }
  const note =
    best.label !== null && LATER_STAMP.test(best.label)
      ? ' (a last-modified stamp, the only date the page gives; no publication date is shown)'
      : '';
  return { value: best.date, basis: `stated on the page: ${best.where}${note}` };
}
