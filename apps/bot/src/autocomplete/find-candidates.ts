import { foldText } from '@asylum-archive/core';
import type { CommandContext } from '../commands/command-context';
import { DiscordLimits } from '../discord/limits';
import type { EntityKind } from '../i18n/messages';
import { choiceLabel } from './choice-label';

/** One record offered for what was typed: its id (the choice value) and its translated label. */
export type Candidate = { readonly id: string; readonly label: string };

/** A candidate, and whether what was typed is its whole name or id (not just the start of a word). */
export type RankedCandidate = { readonly candidate: Candidate; readonly exact: boolean };

/**
 * The records of one kind that match what was typed, best first, from core's `suggest`: names, aliases and any
 * word of them by prefix, accents and case folded, else with a typo in any word ("duran rodriges"); the most
 * useful first when nothing is typed.
 */
export function findCandidates(kind: EntityKind, typed: string, context: CommandContext): RankedCandidate[] {
  const wanted = foldText(typed);
  return context.archive
    .suggest(typed, { kinds: [kind], limit: DiscordLimits.autocompleteChoices })
    .flatMap(({ id, label }) => {
      const shown = choiceLabel(kind, id, context);
      if (shown === undefined) return [];
      const exact = wanted !== '' && (foldText(label) === wanted || id === typed.trim());
      return [{ candidate: { id, label: shown }, exact }];
    });
}
