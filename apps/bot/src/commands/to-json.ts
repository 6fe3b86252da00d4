import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { CommandDefinition, OptionDefinition } from './definition-types';

/** The body Discord's "bulk overwrite commands" endpoint takes for one command (fresh, mutable copies). */
export function toApplicationCommandJSON(
  command: CommandDefinition,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    name_localizations: { ...command.name_localizations },
    description: command.description,
    description_localizations: { ...command.description_localizations },
    // Usable in servers and in a direct message with the bot.
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: command.options.map(toOptionJSON),
  };
}

function toOptionJSON(option: OptionDefinition): APIApplicationCommandOption {
  const base = {
    name: option.name,
    name_localizations: { ...option.name_localizations },
    description: option.description,
    description_localizations: { ...option.description_localizations },
    required: option.required ?? false,
  };
  switch (option.type) {
    case ApplicationCommandOptionType.String: {
      const lengths = {
        ...(option.min_length !== undefined ? { min_length: option.min_length } : {}),
        ...(option.max_length !== undefined ? { max_length: option.max_length } : {}),
      };
      if (option.autocomplete === true) {
        return { ...base, ...lengths, type: ApplicationCommandOptionType.String, autocomplete: true };
      }
      return {
        ...base,
        ...lengths,
        type: ApplicationCommandOptionType.String,
        ...(option.choices !== undefined ? { choices: option.choices.map((choice) => ({ ...choice })) } : {}),
      };
    }
    case ApplicationCommandOptionType.Integer:
      return {
        ...base,
        type: ApplicationCommandOptionType.Integer,
        ...(option.min_value !== undefined ? { min_value: option.min_value } : {}),
        ...(option.max_value !== undefined ? { max_value: option.max_value } : {}),
      };
    case ApplicationCommandOptionType.Boolean:
      return { ...base, type: ApplicationCommandOptionType.Boolean };
  }
}
