import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { CommandContext } from '../commands/command-context';
import { DiscordLimits } from '../discord/limits';
import { truncate } from '../discord/truncate';
import type { EntityKind } from '../i18n/messages';
import { findCandidates } from './find-candidates';

/** Which record kind each autocomplete option picks, by command and option name. */
const AUTOCOMPLETED = new Map<string, ReadonlyMap<string, EntityKind>>([
  ['article', new Map<string, EntityKind>([['article', 'article']])],
  ['person', new Map<string, EntityKind>([['name', 'person']])],
  ['case', new Map<string, EntityKind>([['name', 'case']])],
  ['map', new Map<string, EntityKind>([['name', 'case']])],
  ['figure', new Map<string, EntityKind>([['topic', 'figure']])],
]);

export function autocompleteKind(command: string, option: string): EntityKind | undefined {
  return AUTOCOMPLETED.get(command)?.get(option);
}

/** The choices for what has been typed into an autocomplete option: record ids as values, readable labels as names. */
export function autocompleteChoices(
  kind: EntityKind,
  typed: string,
  context: CommandContext,
): APIApplicationCommandOptionChoice<string>[] {
  return findCandidates(kind, typed, context)
    .slice(0, DiscordLimits.autocompleteChoices)
    .map(({ candidate }) => ({
      name: truncate(candidate.label, DiscordLimits.choiceName),
      value: candidate.id,
    }));
}
