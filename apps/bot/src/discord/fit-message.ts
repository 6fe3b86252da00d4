import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIEmbedField,
  RESTAPIAttachment,
} from 'discord-api-types/v10';
import { DiscordLimits } from './limits';
import { truncate } from './truncate';

/** The parts of a message this bot sends. */
export type MessageBody = {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Files sent with the message (pictures): each a file name and its alt text; see pictures/attach.ts. */
  attachments?: RESTAPIAttachment[];
};

/** Discord rejects empty field names and values; a dash keeps a field valid when its text is empty. */
const EMPTY_FIELD_TEXT = '—';

/**
 * The last line of defence: every renderer sizes its own text, and this makes sure that whatever reaches
 * Discord is within its limits anyway (per-field, per-embed, and the 6,000-character total over all embeds).
 */
export function fitMessage(body: MessageBody): MessageBody {
  const fitted: MessageBody = {};
  if (body.content !== undefined) fitted.content = truncate(body.content, DiscordLimits.messageContent);
  if (body.embeds !== undefined)
    fitted.embeds = fitEmbedsTotal(body.embeds.slice(0, DiscordLimits.embedsPerMessage).map(fitEmbed));
  if (body.components !== undefined)
    fitted.components = body.components.slice(0, DiscordLimits.actionRowsPerMessage).map(fitActionRow);
  if (body.attachments !== undefined)
    fitted.attachments = body.attachments.map((attachment) =>
      attachment.description === undefined
        ? attachment
        : {
            ...attachment,
            description: truncate(attachment.description, DiscordLimits.attachmentDescription),
          },
    );
  return fitted;
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, DiscordLimits.embedTitle);
  if (embed.description !== undefined)
    fitted.description = truncate(embed.description, DiscordLimits.embedDescription);
  if (embed.footer !== undefined)
    fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, DiscordLimits.embedFooterText) };
  if (embed.author !== undefined)
    fitted.author = { ...embed.author, name: truncate(embed.author.name, DiscordLimits.embedAuthorName) };
  if (embed.fields !== undefined)
    fitted.fields = embed.fields.slice(0, DiscordLimits.embedFields).map(fitField);
  return fitted;
}

function fitField(field: APIEmbedField): APIEmbedField {
  return {
    ...field,
    name: truncate(field.name.trim(), DiscordLimits.embedFieldName) || EMPTY_FIELD_TEXT,
    value: truncate(field.value.trim(), DiscordLimits.embedFieldValue) || EMPTY_FIELD_TEXT,
  };
}

/** Characters Discord counts towards the 6,000 total of one embed. */
export function embedLength(embed: APIEmbed): number {
  let length = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  length += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) length += field.name.length + field.value.length;
  return length;
}

/** Drops fields from the end, then shortens the description, until all embeds together fit. */
function fitEmbedsTotal(embeds: APIEmbed[]): APIEmbed[] {
  const result = embeds.map((embed) => ({
    ...embed,
    ...(embed.fields ? { fields: [...embed.fields] } : {}),
  }));
  const total = () => result.reduce((sum, embed) => sum + embedLength(embed), 0);
  for (let index = result.length - 1; index >= 0 && total() > DiscordLimits.embedTotal; index -= 1) {
    const embed = result[index];
    if (embed === undefined) continue;
    while (embed.fields && embed.fields.length > 0 && total() > DiscordLimits.embedTotal) embed.fields.pop();
    const excess = total() - DiscordLimits.embedTotal;
    if (excess > 0 && embed.description !== undefined) {
      embed.description = truncate(embed.description, Math.max(0, embed.description.length - excess));
      if (embed.description === '') delete embed.description;
    }
    if (excess > 0 && total() > DiscordLimits.embedTotal && embed.title !== undefined) {
      embed.title = truncate(
        embed.title,
        Math.max(1, embed.title.length - (total() - DiscordLimits.embedTotal)),
      );
    }
  }
  // Whole embeds go last: only if every shortening above was not enough (e.g. ten huge footers).
  while (result.length > 1 && total() > DiscordLimits.embedTotal) result.pop();
  return result;
}

function fitActionRow(
  row: APIActionRowComponent<APIComponentInMessageActionRow>,
): APIActionRowComponent<APIComponentInMessageActionRow> {
  const components = row.components
    .filter(
      (component) => !('custom_id' in component) || component.custom_id.length <= DiscordLimits.customId,
    )
    .slice(0, DiscordLimits.buttonsPerActionRow)
    .map((component) =>
      'label' in component && typeof component.label === 'string'
        ? { ...component, label: truncate(component.label, DiscordLimits.buttonLabel) }
        : component,
    );
  return { ...row, components };
}
