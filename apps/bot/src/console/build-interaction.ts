import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionResponseCallbackData,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIMessageComponentSelectMenuInteraction,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  type Locale,
} from 'discord-api-types/v10';
import { replyAsMessage } from '../discord/reply-as-message';
import type { DataOption } from './parse-line';

/**
 * Builds the interactions Discord would send, so the terminal exercises exactly the code path a Discord
 * user does. The session is a direct message between one local user and the bot; ids are sequential.
 */
export class ConsoleInteractions {
  #sequence = 0;

  constructor(
    private readonly locale: Locale,
    private readonly user: APIUser = {
      id: '1',
      username: 'terminal',
      discriminator: '0',
      global_name: 'Terminal',
      avatar: null,
    },
  ) {}

  /** Snowflake-shaped ids, unique within the session. */
  #nextId(): string {
    this.#sequence += 1;
    return (1_000_000_000_000_000_000n + BigInt(this.#sequence)).toString();
  }

  #base() {
    return {
      id: this.#nextId(),
      application_id: '0',
      token: 'terminal-session',
      version: 1 as const,
      app_permissions: '0',
      locale: this.locale,
      entitlements: [],
      authorizing_integration_owners: {},
      attachment_size_limit: 0,
      context: InteractionContextType.BotDM,
      user: this.user,
      channel: { id: '0', type: ChannelType.DM as const },
      channel_id: '0',
    };
  }

  command(name: string, options: DataOption[]): APIChatInputApplicationCommandInteraction {
    return {
      ...this.#base(),
      type: InteractionType.ApplicationCommand,
      data: { id: '0', type: ApplicationCommandType.ChatInput, name, options },
    };
  }

  /** What Discord sends while someone types into an autocomplete option (the only option being filled). */
  autocomplete(
    name: string,
    focused: { name: string; value: string },
  ): APIApplicationCommandAutocompleteInteraction {
    return {
      ...this.#base(),
      type: InteractionType.ApplicationCommandAutocomplete,
      data: {
        id: '0',
        type: ApplicationCommandType.ChatInput,
        name,
        options: [
          {
            name: focused.name,
            type: ApplicationCommandOptionType.String,
            value: focused.value,
            focused: true,
          },
        ],
      },
    };
  }

  /** A click on a button of `message` (the bot's earlier reply). */
  button(
    customId: string,
    message: APIInteractionResponseCallbackData,
  ): APIMessageComponentButtonInteraction {
    return {
      ...this.#base(),
      type: InteractionType.MessageComponent,
      data: { custom_id: customId, component_type: ComponentType.Button },
      message: this.#messageFrom(message),
    };
  }

  /** A choice from a select menu of `message`. */
  select(
    customId: string,
    values: string[],
    message: APIInteractionResponseCallbackData,
  ): APIMessageComponentSelectMenuInteraction {
    return {
      ...this.#base(),
      type: InteractionType.MessageComponent,
      data: { custom_id: customId, component_type: ComponentType.StringSelect, values },
      message: this.#messageFrom(message),
    };
  }

  #messageFrom(data: APIInteractionResponseCallbackData): APIMessage {
    return replyAsMessage(data, {
      id: this.#nextId(),
      channelId: '0',
      authorId: '0',
      timestamp: new Date(0).toISOString(),
    });
  }
}
