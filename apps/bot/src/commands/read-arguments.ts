import {
  type APIApplicationCommandInteractionDataOption,
  ApplicationCommandOptionType,
  type InteractionType,
} from 'discord-api-types/v10';
import type { ArgumentsOf, CommandDefinition, OptionDefinition } from './definition-types';

export type OptionProblem = 'missing' | 'wrong-type' | 'empty' | 'out-of-range';

/** An option Discord (or the terminal) sent that does not match the command's definition. */
export class OptionError extends Error {
  override readonly name = 'OptionError';

  constructor(
    readonly option: OptionDefinition,
    readonly problem: OptionProblem,
  ) {
    super(`option "${option.name}": ${problem}`);
  }
}

type DataOption = APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>;

/**
 * Checks an interaction's options against a command's definition and returns them typed. Discord already
 * enforces most of this, but interactions also arrive from the terminal and from tests, so nothing is assumed.
 */
export function readArguments<Command extends CommandDefinition>(
  command: Command,
  options: readonly DataOption[] | undefined,
): ArgumentsOf<Command> {
  const provided = new Map((options ?? []).map((option) => [option.name, option]));
  const values: Record<string, string | number | boolean> = {};
  for (const definition of command.options) {
    const option = provided.get(definition.name);
    if (option === undefined || !('value' in option)) {
      if (definition.required === true) throw new OptionError(definition, 'missing');
      continue;
    }
    const value = checkValue(definition, option.value);
    if (value !== undefined) values[definition.name] = value;
  }
  // The loop above checked every option against the definition `ArgumentsOf` is derived from.
  return values as ArgumentsOf<Command>;
}

function checkValue(definition: OptionDefinition, value: unknown): string | number | boolean | undefined {
  switch (definition.type) {
    case ApplicationCommandOptionType.String:
      if (typeof value !== 'string') throw new OptionError(definition, 'wrong-type');
      if (value.trim() === '') {
        if (definition.required === true) throw new OptionError(definition, 'empty');
        return undefined;
      }
      return value;
    case ApplicationCommandOptionType.Integer:
      if (typeof value !== 'number' || !Number.isSafeInteger(value))
        throw new OptionError(definition, 'wrong-type');
      if (value < (definition.min_value ?? -Infinity) || value > (definition.max_value ?? Infinity)) {
        throw new OptionError(definition, 'out-of-range');
      }
      return value;
    case ApplicationCommandOptionType.Boolean:
      if (typeof value !== 'boolean') throw new OptionError(definition, 'wrong-type');
      return value;
    case ApplicationCommandOptionType.User:
      // A snowflake: the only thing a mention may be built from.
      if (typeof value !== 'string' || !/^\d{1,20}$/.test(value))
        throw new OptionError(definition, 'wrong-type');
      return value;
  }
}
