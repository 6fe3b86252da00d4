import type { APIInteractionResponseCallbackData, APIMessage } from 'discord-api-types/v10';
import { MessageType } from 'discord-api-types/v10';

/** The ids Discord would have assigned to a message the bot posted. */
export type PostedMessageIds = { id: string; channelId: string; authorId: string; timestamp: string };

/**
 * The message Discord shows for one of the bot's replies: what a button press carries back as
 * `interaction.message`, so the terminal session and the tests build it the same way.
 */
export function replyAsMessage(data: APIInteractionResponseCallbackData, ids: PostedMessageIds): APIMessage {
  return {
    id: ids.id,
    channel_id: ids.channelId,
    author: {
      id: ids.authorId,
      username: 'asylum-archive',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
    },
    content: data.content ?? '',
    timestamp: ids.timestamp,
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: data.embeds ?? [],
    pinned: false,
    type: MessageType.Default,
    ...(data.components !== undefined ? { components: data.components } : {}),
    ...(data.flags !== undefined ? { flags: data.flags } : {}),
  };
}
