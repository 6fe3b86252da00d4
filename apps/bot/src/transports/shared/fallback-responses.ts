import {
  type APIApplicationCommandAutocompleteResponse,
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseChannelMessageWithSource,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from 'discord-api-types/v10';

/**
 * The few answers a transport gives on its own, when the pure layer cannot be asked (cooldown)
 * or did not answer in time or at all. Each is ephemeral and pings nobody.
 */

function ephemeralMessage(content: string): APIInteractionResponseChannelMessageWithSource {
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: { content, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } },
  };
}

export function cooldownResponse(waitMs: number): APIInteractionResponseChannelMessageWithSource {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return ephemeralMessage(
    `⏳ One moment, please: you can run another command in ${seconds} second${seconds === 1 ? '' : 's'}.`,
  );
}

/** The reference id lets a maintainer find the matching log line. */
export function failureResponse(requestId: string): APIInteractionResponseChannelMessageWithSource {
  return ephemeralMessage(
    `Something went wrong while answering. Please try again later. Reference: \`${requestId}\``,
  );
}

/** Autocomplete cannot show a message; on any failure Discord gets an empty list, never an error. */
export const EMPTY_AUTOCOMPLETE: APIApplicationCommandAutocompleteResponse = Object.freeze({
  type: InteractionResponseType.ApplicationCommandAutocompleteResult,
  data: { choices: [] },
}) as APIApplicationCommandAutocompleteResponse;

/**
 * Acknowledges an interaction whose answer is still being computed. A button's message shows a
 * loading state; a command shows "thinking…". The answer follows as an edit (see late-delivery).
 */
export function deferralFor(interaction: APIInteraction): APIInteractionResponse {
  return interaction.type === InteractionType.MessageComponent
    ? { type: InteractionResponseType.DeferredMessageUpdate }
    : { type: InteractionResponseType.DeferredChannelMessageWithSource };
}
