import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { CommandDefinition, OptionDefinition, SpanishLocalizations } from './definition-types';

/**
 * Installable by a server and by a user, and usable in servers, in the bot's DM and in group DMs and other
 * DMs. Where the bot is not a member (a user install in someone's DM) it answers only through the
 * interaction response, which is all it ever does.
 */
const EVERYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
};

/** A message context-menu command's body (type 3: no description, no options). */
export function toMessageCommandJSON(command: {
  readonly name: string;
  readonly name_localizations: SpanishLocalizations;
}): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.Message,
    name: command.name,
    name_localizations: { ...command.name_localizations },
    integration_types: [...EVERYWHERE.integration_types],
    contexts: [...EVERYWHERE.contexts],
  };
}

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
    integration_types: [...EVERYWHERE.integration_types],
    contexts: [...EVERYWHERE.contexts],
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
    case ApplicationCommandOptionType.User:
      return { ...base, type: ApplicationCommandOptionType.User };
  }
}
