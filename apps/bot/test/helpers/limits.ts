import { type APIInteractionResponse, ComponentType, InteractionResponseType } from 'discord-api-types/v10';
import { DiscordLimits as L } from '../../src/discord/limits';

/**
 * Every way a response would be rejected by Discord, as readable strings (empty when it is valid). Written
 * independently of the code that fits messages, so that a bug there shows up here.
 */
export function limitViolations(response: APIInteractionResponse): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  if (response.type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
    const choices = response.data.choices ?? [];
    check(choices.length <= L.autocompleteChoices, `${choices.length} choices`);
    const values = new Set<unknown>();
    for (const choice of choices) {
      check(
        choice.name.length >= 1 && choice.name.length <= L.choiceName,
        `choice name of ${choice.name.length}`,
      );
      check(
        typeof choice.value !== 'string' ||
          (choice.value.length >= 1 && choice.value.length <= L.choiceValue),
        'choice value length',
      );
      check(!values.has(choice.value), `duplicate choice value ${String(choice.value)}`);
      values.add(choice.value);
    }
    return problems;
  }
  if (
    response.type !== InteractionResponseType.ChannelMessageWithSource &&
    response.type !== InteractionResponseType.UpdateMessage
  ) {
    return problems;
  }
  const data = response.data;
  if (data === undefined) return ['message response without data'];
  // Nothing may ping, except one user the asker chose (`/search target:`), named in the content.
  const mentions = data.allowed_mentions;
  const chosen = mentions?.users ?? [];
  check(
    JSON.stringify(mentions?.parse) === '[]' &&
      Object.keys(mentions ?? {}).every((key) => key === 'parse' || key === 'users') &&
      chosen.length <= 1 &&
      chosen.every((id) => (data.content ?? '').startsWith(`<@${id}>`)),
    'mentions are not disabled',
  );
  check((data.content ?? '').length <= L.messageContent, `content of ${data.content?.length}`);
  const embeds = data.embeds ?? [];
  check(embeds.length <= L.embedsPerMessage, `${embeds.length} embeds`);
  check(embeds.length > 0 || (data.content ?? '') !== '', 'empty message');
  let total = 0;
  for (const embed of embeds) {
    const title = embed.title ?? '';
    const description = embed.description ?? '';
    check(title.length <= L.embedTitle, `title of ${title.length}`);
    check(description.length <= L.embedDescription, `description of ${description.length}`);
    check((embed.footer?.text ?? '').length <= L.embedFooterText, 'footer too long');
    check((embed.author?.name ?? '').length <= L.embedAuthorName, 'author too long');
    const fields = embed.fields ?? [];
    check(fields.length <= L.embedFields, `${fields.length} fields`);
    total +=
      title.length + description.length + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
    for (const field of fields) {
      check(
        field.name.trim().length >= 1 && field.name.length <= L.embedFieldName,
        `field name of ${field.name.length}`,
      );
      check(
        field.value.trim().length >= 1 && field.value.length <= L.embedFieldValue,
        `field value of ${field.value.length}`,
      );
      total += field.name.length + field.value.length;
    }
  }
  check(total <= L.embedTotal, `embeds total ${total}`);
  const rows = data.components ?? [];
  check(rows.length <= L.actionRowsPerMessage, `${rows.length} rows`);
  for (const row of rows) {
    if (row.type !== ComponentType.ActionRow) continue;
    check(row.components.length <= L.buttonsPerActionRow, 'too many buttons');
    const ids = new Set<string>();
    for (const component of row.components) {
      if ('custom_id' in component) {
        check(
          component.custom_id.length >= 1 && component.custom_id.length <= L.customId,
          `custom id of ${component.custom_id.length}`,
        );
        check(!ids.has(component.custom_id), 'duplicate custom id');
        ids.add(component.custom_id);
      }
      if ('label' in component && component.label !== undefined)
        check(component.label.length <= L.buttonLabel, 'label too long');
    }
  }
  return problems;
}
