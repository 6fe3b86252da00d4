import { choiceLabel } from '../autocomplete/choice-label';
import { type Candidate, findCandidates } from '../autocomplete/find-candidates';
import { escapeArchiveText, escapeUserText } from '../discord/escape';
import { truncate } from '../discord/truncate';
import type { EntityKind } from '../i18n/messages';
import type { CommandContext } from './command-context';

const ECHO_LENGTH = 100;
const ALTERNATIVES_NAMED = 3;
/** Records offered as buttons when nothing is certain: one row of Discord buttons. */
export const OFFERS = 5;

export type EntityResolution =
  | { found: true; id: string; note?: string }
  /** Nothing certain: `offers` are the likeliest records (never none while the archive holds any), to choose from. */
  | { found: false; message: string; offers: readonly Candidate[] };

/**
 * Finds the record a submitted option names, through core's one matcher, in three steps:
 * 1. the id Discord sends when a suggestion was picked;
 * 2. core's `suggest`, as autocomplete uses it: names and words of names by prefix, else with a typo in any
 *    word and question words left out ("duran rodriges", "who is jose alarcon?"). The best match wins; other
 *    equally good ones are named in a note;
 * 3. core's search answers of this kind of record, which know synonyms, Spanish and questions ("policías
 *    asesinados", "granted", "how many police officers were killed"): one answer is taken, several offered.
 * When nothing is certain the reply offers the likeliest records, or else the most cited ones, to choose
 * from: never a dead end.
 */
export function resolveEntity(kind: EntityKind, typed: string, context: CommandContext): EntityResolution {
  const id = typed.trim();
  if (choiceLabel(kind, id, context) !== undefined) return { found: true, id };
  const [best, ...rest] = findCandidates(kind, typed, context);
  if (best !== undefined) {
    const alternatives = rest.filter(({ exact }) => exact === best.exact).slice(0, ALTERNATIVES_NAMED);
    if (alternatives.length === 0) return { found: true, id: best.candidate.id };
    const list = alternatives.map(({ candidate }) => describe(candidate)).join(' · ');
    return { found: true, id: best.candidate.id, note: `-# ${context.messages.alsoMatching(list)}` };
  }
  const answering = answeringRecords(kind, typed, context);
  const [only] = answering;
  if (answering.length === 1 && only !== undefined) return { found: true, id: only.id };
  const echo = escapeUserText(truncate(typed, ECHO_LENGTH));
  const offers =
    answering.length > 0
      ? answering.slice(0, OFFERS)
      : findCandidates(kind, '', context)
          .slice(0, OFFERS)
          .map(({ candidate }) => candidate);
  return {
    found: false,
    message: `${context.messages.notFound(kind, echo)}\n${answering.length > 0 ? context.messages.chooseOffer : context.messages.startOffer}`,
    offers,
  };
}

/** The records of a kind that core's search finds for the words: its answers, or for articles the best hits. */
function answeringRecords(kind: EntityKind, typed: string, context: CommandContext): Candidate[] {
  const ids =
    kind === 'article'
      ? context.archive.search(typed, { limit: OFFERS, groupBy: 'article' }).hits.map((hit) => hit.articleId)
      : context.archive.search(typed, { limit: 0, answerKinds: [kind] }).answers.map((answer) => answer.id);
  return ids.flatMap((id) => {
    const label = choiceLabel(kind, id, context);
    return label === undefined ? [] : [{ id, label }];
  });
}

function describe(candidate: Candidate): string {
  return `${escapeArchiveText(truncate(candidate.label, 80))} (\`${candidate.id}\`)`;
}
