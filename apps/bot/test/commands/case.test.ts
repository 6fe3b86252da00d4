import { cases, getArticle, getPerson } from '@asylum-archive/core';
import { describe, expect, it } from 'vitest';
import { escapeArchiveText } from '../../src/discord/escape';
import { handleInteraction } from '../../src/index';
import { chatInput, messageOf, string } from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

const caseCard = (value: string, locale?: string) =>
  handleInteraction(chatInput('case', [string('name', value)], locale));

describe('/case on every shipped case', () => {
  it.each(cases.map((record) => [record.id, record] as const))('%s', async (_id, record) => {
    const response = await caseCard(record.id);
    expect(limitViolations(response)).toEqual([]);
    const embed = messageOf(response).embeds?.[0];
    const field = (name: string) => embed?.fields?.find((candidate) => candidate.name === name)?.value;
    expect(embed?.title).toBe(record.title);
    expect(field('Outcome')).toBe(
      record.outcome === null ? 'none reported' : `**${record.outcome.replace('-', ' ')}**`,
    );
    if (record.claimant !== null)
      expect(field('Claimant')).toBe(escapeArchiveText(getPerson(record.claimant)?.name ?? ''));

    // The timeline keeps the curated order, one line per event, each dated (or marked undated) and cited.
    const lines = (embed?.description ?? '').split('\n').slice(1);
    expect(lines).toHaveLength(record.events.length);
    record.events.forEach((event, index) => {
      const line = lines[index] ?? '';
      expect(line).toContain(escapeArchiveText(event.description));
      expect(line).toMatch(/\[\d+\]$/);
      if (event.date.value === null) expect(line.startsWith('**undated**')).toBe(true);
      else expect(line).toContain(event.date.value.slice(0, 4));
      expect(line.includes('(inferred)')).toBe(
        event.date.value !== null && event.date.basis.startsWith('inferred'),
      );
    });
    const cited = new Set(record.events.map((event) => event.citation.articleId));
    for (const articleId of cited)
      expect(field('Sources')).toContain(escapeArchiveText(getArticle(articleId)?.title ?? ''));
  });

  it('finds a named claimant’s case by the claimant’s name', async () => {
    const named = cases.find((record) => record.claimant !== null);
    const claimant = getPerson(named?.claimant ?? '');
    const data = messageOf(await caseCard(claimant?.name ?? ''));
    expect(data.embeds?.[0]?.title).toBe(named?.title);
  });

  it('gives the country of refuge in the reader’s language', async () => {
    const inCanada = cases.find((record) => record.refugeCountry === 'CA');
    const data = messageOf(await caseCard(inCanada?.id ?? '', 'es-ES'));
    expect(data.embeds?.[0]?.fields?.find((field) => field.name === 'Buscó refugio en')?.value).toBe(
      'Canadá',
    );
  });
});
