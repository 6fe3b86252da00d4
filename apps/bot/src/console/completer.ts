import { foldText } from '@asylum-archive/core';
import { ApplicationCommandOptionType, InteractionResponseType } from 'discord-api-types/v10';
import type { OptionDefinition } from '../commands/definition-types';
import { commands } from '../commands/definitions';
import type { InteractionHandler } from '../interactions/handle-interaction';
import type { ConsoleInteractions } from './build-interaction';
import { segmentLine } from './parse-line';

/** Every command name a person may type, English and Spanish (/search, /buscar), and the way out. */
const COMMAND_NAMES = [
  ...new Set([
    ...commands.flatMap((command) => [command.name, ...Object.values(command.name_localizations)]),
    'exit',
    'salir',
  ]),
];

export type Completion = [completions: string[], completedText: string];

/**
 * Tab completion for the terminal: command names, fixed choices, and — for options Discord autocompletes —
 * the same autocomplete interaction Discord would send, answered by the same handler. The completion replaces
 * the value typed so far with the chosen record's id.
 */
export function createCompleter(
  handler: InteractionHandler,
  interactions: ConsoleInteractions,
): (line: string) => Promise<Completion> {
  return async (line) => {
    if (/^\/\S*$/.test(line)) {
      const typed = foldText(line.slice(1));
      const names = COMMAND_NAMES.filter((name) => foldText(name).startsWith(typed));
      return [names.map((name) => `/${name} `), line];
    }
    const { command, segments } = segmentLine(line);
    const last = segments.at(-1);
    if (command === undefined || last === undefined) return [[], line];
    const option: OptionDefinition | undefined =
      last.option ?? (last === segments[0] ? command.options[0] : undefined);
    if (option === undefined || option.type !== ApplicationCommandOptionType.String) return [[], line];
    const typed = last.text.trimStart();

    if ('choices' in option && option.choices !== undefined) {
      const wanted = foldText(typed);
      const values = option.choices
        .map((choice) => choice.value)
        .filter((value) => foldText(value).startsWith(wanted));
      return [values, typed];
    }
    if (!('autocomplete' in option) || option.autocomplete !== true) return [[], line];

    const response = await handler(
      interactions.autocomplete(command.name, { name: option.name, value: typed }),
    );
    if (response.type !== InteractionResponseType.ApplicationCommandAutocompleteResult) return [[], line];
    return [(response.data.choices ?? []).map((choice) => String(choice.value)), typed];
  };
}
