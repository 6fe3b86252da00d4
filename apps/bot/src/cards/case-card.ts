import type { Case } from '@asylum-archive/core';
import type { APIEmbed } from 'discord-api-types/v10';
import { escapeArchiveText } from '../discord/escape';
import { embedLength, type MessageBody } from '../discord/fit-message';
import { DiscordLimits } from '../discord/limits';
import { joinLinesWithin, truncate } from '../discord/truncate';
import { countryName, formatDateStatement } from '../i18n/format';
import { countryLabel, withoutCuratorNote } from './case-summary';
import { CardColour, type RenderContext } from './render-context';
import { SourceList } from './sources';

/**
 * /case: where the claim stands first (outcome, claimant, country, forum, attorneys, each labelled), then
 * every step of the claim in date order, cited, then the sources.
 */
export function renderCaseCard(record: Case, context: RenderContext): MessageBody {
  const { data, messages, locale } = context;
  const more = messages.moreItems;
  const sources = new SourceList(context);

  const claimant =
    record.claimant !== null
      ? escapeArchiveText(data.nameOf(record.claimant))
      : escapeArchiveText(record.claimantDescription ?? messages.caseNoOutcome);
  const label = (name: string, value: string) => `**${name}:** ${value}`;
  const facts = [
    label(
      messages.caseOutcome,
      record.outcome === null ? messages.caseNoOutcome : `**${messages.outcome[record.outcome]}**`,
    ),
    label(messages.caseClaimant, claimant),
    label(countryLabel(record, context), countryName(record.refugeCountry, locale)),
  ];
  if (record.forum !== 'unknown' || record.forumDetail !== null) {
    const forum =
      messages.forum[record.forum] +
      (record.forumDetail === null ? '' : ` — ${escapeArchiveText(record.forumDetail)}`);
    facts.push(label(messages.caseForum, forum));
  }
  if (record.attorneys.length > 0) {
    const attorneys = record.attorneys.map((id) => escapeArchiveText(data.nameOf(id))).join(', ');
    facts.push(label(messages.caseAttorneys, attorneys));
  }

  const timeline = record.events.map((event) => {
    const when =
      event.date.value === null ? messages.undated : formatDateStatement(event.date, locale, messages);
    const outcome = event.outcome === null ? '' : ` — **${messages.outcome[event.outcome]}**`;
    const what = escapeArchiveText(withoutCuratorNote(event.description));
    return `**${when}** · ${what}${outcome} ${sources.cite(event.citation.articleId)}`;
  });

  const embed: APIEmbed = {
    title: truncate(record.title, DiscordLimits.embedTitle),
    color: CardColour.case,
    fields: [
      {
        name: messages.sources,
        value: joinLinesWithin(sources.lines(), DiscordLimits.embedFieldValue, more),
      },
    ],
    footer: { text: record.id },
  };
  // The facts are short; the timeline takes the room left in the description, cut between events.
  const heading = `${facts.join('\n')}\n\n__${messages.caseTimeline}__\n`;
  const room =
    Math.min(DiscordLimits.embedDescription, DiscordLimits.embedTotal - embedLength(embed)) - heading.length;
  embed.description = heading + joinLinesWithin(timeline, room, more);
  return { embeds: [embed] };
}
