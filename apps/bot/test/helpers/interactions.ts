import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type APIMessageApplicationCommandInteraction,
  type APIMessageComponentButtonInteraction,
  type APIMessageComponentInteraction,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  type Locale,
} from 'discord-api-types/v10';
import { replyAsMessage } from '../../src/discord/reply-as-message';

/**
 * Interactions shaped exactly as Discord sends them (discord-api-types), built by hand because Discord's
 * servers cannot take part in these tests.
 */
type Option = APIApplicationCommandInteractionDataBasicOption<InteractionType.ApplicationCommand>;

let sequence = 0;

function base(locale: Locale | string) {
  sequence += 1;
  return {
    id: String(1_200_000_000_000_000_000n + BigInt(sequence)),
    application_id: '1100000000000000000',
    token: 'test-token',
    version: 1 as const,
    app_permissions: '0',
    locale: locale as Locale,
    entitlements: [],
    authorizing_integration_owners: {},
    attachment_size_limit: 8_388_608,
    guild_id: '1000000000000000000',
    member: {
      user: {
        id: '1300000000000000000',
        username: 'tester',
        discriminator: '0',
        global_name: 'Tester',
        avatar: null,
      },
      roles: [],
      joined_at: '2020-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      permissions: '0',
    },
    channel: { id: '1400000000000000000', type: ChannelType.GuildText as const },
    channel_id: '1400000000000000000',
  };
}

export function string(name: string, value: string): Option {
  return { name, type: ApplicationCommandOptionType.String, value };
}

export function integer(name: string, value: number): Option {
  return { name, type: ApplicationCommandOptionType.Integer, value };
}

export function boolean(name: string, value: boolean): Option {
  return { name, type: ApplicationCommandOptionType.Boolean, value };
}

export function user(name: string, id: string): Option {
  return { name, type: ApplicationCommandOptionType.User, value: id };
}

/**
 * Where a user-installed command runs when the bot is not a member: a DM between two people (context 2),
 * no guild, the asker as `user` and the user install as the authorising integration.
 */
export function inPrivateChannel<T extends { guild_id?: string; member?: unknown }>(interaction: T): T {
  const { guild_id: _guild, member: _member, ...rest } = interaction;
  return {
    ...rest,
    user: {
      id: '1300000000000000000',
      username: 'tester',
      discriminator: '0',
      global_name: 'Tester',
      avatar: null,
    },
    context: InteractionContextType.PrivateChannel,
    authorizing_integration_owners: { [ApplicationIntegrationType.UserInstall]: '1300000000000000000' },
    channel: { id: '1700000000000000000', type: ChannelType.DM },
    channel_id: '1700000000000000000',
  } as unknown as T;
}

/** "Apps → Search the archive" used on a message whose text is `content`. */
export function messageCommand(
  name: string,
  content: string,
  locale: string = 'en-US',
): APIMessageApplicationCommandInteraction {
  const target = '1800000000000000000';
  return {
    ...base(locale),
    type: InteractionType.ApplicationCommand,
    data: {
      id: '1500000000000000001',
      type: ApplicationCommandType.Message,
      name,
      target_id: target,
      resolved: {
        messages: {
          [target]: replyAsMessage(
            { content },
            {
              id: target,
              channelId: '1400000000000000000',
              authorId: '1900000000000000000',
              timestamp: '2020-01-01T00:00:00.000Z',
            },
          ),
        },
      },
    },
  };
}

export function chatInput(
  name: string,
  options: Option[] = [],
  locale: string = 'en-US',
): APIChatInputApplicationCommandInteraction {
  return {
    ...base(locale),
    type: InteractionType.ApplicationCommand,
    data: { id: '1500000000000000000', type: ApplicationCommandType.ChatInput, name, options },
  };
}

export function autocomplete(
  name: string,
  option: string,
  value: string,
  locale: string = 'en-US',
): APIApplicationCommandAutocompleteInteraction {
  return {
    ...base(locale),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: '1500000000000000000',
      type: ApplicationCommandType.ChatInput,
      name,
      options: [{ name: option, type: ApplicationCommandOptionType.String, value, focused: true }],
    },
  };
}

export function buttonPress(
  customId: string,
  message: APIInteractionResponseCallbackData = {},
  locale: string = 'en-US',
): APIMessageComponentButtonInteraction {
  return {
    ...base(locale),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message: replyAsMessage(message, {
      id: '1600000000000000000',
      channelId: '1400000000000000000',
      authorId: '1100000000000000000',
      timestamp: '2020-01-01T00:00:00.000Z',
    }),
  };
}

/** The message data of a reply, failing the test if the response is not a message. */
export function messageOf(response: APIInteractionResponse): APIInteractionResponseCallbackData {
  if (
    (response.type !== InteractionResponseType.ChannelMessageWithSource &&
      response.type !== InteractionResponseType.UpdateMessage) ||
    response.data === undefined
  ) {
    throw new Error(`expected a message, got response type ${response.type}`);
  }
  return response.data;
}

/** Every piece of text in a message, for assertions that must hold wherever the text sits. */
export function allText(data: APIInteractionResponseCallbackData): string {
  const parts: string[] = [data.content ?? ''];
  for (const embed of data.embeds ?? []) {
    parts.push(
      embed.title ?? '',
      embed.description ?? '',
      embed.footer?.text ?? '',
      embed.author?.name ?? '',
    );
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  return parts.join('\n');
}

export function choicesOf(response: APIInteractionResponse) {
  if (response.type !== InteractionResponseType.ApplicationCommandAutocompleteResult) {
    throw new Error(`expected an autocomplete result, got response type ${response.type}`);
  }
  return response.data.choices ?? [];
}

/** The buttons with custom ids of a message, row by row. */
export function buttonsOf(
  data: APIInteractionResponseCallbackData,
): { label: string; customId: string; disabled: boolean }[] {
  const found: { label: string; customId: string; disabled: boolean }[] = [];
  for (const row of data.components ?? []) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const component of row.components) {
      if (component.type === ComponentType.Button && 'custom_id' in component)
        found.push({
          label: component.label ?? '',
          customId: component.custom_id,
          disabled: component.disabled === true,
        });
    }
  }
  return found;
}

/** A choice in a string select menu of a message, as Discord sends it. */
export function selectMenu(
  customId: string,
  values: readonly string[],
  message: APIInteractionResponseCallbackData = {},
  locale: string = 'en-US',
): APIMessageComponentInteraction {
  return {
    ...buttonPress(customId, message, locale),
    data: { custom_id: customId, component_type: ComponentType.StringSelect, values: [...values] },
  } as APIMessageComponentInteraction;
}
