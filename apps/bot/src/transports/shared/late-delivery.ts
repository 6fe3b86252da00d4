import type { RawFile, REST } from '@discordjs/rest';
import {
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  InteractionResponseType,
  MessageFlags,
  Routes,
} from 'discord-api-types/v10';
import type { Logger } from './logger';
import { safeErrorFields } from './safe-error';

export interface LateDelivery {
  rest: REST;
  /** HTTP mode passes DISCORD_APPLICATION_ID; the gateway uses the interaction's own application id. */
  applicationId: string;
  interaction: APIInteraction;
  /** The answer, and the files its attachments name in attachment order (sent as files[n]). */
  late: Promise<LateAnswer>;
  logger: Logger;
}

export type LateAnswer = { response: APIInteractionResponse; files: readonly RawFile[] };

/** Fields a webhook edit accepts: everything of a message except `tts` and the ephemeral bit. */
function editBody(data: APIInteractionResponseCallbackData): APIInteractionResponseCallbackData {
  const { tts: _tts, flags, ...rest } = data;
  const kept = flags === undefined ? undefined : flags & ~MessageFlags.Ephemeral;
  return kept === undefined || kept === 0 ? rest : { ...rest, flags: kept };
}

/**
 * Sends the answer of a deferred interaction with the interaction token (webhook routes need no
 * bot token, so HTTP mode runs without one). The deferral was public, and a public message cannot
 * become ephemeral: an ephemeral answer replaces the "thinking…" placeholder by an ephemeral follow-up.
 * Never rejects: failures are logged without the token, which sits in the route.
 */
export async function deliverLateResponse(delivery: LateDelivery): Promise<void> {
  const { rest, applicationId, interaction, logger } = delivery;
  const original = Routes.webhookMessage(applicationId, interaction.token, '@original');
  try {
    const { response, files: answerFiles } = await delivery.late;
    // With files, @discordjs/rest sends Discord's multipart body: payload_json and files[n].
    const files = answerFiles.length === 0 ? {} : { files: [...answerFiles] };
    switch (response.type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const ephemeral = ((response.data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
        if (ephemeral) {
          await rest.post(Routes.webhook(applicationId, interaction.token), {
            body: response.data,
            ...files,
            auth: false,
          });
          await rest.delete(original, { auth: false });
        } else {
          await rest.patch(original, { body: editBody(response.data), ...files, auth: false });
        }
        break;
      }
      case InteractionResponseType.UpdateMessage:
        await rest.patch(original, { body: editBody(response.data ?? {}), ...files, auth: false });
        break;
      case InteractionResponseType.DeferredChannelMessageWithSource:
      case InteractionResponseType.DeferredMessageUpdate:
        // The handler deferred on its own; it already is in the state it asked for.
        break;
      default:
        logger.error({ responseType: response.type }, 'this response type cannot follow a deferral; dropped');
        return;
    }
    logger.info({ responseType: response.type, files: answerFiles.length }, 'delivered deferred answer');
  } catch (error) {
    logger.error({ err: safeErrorFields(error) }, 'could not deliver deferred answer');
  }
}
