import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIInteractionResponse,
  type APIPingInteraction,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from 'discord-api-types/v10';

export const APPLICATION_ID = '111111111111111111';
export const INTERACTION_TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldC10b2tlbg';

let sequence = 0;
function nextId(): string {
  sequence += 1;
  return String(200000000000000000n + BigInt(sequence));
}

const user = {
  id: '300000000000000001',
  username: 'tester',
  discriminator: '0',
  global_name: 'Tester',
  avatar: null,
};

/**
 * Interaction payloads shaped like Discord's, trimmed to fields the transports read. Cast once here:
 * the full objects carry dozens of fields (channel, entitlements…) that none of this code touches.
 */
function base(type: InteractionType, userId: string) {
  return {
    id: nextId(),
    application_id: APPLICATION_ID,
    token: INTERACTION_TOKEN,
    type,
    version: 1,
    locale: 'en-US',
    user: { ...user, id: userId },
  };
}

export function pingInteraction(): APIPingInteraction {
  return { ...base(InteractionType.Ping, user.id) } as unknown as APIPingInteraction;
}

export function commandInteraction(
  name: string,
  userId = user.id,
  query = 'juarez',
): APIChatInputApplicationCommandInteraction {
  return {
    ...base(InteractionType.ApplicationCommand, userId),
    data: {
      id: '400000000000000001',
      name,
      type: ApplicationCommandType.ChatInput,
      options: [{ name: 'query', type: ApplicationCommandOptionType.String, value: query }],
    },
  } as unknown as APIChatInputApplicationCommandInteraction;
}

export function autocompleteInteraction(
  name: string,
  userId = user.id,
  typed = 'jua',
): APIApplicationCommandAutocompleteInteraction {
  return {
    ...base(InteractionType.ApplicationCommandAutocomplete, userId),
    data: {
      id: '400000000000000001',
      name,
      type: ApplicationCommandType.ChatInput,
      options: [{ name: 'query', type: ApplicationCommandOptionType.String, value: typed, focused: true }],
    },
  } as unknown as APIApplicationCommandAutocompleteInteraction;
}

export function messageResponse(content: string, ephemeral = false): APIInteractionResponse {
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: {
      content,
      allowed_mentions: { parse: [] },
      ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    },
  };
}

/**
 * A small hand-written stand-in for the pure layer: `/echo` repeats its query, autocomplete offers
 * the typed text, anything else is an unknown command.
 */
export async function echoHandler(interaction: APIInteraction): Promise<APIInteractionResponse> {
  if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
    const focused = interaction.data.options.find((option) => 'focused' in option && option.focused);
    const typed = focused !== undefined && 'value' in focused ? String(focused.value) : '';
    return {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [{ name: `search: ${typed}`, value: typed }] },
    };
  }
  if (interaction.type === InteractionType.ApplicationCommand && interaction.data.name === 'echo') {
    const option = 'options' in interaction.data ? interaction.data.options?.[0] : undefined;
    return messageResponse(`echo: ${option !== undefined && 'value' in option ? String(option.value) : ''}`);
  }
  return messageResponse('Unknown command.', true);
}
