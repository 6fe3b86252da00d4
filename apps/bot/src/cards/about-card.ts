import type { Versions } from '../archive/bot-archive';
import { escapeArchiveText } from '../discord/escape';
import type { MessageBody } from '../discord/fit-message';
import { DiscordLimits } from '../discord/limits';
import { joinLinesWithin } from '../discord/truncate';
import { formatNumber } from '../i18n/format';
import { CardColour, type RenderContext } from './render-context';

/** /about: what the archive is, which versions answer, how much it holds, and whose reporting it is. */
export function renderAboutCard(
  versions: Versions,
  fingerprint: string,
  context: RenderContext,
): MessageBody {
  const { data, messages, locale } = context;
  const count = messages.aboutCount;
  const counts = [
    [data.articles.length, count.articles],
    [data.people.length, count.people],
    [data.organizations.length, count.organizations],
    [data.places.length, count.places],
    [data.cases.length, count.cases],
    [data.figures.length, count.figures],
    [data.quotes.length, count.quotes],
  ] as const;

  // One line per outlet: how many of its articles the archive holds.
  const perOutlet = new Map<string, number>();
  for (const article of data.articles)
    perOutlet.set(article.outlet, (perOutlet.get(article.outlet) ?? 0) + 1);
  const outlets = [...perOutlet].map(
    ([id, articles]) => `• ${escapeArchiveText(data.nameOf(id))} (${messages.aboutArticleCount(articles)})`,
  );

  return {
    embeds: [
      {
        title: messages.aboutTitle,
        description: messages.aboutDescription,
        color: CardColour.about,
        fields: [
          {
            name: messages.aboutVersions,
            value: [
              `@asylum-archive/bot ${versions.bot}`,
              `@asylum-archive/core ${versions.core} (${messages.aboutDataset} \`${fingerprint}\`)`,
              `@asylum-archive/query ${versions.query}`,
            ].join('\n'),
          },
          {
            name: messages.aboutCounts,
            value: counts.map(([value, label]) => `${formatNumber(value, locale)} ${label}`).join(' · '),
          },
          {
            name: messages.aboutAttribution,
            value: joinLinesWithin(
              [messages.aboutAttributionText, ...outlets],
              DiscordLimits.embedFieldValue,
              messages.moreItems,
            ),
          },
        ],
      },
    ],
  };
}
