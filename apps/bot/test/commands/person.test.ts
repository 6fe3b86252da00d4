import { articles, people, quotes } from '@asylum-archive/core';
import { describe, expect, it } from 'vitest';
import { escapeArchiveText } from '../../src/discord/escape';
import { handleInteraction } from '../../src/index';
import { chatInput, messageOf, string } from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

const personCard = (value: string, locale?: string) =>
  handleInteraction(chatInput('person', [string('name', value)], locale));

function fields(data: ReturnType<typeof messageOf>): Map<string, string> {
  return new Map((data.embeds?.[0]?.fields ?? []).map((field) => [field.name, field.value]));
}

describe('/person on every shipped person', () => {
  it.each(people.map((person) => [person.id, person] as const))('%s', async (_id, person) => {
    const response = await personCard(person.id);
    expect(limitViolations(response)).toEqual([]);
    const data = messageOf(response);
    const card = fields(data);
    expect(data.embeds?.[0]?.title).toBe(person.name);
    expect(card.get('Role')).toBeDefined();

    // Each fact carries a source marker, and each marker is listed under Sources.
    const sources = card.get('Sources') ?? '';
    for (const statement of person.statements) {
      const line = (card.get('Facts') ?? '')
        .split('\n')
        .find((each) => each.startsWith(`**${escapeArchiveText(statement.attribute)}**`));
      expect(line, statement.attribute).toContain(`${escapeArchiveText(statement.value)} [`);
    }
    for (const marker of (card.get('Facts') ?? '').match(/\[\d+\]/g) ?? []) expect(sources).toContain(marker);

    for (const quote of quotes.filter((candidate) => candidate.speaker === person.id)) {
      expect(card.get('Quotes')).toContain(escapeArchiveText(quote.text).slice(0, 60));
    }
    const mentioned = new Set(person.mentions.map((mention) => mention.articleId));
    for (const article of articles.filter((candidate) => mentioned.has(candidate.id))) {
      expect(card.get('Appears in')).toContain(escapeArchiveText(article.title));
    }
  });

  it('keeps statements that disagree side by side, each with its own source', async () => {
    const disputed = people.flatMap((person) => {
      const byAttribute = new Map<string, (typeof person.statements)[number][]>();
      for (const statement of person.statements) {
        byAttribute.set(statement.attribute, [...(byAttribute.get(statement.attribute) ?? []), statement]);
      }
      return [...byAttribute]
        .filter(([, statements]) => new Set(statements.map((each) => each.value)).size > 1)
        .map(([attribute, statements]) => ({ person, attribute, statements }));
    });
    expect(disputed.length).toBeGreaterThan(0);
    for (const { person, attribute, statements } of disputed) {
      const facts = fields(messageOf(await personCard(person.id))).get('Facts') ?? '';
      const line =
        facts.split('\n').find((each) => each.startsWith(`**${escapeArchiveText(attribute)}**`)) ?? '';
      const markers = new Set(line.match(/\[\d+\]/g));
      for (const statement of statements) expect(line).toContain(escapeArchiveText(statement.value));
      expect(markers.size).toBe(new Set(statements.map((each) => each.citation.articleId)).size);
    }
  });

  it('finds a person by a surname typed without picking a suggestion', async () => {
    const wiesinger = people.find((person) => person.aliases.includes('Wiesinger'));
    expect(wiesinger).toBeDefined();
    const data = messageOf(await personCard('wiesinger'));
    expect(data.embeds?.[0]?.title).toBe(wiesinger?.name);
  });

  it('tolerates a typo through the engine’s suggest', async () => {
    const data = messageOf(await personCard('wiesingr'));
    expect(data.embeds?.[0]?.title).toBe(people.find((person) => person.aliases.includes('Wiesinger'))?.name);
  });

  it('names roles in Spanish for a Spanish client', async () => {
    const officer = people.find((person) => person.roles.length === 1 && person.roles[0] === 'officer');
    const data = messageOf(await personCard(officer?.id ?? '', 'es-419'));
    expect(fields(data).get('Papel')).toBe('agente de policía');
  });
});
