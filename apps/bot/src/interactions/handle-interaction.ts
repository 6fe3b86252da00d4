import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessageComponentInteraction,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
} from 'discord-api-types/v10';
import type { BotArchive } from '../archive/bot-archive';
import { shippedBotArchive } from '../archive/shipped-archive';
import { autocompleteChoices, autocompleteKind } from '../autocomplete/autocomplete-choices';
import { outletChoices } from '../autocomplete/outlet-choices';
import {
  browseChoices,
  handleBrowse,
  handleBrowseButton,
  handleBrowseMenu,
} from '../commands/browse-command';
import type { CommandContext } from '../commands/command-context';
import type { CommandDefinition } from '../commands/definition-types';
import {
  aboutCommand,
  articleCommand,
  browseCommand,
  caseCommand,
  figureCommand,
  helpCommand,
  mapCommand,
  personCommand,
  searchCommand,
  searchMessageCommand,
} from '../commands/definitions';
import {
  handleArticle,
  handleCase,
  handleFigure,
  handleMap,
  handleOfferButton,
  handlePerson,
} from '../commands/entity-commands';
import { handleAbout, handleHelp } from '../commands/info-commands';
import { localizedCommandName, localizedOptionName } from '../commands/localized-names';
import { OptionError, readArguments } from '../commands/read-arguments';
import { handleReadingButton } from '../commands/reading-commands';
import {
  handleRefineMenu,
  handleSearch,
  handleSearchButton,
  handleSearchMessage,
} from '../commands/search-command';
import { escapeUserText } from '../discord/escape';
import { autocompleteWith, ephemeralNotice, noChoices } from '../discord/responses';
import { truncate } from '../discord/truncate';
import { toBotLocale } from '../i18n/locale';
import { messagesFor } from '../i18n/messages';
import { BROWSE_FIELDS, isBrowseControl } from '../pagination/browse-state';
import { isOfferButton } from '../pagination/offer-state';
import { isReadingButton } from '../pagination/reading-state';
import { isRefineMenu, isSearchButton } from '../pagination/search-state';
import { errorReference } from './error-reference';

/** The pure layer's contract: a Discord interaction in, the response Discord expects out. */
export type InteractionHandler = (interaction: APIInteraction) => Promise<APIInteractionResponse>;

export type InteractionHandlerOptions = {
  /** The data and engine to answer from; the shipped archive by default. */
  archive?: BotArchive;
  /**
   * Told about every unexpected error before the person gets the short ephemeral note with `reference`
   * (see `errorReference`); transports log it. Autocomplete failures are reported too, though Discord
   * only ever receives an empty list for them.
   */
  onError?: (error: unknown, reference: string, interaction: APIInteraction) => void;
};

type ChatInputOptions =
  | APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>[]
  | undefined;

/**
 * Builds the handler every transport calls. It does no I/O and keeps no state between interactions, so
 * any replica or shard can answer any interaction; its answer depends only on the interaction and the data.
 */
export function createInteractionHandler(options: InteractionHandlerOptions = {}): InteractionHandler {
  return async (interaction) => {
    try {
      return respond(interaction, options.archive ?? shippedBotArchive());
    } catch (error) {
      const reference = errorReference(interaction);
      options.onError?.(error, reference, interaction);
      if (interaction.type === InteractionType.ApplicationCommandAutocomplete) return noChoices();
      const messages = messagesFor(localeOf(interaction));
      return ephemeralNotice(messages.internalError(reference));
    }
  };
}

/** The asker's interface language; a PING has none. */
function localeOf(interaction: APIInteraction) {
  return toBotLocale('locale' in interaction ? interaction.locale : undefined);
}

function contextFor(interaction: APIInteraction, archive: BotArchive): CommandContext {
  const locale = localeOf(interaction);
  return { archive, data: archive.data, locale, messages: messagesFor(locale) };
}

function respond(interaction: APIInteraction, archive: BotArchive): APIInteractionResponse {
  switch (interaction.type) {
    case InteractionType.Ping:
      return { type: InteractionResponseType.Pong };
    case InteractionType.ApplicationCommand:
      if (interaction.data.type === ApplicationCommandType.Message) {
        if (interaction.data.name !== searchMessageCommand.name)
          return unknownCommand(interaction.data.name, interaction, archive);
        const { target_id, resolved } = interaction.data;
        const message = Object.hasOwn(resolved.messages, target_id)
          ? resolved.messages[target_id]
          : undefined;
        return handleSearchMessage(message?.content ?? '', contextFor(interaction, archive));
      }
      if (interaction.data.type !== ApplicationCommandType.ChatInput)
        return unknownCommand(interaction.data.name, interaction, archive);
      return respondToCommand(interaction as APIChatInputApplicationCommandInteraction, archive);
    case InteractionType.ApplicationCommandAutocomplete:
      return respondToAutocomplete(interaction, archive);
    case InteractionType.MessageComponent:
      return respondToComponent(interaction, archive);
    default: {
      const context = contextFor(interaction, archive);
      return ephemeralNotice(context.messages.unknownButton);
    }
  }
}

