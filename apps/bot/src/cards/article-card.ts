import type { Article } from '@asylum-archive/core';
import { type APIEmbedField, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { escapeArchiveText } from '../discord/escape';
import type { MessageBody } from '../discord/fit-message';
import { DiscordLimits } from '../discord/limits';
import { joinLinesWithin, truncate } from '../discord/truncate';
import { formatDateStatement } from '../i18n/format';
import { encodeReadingState } from '../pagination/reading-state';
import { formatFigureValue } from './figure-value';
import { CardColour, type RenderContext } from './render-context';

const MAX_PEOPLE_LISTED = 12;

/** /article: what the piece is, who wrote it, who is in it, its numbers, where to read it and its rights. */
export function renderArticleCard(article: Article, context: RenderContext): MessageBody {
  const { data, messages, locale } = context;
  const more = messages.moreItems;
  const fields: APIEmbedField[] = [];

  const outlet = escapeArchiveText(data.outletName(article));
  const via =
    article.via === null ? '' : ` (${messages.articleVia(escapeArchiveText(data.nameOf(article.via)))})`;
  fields.push({ name: messages.articleOutlet, value: outlet + via, inline: true });
  fields.push({
    name: messages.articlePublished,
    value: formatDateStatement(article.published, locale, messages),
    inline: true,
  });

  const authors = article.authors.map((id) => escapeArchiveText(data.nameOf(id)));
  fields.push({
    name: messages.articleAuthors,
    value: authors.length > 0 ? authors.join(', ') : messages.articleNoAuthors,
    inline: true,
  });

  const people = data.peopleIn(article.id).filter(({ person }) => !article.authors.includes(person.id));
  if (people.length > 0) {
    const names = people.slice(0, MAX_PEOPLE_LISTED).map(({ person }) => escapeArchiveText(person.name));
    const hidden = people.length - names.length;
    fields.push({
      name: messages.articlePeople,
      value: names.join(', ') + (hidden > 0 ? ` ${more(hidden)}` : ''),
    });
  }

  const figures = data.figuresIn(article.id);
  if (figures.length > 0) {
    const lines = figures.map(
      (figure) =>
        `• **${escapeArchiveText(formatFigureValue(figure, context))}** — ${escapeArchiveText(figure.counts)}`,
    );
    fields.push({
      name: messages.articleKeyFigures,
      value: joinLinesWithin(lines, DiscordLimits.embedFieldValue, more),
    });
  }

  fields.push({ name: messages.articleLink, value: article.url ?? messages.articleNoLink });
  fields.push({
    name: messages.articleRights,
    value: truncate(escapeArchiveText(article.rights), DiscordLimits.embedFieldValue),
  });

  const notes: string[] = [];
  if (article.titleSource === 'editorial') notes.push(messages.articleEditorialTitle);
  if (article.truncated) notes.push(messages.articleTruncated);
  if (notes.length > 0) fields.push({ name: messages.articleNotes, value: notes.join('\n') });

  const summary = truncate(escapeArchiveText(article.summary.text), DiscordLimits.embedDescription - 100);
  const read = encodeReadingState({ kind: 'read', articleId: article.id, page: 0 });
  return {
    ...(read === null
      ? {}
      : {
          components: [
            {
              type: ComponentType.ActionRow,
              components: [
                {
                  type: ComponentType.Button,
                  style: ButtonStyle.Primary,
                  label: `${messages.articleRead} ▶`,
                  custom_id: read,
                },
              ],
            },
          ],
        }),
    embeds: [
      {
        title: truncate(article.title, DiscordLimits.embedTitle),
        ...(article.url !== null ? { url: article.url } : {}),
        description: `${summary}\n-# ${messages.articleSummary}`,
        color: CardColour.article,
        fields,
        footer: {
          text: `${article.id} · ${messages.articleParagraphs(article.paragraphs.length)} · ${article.language}`,
        },
      },
    ],
  };
}
