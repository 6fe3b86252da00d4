import type { CommandContext } from '../commands/command-context';
import type { EntityKind } from '../i18n/messages';
import { type Candidate, candidatesFor } from './candidates';
import { fold } from './fold';
import { type RankedCandidate, rankCandidates } from './rank';

/** Engine answers are ranked by the engine; they count as one tier below the weakest local match. */
const ENGINE_TIER = 4;

/**
 * The records of one kind that match what was typed, best first: the archive's own name matching; then
 * core's prefix suggest; then, for a typo, the same matching on the spelling the search engine proposes
 * ("wiesingr" → "wiesinger").
 */
export function findCandidates(kind: EntityKind, typed: string, context: CommandContext): RankedCandidate[] {
  const candidates = candidatesFor(kind, context);
  const local = rankCandidates(candidates, typed);
  if (local.length > 0) return local;

  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const suggested = context.archive
    .suggest(typed, { kinds: [kind], limit: 25 })
    .flatMap((suggestion) => byId.get(suggestion.id) ?? []);
  if (suggested.length > 0) return suggested.map((candidate) => ({ candidate, tier: ENGINE_TIER }));

  const corrected = correctedSpelling(typed, candidates, context);
  if (corrected === undefined) return [];
  return rankCandidates(candidates, corrected).map(({ candidate }) => ({ candidate, tier: ENGINE_TIER }));
}

/** The typed words that match something, plus the engine's did-you-mean spellings for the ones that do not. */
function correctedSpelling(
  typed: string,
  candidates: readonly Candidate[],
  context: CommandContext,
): string | undefined {
  const spellings = context.archive.search(typed, { limit: 1 }).suggestions ?? [];
  if (spellings.length === 0) return undefined;
  const kept = fold(typed)
    .split(' ')
    .filter(
      (token) =>
        token !== '' &&
        candidates.some((candidate) => candidate.words.some((word) => word.startsWith(token))),
    );
  return [...kept, ...spellings].join(' ');
}
