import { foldText, type Suggestion } from '@asylum-archive/core';
import type { CommandContext } from '../commands/command-context';
import { DiscordLimits } from '../discord/limits';
import type { EntityKind } from '../i18n/messages';
import { choiceLabel } from './choice-label';

/** One record offered for what was typed: its id (the choice value) and its translated label. */
export type Candidate = { readonly id: string; readonly label: string };

/** A candidate, and whether what was typed is its whole name or id (not just the start of a word). */
export type RankedCandidate = { readonly candidate: Candidate; readonly exact: boolean };

/**
 * The records of one kind that match what was typed, best first: core's `suggest` (names, aliases and any
 * word of them, accents and case folded; the most useful first when nothing is typed), then, for a typo,
 * `suggest` on the spellings core's search proposes ("wiesingr" → "wiesinger").
 */
export function findCandidates(kind: EntityKind, typed: string, context: CommandContext): RankedCandidate[] {
  const wanted = foldText(typed);
  return suggested(kind, typed, context).flatMap(({ id, label }) => {
    const shown = choiceLabel(kind, id, context);
    if (shown === undefined) return [];
    const exact = wanted !== '' && (foldText(label) === wanted || id === typed.trim());
    return [{ candidate: { id, label: shown }, exact }];
  });
}

function suggested(kind: EntityKind, typed: string, context: CommandContext): Suggestion[] {
  const ask = (text: string) =>
    context.archive.suggest(text, { kinds: [kind], limit: DiscordLimits.autocompleteChoices });
  const direct = ask(typed);
  if (direct.length > 0 || foldText(typed) === '') return direct;
  const spellings = context.archive.search(typed, { limit: 0 }).didYouMean ?? [];
  if (spellings.length === 0) return [];
  // The typed words that still find something, with the corrected ones in place of the rest.
  const kept = foldText(typed)
    .split(' ')
    .filter((word) => ask(word).length > 0);
  return ask([...kept, ...spellings].join(' '));
}