function respondToCommand(
  interaction: APIChatInputApplicationCommandInteraction,
  archive: BotArchive,
): APIInteractionResponse {
  const context = contextFor(interaction, archive);
  const options: ChatInputOptions = interaction.data.options;
  try {
    switch (interaction.data.name) {
      case searchCommand.name:
        return handleSearch(readArguments(searchCommand, options), context);
      case articleCommand.name:
        return handleArticle(readArguments(articleCommand, options), context);
      case personCommand.name:
        return handlePerson(readArguments(personCommand, options), context);
      case caseCommand.name:
        return handleCase(readArguments(caseCommand, options), context);
      case mapCommand.name:
        return handleMap(readArguments(mapCommand, options), context);
      case figureCommand.name:
        return handleFigure(readArguments(figureCommand, options), context);
      case browseCommand.name:
        return handleBrowse(readArguments(browseCommand, options), context);
      case aboutCommand.name:
        return handleAbout(context);
      case helpCommand.name:
        return handleHelp(context);
      default:
        return unknownCommand(interaction.data.name, interaction, archive);
    }
  } catch (error) {
    if (error instanceof OptionError) return optionProblem(error, interaction.data.name, context);
    throw error;
  }
}

function optionProblem(error: OptionError, command: string, context: CommandContext): APIInteractionResponse {
  const { messages, locale } = context;
  const option = error.option;
  const name = localizedOptionName(command, option.name, locale);
  switch (error.problem) {
    case 'missing':
      return ephemeralNotice(messages.missingOption(name));
    case 'empty':
      return ephemeralNotice(messages.emptyOption(name));
    case 'out-of-range':
      if (option.type === ApplicationCommandOptionType.Integer) {
        return ephemeralNotice(
          messages.outOfRange(
            name,
            option.min_value ?? Number.MIN_SAFE_INTEGER,
            option.max_value ?? Number.MAX_SAFE_INTEGER,
          ),
        );
      }
      return ephemeralNotice(messages.wrongOptionType(name, messages.expectedType.integer));
    case 'wrong-type':
      return ephemeralNotice(messages.wrongOptionType(name, messages.expectedType[typeName(option)]));
  }
}

function typeName(option: CommandDefinition['options'][number]): 'string' | 'integer' | 'boolean' | 'user' {
  switch (option.type) {
    case ApplicationCommandOptionType.User:
      return 'user';
    case ApplicationCommandOptionType.String:
      return 'string';
    case ApplicationCommandOptionType.Integer:
      return 'integer';
    case ApplicationCommandOptionType.Boolean:
      return 'boolean';
  }
}

function unknownCommand(
  name: string,
  interaction: APIInteraction,
  archive: BotArchive,
): APIInteractionResponse {
  const context = contextFor(interaction, archive);
  const shown = escapeUserText(truncate(name, 32));
  return ephemeralNotice(
    context.messages.unknownCommand(shown, localizedCommandName('help', context.locale)),
  );
}

/** Autocomplete never answers with a message: anything it cannot handle gets an empty list. */
function respondToAutocomplete(
  interaction: APIApplicationCommandAutocompleteInteraction,
  archive: BotArchive,
): APIInteractionResponse {
  const focused = interaction.data.options.find((option) => 'focused' in option && option.focused === true);
  if (focused === undefined || !('value' in focused) || typeof focused.value !== 'string') return noChoices();
  if (interaction.data.name === browseCommand.name) {
    const field = BROWSE_FIELDS.find((name) => name === focused.name);
    return field === undefined
      ? noChoices()
      : autocompleteWith(browseChoices(field, focused.value, contextFor(interaction, archive)));
  }
  if (interaction.data.name === searchCommand.name && focused.name === 'outlet')
    return autocompleteWith(outletChoices(focused.value, contextFor(interaction, archive)));
  const kind = autocompleteKind(interaction.data.name, focused.name);
  if (kind === undefined) return noChoices();
  return autocompleteWith(autocompleteChoices(kind, focused.value, contextFor(interaction, archive)));
}

function respondToComponent(
  interaction: APIMessageComponentInteraction,
  archive: BotArchive,
): APIInteractionResponse {
  const context = contextFor(interaction, archive);
  const customId = interaction.data.custom_id;
  if (interaction.data.component_type === ComponentType.Button && isSearchButton(customId)) {
    return handleSearchButton(customId, context);
  }
  if (interaction.data.component_type === ComponentType.Button && isOfferButton(customId)) {
    return handleOfferButton(customId, context);
  }
  if (interaction.data.component_type === ComponentType.Button && isReadingButton(customId)) {
    return handleReadingButton(customId, context);
  }
  if (interaction.data.component_type === ComponentType.StringSelect && isRefineMenu(customId)) {
    return handleRefineMenu(customId, interaction.data.values, context);
  }
  if (isBrowseControl(customId)) {
    if (interaction.data.component_type === ComponentType.Button)
      return handleBrowseButton(customId, context);
    if (interaction.data.component_type === ComponentType.StringSelect)
      return handleBrowseMenu(customId, interaction.data.values, context);
  }
  return ephemeralNotice(context.messages.unknownButton);
}
