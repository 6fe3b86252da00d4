import type {
  APIEmbed,
  APIInteractionResponse,
  APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { ArchiveData } from '../archive/archive-data';
import { within } from '../transports/shared/within';
import { parsePictureFilename } from './picture-request';
import { renderPictureAsync } from './render-picture';

/** Discord's upload limit is larger; a picture over 1 MB means something drew far more than it should. */
export const MAX_PICTURE_BYTES = 1024 * 1024;
/** Rendering time a reply waits for before it goes without its pictures (Discord allows 3 s in all). */
export const DEFAULT_PICTURE_BUDGET_MS = 1500;
/** A terminal has no 3 s deadline: it waits longer before giving up on a picture. */
export const CONSOLE_PICTURE_BUDGET_MS = 15_000;
/**
 * A deferred answer has the interaction token's 15 minutes, not 3 s: its pictures may take as long as a
 * terminal's. (A reply is deferred when the machine is slow, which is when pictures are slow too.)
 */
export const LATE_PICTURE_BUDGET_MS = CONSOLE_PICTURE_BUDGET_MS;

const ATTACHMENT_URL = 'attachment://';

export type PictureFile = { name: string; data: Buffer; contentType: 'image/png' };
/** A response ready to send: its JSON, and the files its attachments name, in attachment order. */
export type Delivery = { response: APIInteractionResponse; files: PictureFile[] };
export type DroppedPicture = { filename: string; reason: string };

export type PictureRenderer = {
  /**
   * Renders the pictures a response's attachments ask for. One that cannot be drawn, fails, is too large
   * or is not ready within the budget is dropped with its image, and reported: the reply still goes out.
   */
  deliver(
    response: APIInteractionResponse,
    onDropped: (dropped: DroppedPicture) => void,
    budgetMs?: number,
  ): Promise<Delivery>;
};

export function createPictureRenderer(options: { data: ArchiveData; budgetMs?: number }): PictureRenderer {
  return {
    async deliver(response, onDropped, budgetMs = options.budgetMs ?? DEFAULT_PICTURE_BUDGET_MS) {
      const message = messageOf(response);
      const attachments = message?.attachments ?? [];
      if (message === undefined || attachments.length === 0) return { response, files: [] };
      const rendered = await within(
        Promise.all(attachments.map((attachment) => renderOne(attachment.filename ?? '', options.data))),
        budgetMs,
      );
      if (!rendered.done) {
        for (const attachment of attachments)
          onDropped({ filename: attachment.filename ?? '', reason: `not rendered within ${budgetMs} ms` });
        return { response: keepOnly(response, new Set()), files: [] };
      }
      const files: PictureFile[] = [];
      for (const [index, outcome] of rendered.value.entries()) {
        const filename = attachments[index]?.filename ?? '';
        if ('reason' in outcome) onDropped({ filename, reason: outcome.reason });
        else files.push({ name: filename, data: outcome.data, contentType: 'image/png' });
      }
      return { response: keepOnly(response, new Set(files.map((file) => file.name))), files };
    },
  };
}

/** The response with no pictures: what a transport sends when it has no renderer, or a deferred answer. */
export function withoutPictures(response: APIInteractionResponse): APIInteractionResponse {
  return keepOnly(response, new Set());
}

type WarnLogger = { warn(fields: object, message: string): void };

/**
 * What a transport sends for a response: with a renderer, its pictures (each one left out is logged with
 * the reason); without one (a transport built for tests), the response without pictures.
 */
export async function deliverResponse(
  renderer: PictureRenderer | undefined,
  response: APIInteractionResponse,
  logger: WarnLogger,
  budgetMs?: number,
): Promise<Delivery> {
  if (renderer === undefined) return { response: withoutPictures(response), files: [] };
  return renderer.deliver(
    response,
    (dropped) =>
      logger.warn({ picture: dropped.filename, reason: dropped.reason }, 'answered without a picture'),
    budgetMs,
  );
}

/**
 * A deferred answer with its pictures, for the late-delivery path to send as the edit of the deferral
 * (multipart: payload_json and files[n]). A picture that fails is left out and logged, as in a first answer.
 */
export async function deliverLate(
  renderer: PictureRenderer | undefined,
  late: Promise<APIInteractionResponse>,
  logger: WarnLogger,
): Promise<Delivery> {
  return deliverResponse(renderer, await late, logger, LATE_PICTURE_BUDGET_MS);
}

async function renderOne(
  filename: string,
  data: ArchiveData,
): Promise<{ data: Buffer } | { reason: string }> {
  const request = parsePictureFilename(filename);
  if (request === undefined) return { reason: 'not a picture this bot draws' };
  try {
    const picture = await renderPictureAsync(request, data);
    if (picture === undefined) return { reason: `nothing to draw for ${request.kind} ${request.id}` };
    if (picture.png.data.length > MAX_PICTURE_BYTES)
      return { reason: `${picture.png.data.length} bytes, over the ${MAX_PICTURE_BYTES} limit` };
    return { data: picture.png.data };
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

function messageOf(response: APIInteractionResponse): APIInteractionResponseCallbackData | undefined {
  return 'data' in response && response.data !== undefined && 'attachments' in response.data
    ? (response.data as APIInteractionResponseCallbackData)
    : undefined;
}

/**
 * The response with only the named attachments (renumbered 0…n−1 to match `files[n]`), and without the
 * images of the others: an embed that held nothing but a dropped image goes too.
 */
function keepOnly(response: APIInteractionResponse, kept: ReadonlySet<string>): APIInteractionResponse {
  const message = messageOf(response);
  if (message === undefined) return response;
  const attachments = (message.attachments ?? [])
    .filter((attachment) => attachment.filename !== undefined && kept.has(attachment.filename))
    .map((attachment, id) => ({ ...attachment, id }));
  const isDropped = (url: string | undefined) =>
    url?.startsWith(ATTACHMENT_URL) === true && !kept.has(url.slice(ATTACHMENT_URL.length));
  const embeds = message.embeds
    ?.map((embed): APIEmbed => {
      if (!isDropped(embed.image?.url)) return embed;
      const { image: _image, ...rest } = embed;
      return rest;
    })
    .filter((embed) => Object.keys(embed).some((key) => key !== 'color' && key !== 'type'));
  const { attachments: _attachments, embeds: _embeds, ...rest } = message;
  const data: APIInteractionResponseCallbackData = {
    ...rest,
    ...(embeds === undefined ? {} : { embeds }),
    ...(attachments.length === 0 ? {} : { attachments }),
  };
  return { ...response, data } as APIInteractionResponse;
}
