import type { SuggestionKind } from '@asylum-archive/core';
import { type Candidate, candidatesFor } from '../autocomplete/candidates';
import { resolveCandidate } from '../autocomplete/rank';
import { escapeArchiveText, escapeUserText } from '../discord/escape';
import { truncate } from '../discord/truncate';
import type { EntityKind } from '../i18n/messages';
import type { CommandContext } from './command-context';

const ECHO_LENGTH = 100;

export type EntityResolution = { found: true; id: string; note?: string } | { found: false; message: string };

/**
 * Finds the record a submitted option names: the id Discord sends when a suggestion was picked, else the text
 * as typed (matched like autocomplete, then by the engine's typo-tolerant suggest). When nothing matches,
 * the message says so and how to find the right name.
 */
export function resolveEntity(kind: EntityKind, typed: string, context: CommandContext): EntityResolution {
  const { messages } = context;
  const candidates = candidatesFor(kind, context);
  const resolution = resolveCandidate(candidates, typed);
  if (resolution.match !== undefined) return found(resolution.match, resolution.alternatives, context);

  const [best, ...others] = engineSuggestions(kind, typed, context, candidates);
  if (best !== undefined) return found(best, others, context);

  const echo = escapeUserText(truncate(typed, ECHO_LENGTH));
  return { found: false, message: `${messages.notFound(kind, echo)}\n${messages.pickSuggestion}` };
}

/** Typo-tolerant matches from the search engine, limited to records autocomplete also knows. */
function engineSuggestions(
  kind: SuggestionKind,
  typed: string,
  context: CommandContext,
  candidates: readonly Candidate[],
): Candidate[] {
  const ids = context.archive.suggest(typed, { kinds: [kind], limit: 4 }).map((suggestion) => suggestion.id);
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function found(
  match: Candidate,
  alternatives: readonly Candidate[],
  context: CommandContext,
): EntityResolution {
  if (alternatives.length === 0) return { found: true, id: match.id };
  const list = alternatives.map(describe).join(' · ');
  return { found: true, id: match.id, note: `-# ${context.messages.alsoMatching(list)}` };
}

function describe(candidate: Candidate): string {
  return `${escapeArchiveText(truncate(candidate.label, 80))} (\`${candidate.id}\`)`;
}
