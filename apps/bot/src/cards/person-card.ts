import type { Person } from '@asylum-archive/core';
import type { APIEmbedField } from 'discord-api-types/v10';
import { escapeArchiveText } from '../discord/escape';
import type { MessageBody } from '../discord/fit-message';
import { DiscordLimits } from '../discord/limits';
import { joinLinesWithin, truncate } from '../discord/truncate';
import { formatDateStatement, yearOf } from '../i18n/format';
import { caseOutcomeLine, commandLine } from './case-summary';
import { CardColour, type RenderContext } from './render-context';
import { SourceList } from './sources';

/** A fact's label in the reader's language where the catalogue has it, else as the curators wrote it. */
function factLabel(attribute: string, context: RenderContext): string {
  const labels: Readonly<Record<string, string>> = context.messages.factLabels;
  return Object.hasOwn(labels, attribute) ? (labels[attribute] ?? attribute) : attribute;
}

/**
 * /person: who they are, the facts the articles state about them (conflicting statements side by side), the
 * cases they are part of, where they appear and what they said. Every fact carries a source marker.
 */
export function renderPersonCard(person: Person, context: RenderContext): MessageBody {
  const { data, messages, locale } = context;
  const more = messages.moreItems;
  const sources = new SourceList(context);
  const fields: APIEmbedField[] = [];

  const roles = person.roles.map((role) => messages.role[role]).join(', ');
  fields.push({ name: messages.personRole, value: roles, inline: true });
  if (person.aliases.length > 0) {
    fields.push({
      name: messages.personAlsoCalled,
      value: person.aliases.map(escapeArchiveText).join(', '),
      inline: true,
    });
  }

  // Statements of one attribute are grouped, so "age: 27 [1] · 26 [2]" shows a disagreement between sources.
  const byAttribute = new Map<string, string[]>();
  for (const statement of person.statements) {
    const values = byAttribute.get(statement.attribute) ?? [];
    values.push(`${escapeArchiveText(statement.value)} ${sources.cite(statement.citation.articleId)}`);
    byAttribute.set(statement.attribute, values);
  }
  if (byAttribute.size > 0) {
    const lines = [...byAttribute].map(
      ([attribute, values]) =>
        `**${escapeArchiveText(factLabel(attribute, context))}**: ${values.join(' · ')}`,
    );
    fields.push({
      name: messages.personFacts,
      value: joinLinesWithin(lines, DiscordLimits.embedFieldValue, more),
    });
  }

  const cases = data.casesOf(person.id);
  if (cases.length > 0) {
    const lines = cases.map(({ case: record, role }) => {
      const part = role === 'claimant' ? messages.personAsClaimant : messages.personAsAttorney;
      const decided = record.events.filter((event) => event.outcome !== null);
      const steps = decided.map((event) => {
        const when = formatDateStatement(event.date, locale, messages);
        const what = event.outcome === null ? '' : messages.outcome[event.outcome];
        return `${when}: ${what} ${sources.cite(event.citation.articleId)}`;
      });
      const header = `**${escapeArchiveText(record.title)}** (${part}) — ${caseOutcomeLine(record, context)}`;
      return [
        header,
        ...steps.map((step) => `  ↳ ${step}`),
        `  ${messages.personFullTimeline(commandLine('case', record.id, locale))}`,
      ].join('\n');
    });
    fields.push({
      name: messages.personCases,
      value: joinLinesWithin(lines, DiscordLimits.embedFieldValue, more),
    });
  }

  const appearances = data.appearancesOf(person);
  if (appearances.length > 0) {
    const lines = appearances.map(({ article, mentions }) => {
      const year = yearOf(article.published);
      const where = `${escapeArchiveText(data.outletName(article))}${year === null ? '' : `, ${year}`}`;
      return `• *${escapeArchiveText(article.title)}* — ${where} (${messages.personMentions(mentions)})`;
    });
    fields.push({
      name: messages.personAppearances,
      value: joinLinesWithin(lines, DiscordLimits.embedFieldValue, more),
    });
  }

  const quotes = data.quotesBy(person.id);
  if (quotes.length > 0) {
    const lines = quotes.map((quote) => {
      const to =
        quote.to === null ? '' : ` — ${messages.personQuoteTo(escapeArchiveText(data.nameOf(quote.to)))}`;
      return `> “${escapeArchiveText(truncate(quote.text, 300))}”${to} ${sources.cite(quote.citation.articleId)}`;
    });
    fields.push({
      name: messages.personQuotes,
      value: joinLinesWithin(lines, DiscordLimits.embedFieldValue, more),
    });
  }

  const sourceLines = sources.lines();
  if (sourceLines.length > 0) {
    fields.push({
      name: messages.sources,
      value: joinLinesWithin(sourceLines, DiscordLimits.embedFieldValue, more),
    });
  }

  return {
    embeds: [
      {
        title: truncate(person.name, DiscordLimits.embedTitle),
        description: escapeArchiveText(person.description),
        color: CardColour.person,
        fields,
        footer: { text: person.id },
      },
    ],
  };
}
