import { choiceLabel } from '../autocomplete/choice-label';
import { type Candidate, findCandidates } from '../autocomplete/find-candidates';
import { escapeArchiveText, escapeUserText } from '../discord/escape';
import { truncate } from '../discord/truncate';
import type { EntityKind } from '../i18n/messages';
import type { CommandContext } from './command-context';
import { forgivingMatch } from './forgiving-match';

const ECHO_LENGTH = 100;
const ALTERNATIVES_NAMED = 3;
/** Records offered as buttons when nothing is certain: one row of Discord buttons. */
const OFFERS = 5;

export type EntityResolution =
  | { found: true; id: string; note?: string }
  /** Nothing certain: `offers` are the likeliest records, for the asker to choose from (maybe none). */
  | { found: false; message: string; offers: readonly Candidate[] };

/**
 * Finds the record a submitted option names: the id Discord sends when a suggestion was picked, else the
 * text as typed, matched as autocomplete matches it. The best match wins; other equally good matches (both
 * whole names, or both partial) are named in a note. When nothing matches, the message says so and how to
 * find the right name.
 */
export function resolveEntity(kind: EntityKind, typed: string, context: CommandContext): EntityResolution {
  const id = typed.trim();
  if (choiceLabel(kind, id, context) !== undefined) return { found: true, id };
  const [best, ...rest] = findCandidates(kind, typed, context);
  if (best === undefined) {
    // Typos in any word, question words, Spanish: one record matching every word is taken, else offered.
    const loose = forgivingMatch(kind, typed, context);
    const [only] = loose.candidates;
    if (loose.certain && only !== undefined) return { found: true, id: only.id };
    const echo = escapeUserText(truncate(typed, ECHO_LENGTH));
    const offers = loose.candidates.slice(0, OFFERS);
    return {
      found: false,
      message: `${context.messages.notFound(kind, echo)}\n${offers.length > 0 ? context.messages.chooseOffer : context.messages.pickSuggestion}`,
      offers,
    };
  }
  const alternatives = rest.filter(({ exact }) => exact === best.exact).slice(0, ALTERNATIVES_NAMED);
  if (alternatives.length === 0) return { found: true, id: best.candidate.id };
  const list = alternatives.map(({ candidate }) => describe(candidate)).join(' · ');
  return { found: true, id: best.candidate.id, note: `-# ${context.messages.alsoMatching(list)}` };
}

function describe(candidate: Candidate): string {
  return `${escapeArchiveText(truncate(candidate.label, 80))} (\`${candidate.id}\`)`;
}
