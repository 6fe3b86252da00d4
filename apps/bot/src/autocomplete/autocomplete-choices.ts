import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { CommandContext } from '../commands/command-context';
import { DiscordLimits } from '../discord/limits';
import type { EntityKind } from '../i18n/messages';
import { findCandidates } from './find-candidates';

/** Which record kind each autocomplete option picks, by command and option name. */
const AUTOCOMPLETED: Readonly<Record<string, Readonly<Record<string, EntityKind>>>> = {
  article: { article: 'article' },
  person: { name: 'person' },
  case: { name: 'case' },
  map: { name: 'case' },
  figure: { topic: 'figure' },
};

export function autocompleteKind(command: string, option: string): EntityKind | undefined {
  return Object.hasOwn(AUTOCOMPLETED, command) ? AUTOCOMPLETED[command]?.[option] : undefined;
}

/** The choices for what has been typed into an autocomplete option: record ids as values, readable labels as names. */
export function autocompleteChoices(
  kind: EntityKind,
  typed: string,
  context: CommandContext,
): APIApplicationCommandOptionChoice<string>[] {
  return findCandidates(kind, typed, context)
    .slice(0, DiscordLimits.autocompleteChoices)
    .map(({ candidate }) => ({ name: candidate.label, value: candidate.id }));
}
