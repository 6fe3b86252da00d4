import type { Case } from '@asylum-archive/core';
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { escapeArchiveText } from '../discord/escape';
import { embedLength, type MessageBody } from '../discord/fit-message';
import { DiscordLimits } from '../discord/limits';
import { joinLinesWithin, truncate } from '../discord/truncate';
import { countryName, formatDateStatement } from '../i18n/format';
import { CardColour, type RenderContext } from './render-context';
import { SourceList } from './sources';

/** /case: who sought refuge where, before which forum, and every step of the claim in date order, cited. */
export function renderCaseCard(record: Case, context: RenderContext): MessageBody {
  const { data, messages, locale } = context;
  const more = messages.moreItems;
  const sources = new SourceList(context);

  const claimant =
    record.claimant !== null
      ? escapeArchiveText(data.nameOf(record.claimant))
      : escapeArchiveText(record.claimantDescription ?? messages.caseNoOutcome);
  const forum =
    messages.forum[record.forum] +
    (record.forumDetail === null ? '' : ` — ${escapeArchiveText(record.forumDetail)}`);
  const fields: APIEmbedField[] = [
    { name: messages.caseClaimant, value: claimant, inline: true },
    { name: messages.caseRefugeCountry, value: countryName(record.refugeCountry, locale), inline: true },
    {
      name: messages.caseOutcome,
      value: record.outcome === null ? messages.caseNoOutcome : `**${messages.outcome[record.outcome]}**`,
      inline: true,
    },
    { name: messages.caseForum, value: forum },
  ];
  if (record.attorneys.length > 0) {
    fields.push({
      name: messages.caseAttorneys,
      value: record.attorneys.map((id) => escapeArchiveText(data.nameOf(id))).join(', '),
    });
  }

  const timeline = record.events.map((event) => {
    const when =
      event.date.value === null ? messages.undated : formatDateStatement(event.date, locale, messages);
    const outcome = event.outcome === null ? '' : ` — **${messages.outcome[event.outcome]}**`;
    return `**${when}** · ${escapeArchiveText(event.description)}${outcome} ${sources.cite(event.citation.articleId)}`;
  });
  // The timeline comes before the sources it cites, so it is sized first; the sources list is short.
  fields.push({
    name: messages.sources,
    value: joinLinesWithin(sources.lines(), DiscordLimits.embedFieldValue, more),
  });

  const embed: APIEmbed = {
    title: truncate(record.title, DiscordLimits.embedTitle),
    color: CardColour.case,
    fields,
    footer: { text: record.id },
  };
  const heading = `__${messages.caseTimeline}__\n`;
  const room =
    Math.min(DiscordLimits.embedDescription, DiscordLimits.embedTotal - embedLength(embed)) - heading.length;
  embed.description = heading + joinLinesWithin(timeline, room, more);
  return { embeds: [embed] };
}
