import {
  type APIApplicationCommandAutocompleteResponse,
  type APIApplicationCommandOptionChoice,
  type APIInteractionResponseCallbackData,
  type APIInteractionResponseChannelMessageWithSource,
  type APIInteractionResponseUpdateMessage,
  InteractionResponseType,
  MessageFlags,
} from 'discord-api-types/v10';
import { toSingleLine } from './escape';
import { fitMessage, type MessageBody } from './fit-message';
import { DiscordLimits } from './limits';
import { truncate } from './truncate';

function callbackData(
  body: MessageBody,
  ephemeral: boolean,
  mention?: string,
): APIInteractionResponseCallbackData {
  // No reply from this bot may ping anyone, whatever text ends up in it — except the one user the asker
  // chose to mention, and only that user: Discord pings nobody else even if other mentions slipped in.
  const withMention =
    mention === undefined
      ? body
      : { ...body, content: `<@${mention}>${body.content ? ` ${body.content}` : ''}` };
  const data: APIInteractionResponseCallbackData = {
    ...fitMessage(withMention),
    allowed_mentions: mention === undefined ? { parse: [] } : { parse: [], users: [mention] },
  };
  if (ephemeral) data.flags = MessageFlags.Ephemeral;
  return data;
}

/**
 * A new message in answer to a command; `ephemeral` shows it only to the person who asked; `mention` (a user
 * id) opens the message by mentioning that one user.
 */
export function replyWith(
  body: MessageBody,
  options: { ephemeral?: boolean; mention?: string } = {},
): APIInteractionResponseChannelMessageWithSource {
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: callbackData(body, options.ephemeral ?? false, options.mention),
  };
}

/** A short message only the person who acted sees: errors, stale buttons, bad input. */
export function ephemeralNotice(text: string): APIInteractionResponseChannelMessageWithSource {
  return replyWith({ content: text }, { ephemeral: true });
}

/** Replaces the message a button belongs to (paging keeps one message rather than posting new ones). */
export function updateWith(body: MessageBody): APIInteractionResponseUpdateMessage {
  return { type: InteractionResponseType.UpdateMessage, data: callbackData(body, false) };
}

/**
 * An autocomplete answer within Discord's rules: at most 25 choices, names of 1–100 characters on one line,
 * values of at most 100 characters and no value twice. A choice that cannot be made valid is dropped.
 */
export function autocompleteWith(
  choices: readonly APIApplicationCommandOptionChoice[],
): APIApplicationCommandAutocompleteResponse {
  const seen = new Set<string | number>();
  const valid: APIApplicationCommandOptionChoice[] = [];
  for (const choice of choices) {
    if (valid.length === DiscordLimits.autocompleteChoices) break;
    const name = truncate(toSingleLine(choice.name), DiscordLimits.choiceName);
    const value = choice.value;
    if (name.length < DiscordLimits.choiceNameMin || seen.has(value)) continue;
    if (typeof value === 'string' && (value.length === 0 || value.length > DiscordLimits.choiceValue))
      continue;
    seen.add(value);
    valid.push({ name, value });
  }
  return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: valid } };
}

/** The answer when autocomplete cannot help: Discord shows "no options", never an error. */
export function noChoices(): APIApplicationCommandAutocompleteResponse {
  return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
}
