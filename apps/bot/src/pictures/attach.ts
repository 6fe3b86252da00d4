import type { APIEmbed } from 'discord-api-types/v10';
import type { ArchiveData } from '../archive/archive-data';
import type { MessageBody } from '../discord/fit-message';
import { DiscordLimits } from '../discord/limits';
import { altText, pictureModel } from './describe';
import { type PictureRequest, pictureFilename } from './picture-request';

/**
 * Adds pictures to a card, as Discord's JSON describes them: an attachment each (file name and alt text)
 * and an image pointing at `attachment://<name>`: the first picture in the card's own embed, the others in
 * embeds of their own. Only what has something to draw is added. The bytes are made later, at the edge
 * (see deliver-pictures.ts): the reply stays a pure function of the interaction and the archive.
 */
export function withPictures(
  body: MessageBody,
  requests: readonly PictureRequest[],
  data: ArchiveData,
): MessageBody {
  const embeds: APIEmbed[] = [...(body.embeds ?? [])];
  const attachments = [...(body.attachments ?? [])];
  for (const request of requests) {
    const model = pictureModel(request, data);
    if (model === undefined) continue;
    const filename = pictureFilename(request);
    const image = { url: `attachment://${filename}` };
    const card = embeds[0];
    if (card !== undefined && card.image === undefined) embeds[0] = { ...card, image };
    else if (embeds.length < DiscordLimits.embedsPerMessage)
      embeds.push({ ...(card?.color === undefined ? {} : { color: card.color }), image });
    else break;
    attachments.push({ id: attachments.length, filename, description: altText(model) });
  }
  return attachments.length === 0 ? body : { ...body, embeds, attachments };
}
