import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { CommandContext } from '../commands/command-context';
import { DiscordLimits } from '../discord/limits';
import type { EntityKind } from '../i18n/messages';
import { candidatesFor } from './candidates';
import { rankCandidates } from './rank';

/** Which record kind each autocomplete option picks, by command and option name. */
const AUTOCOMPLETED: Readonly<Record<string, Readonly<Record<string, EntityKind>>>> = {
  article: { article: 'article' },
  person: { name: 'person' },
  case: { name: 'case' },
  figure: { topic: 'figure' },
};

export function autocompleteKind(command: string, option: string): EntityKind | undefined {
  return Object.hasOwn(AUTOCOMPLETED, command) ? AUTOCOMPLETED[command]?.[option] : undefined;
}

/**
 * The choices for what has been typed into an autocomplete option: record ids as values, readable labels
 * as names. The archive's own matching comes first; when it finds nothing (a typo), the search engine's
 * typo-tolerant suggest fills in.
 */
export function autocompleteChoices(
  kind: EntityKind,
  typed: string,
  context: CommandContext,
): APIApplicationCommandOptionChoice<string>[] {
  const limit = DiscordLimits.autocompleteChoices;
  const candidates = candidatesFor(kind, context);
  let ranked = rankCandidates(candidates, typed, limit);
  if (ranked.length === 0) {
    const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    ranked = context.archive
      .suggest(typed, { kinds: [kind], limit })
      .flatMap((suggestion) => byId.get(suggestion.id) ?? []);
  }
  return ranked.map((candidate) => ({ name: candidate.label, value: candidate.id }));
}
