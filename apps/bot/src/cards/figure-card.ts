import type { Figure } from '@asylum-archive/core';
import { sourceSentence } from '../archive/source-sentence';
import { escapeArchiveText } from '../discord/escape';
import type { MessageBody } from '../discord/fit-message';
import { DiscordLimits } from '../discord/limits';
import { truncate } from '../discord/truncate';
import { formatFigureValue } from './figure-value';
import { CardColour, type RenderContext } from './render-context';
import { articleReference } from './sources';

/** /figure: the number with its hedge, what it counts, over which period, and the sentence it was read from. */
export function renderFigureCard(figure: Figure, context: RenderContext): MessageBody {
  const { data, messages } = context;
  const article = data.article(figure.citation.articleId);
  const sentence = truncate(sourceSentence(article, figure.citation), DiscordLimits.embedFieldValue - 10);
  return {
    embeds: [
      {
        title: truncate(formatFigureValue(figure, context), DiscordLimits.embedTitle),
        description: `${messages.figureCounts}: **${escapeArchiveText(figure.counts)}**`,
        color: CardColour.figure,
        fields: [
          { name: messages.figureScope, value: escapeArchiveText(figure.scope), inline: true },
          {
            name: messages.figurePeriod,
            value: figure.period === null ? messages.figureNoPeriod : escapeArchiveText(figure.period),
            inline: true,
          },
          { name: messages.figureSentence, value: `> ${escapeArchiveText(sentence)}` },
          {
            name: messages.figureSource,
            value:
              article === undefined
                ? escapeArchiveText(figure.citation.articleId)
                : articleReference(article, context),
          },
        ],
        footer: { text: figure.id },
      },
    ],
  };
}
