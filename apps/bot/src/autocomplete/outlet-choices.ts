import { foldText } from '@asylum-archive/core';
import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { CommandContext } from '../commands/command-context';
import { DiscordLimits } from '../discord/limits';
import { truncate } from '../discord/truncate';
import { byTypedName } from './by-typed-name';

/**
 * Autocomplete for /search's `outlet`: the outlets that published an article in the archive the bot was built
 * from (not the shipped one), by name, alias or id — those whose name starts with what was typed first, then
 * those that contain it — id as the value, name as the label.
 */
export function outletChoices(
  typed: string,
  context: CommandContext,
): APIApplicationCommandOptionChoice<string>[] {
  const { data } = context;
  const outlets = [...new Set(data.articles.map((article) => article.outlet))]
    .filter((id) => id.length <= DiscordLimits.choiceValue)
    .map((id) => {
      const organization = data.organization(id);
      const name = organization?.name ?? id;
      return { id, name, names: [name, ...(organization?.aliases ?? []), id].map(foldText) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return byTypedName(outlets, (outlet) => outlet.names, typed)
    .slice(0, DiscordLimits.autocompleteChoices)
    .map((outlet) => ({ name: truncate(outlet.name, DiscordLimits.choiceName), value: outlet.id }));
}
