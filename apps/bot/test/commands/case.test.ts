import { cases, getArticle, getPerson } from '@asylum-archive/core';
import { describe, expect, it } from 'vitest';
import { withoutCuratorNote } from '../../src/cards/case-summary';
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
    const description = embed?.description ?? '';
    const [facts = '', timelineBlock = ''] = description.split('\n\n__Timeline__\n');

    // Where the case stands comes first, labelled, before the (long) timeline.
    const outcome = record.outcome === null ? 'none reported' : `**${record.outcome.replace('-', ' ')}**`;
    expect(facts.split('\n')[0]).toBe(`**Outcome:** ${outcome}`);
    if (record.claimant !== null)
      expect(facts).toContain(`**Claimant:** ${escapeArchiveText(getPerson(record.claimant)?.name ?? '')}`);
    // A case where refuge was not sought never says where refuge was sought.
    expect(facts.includes('Sought refuge in')).toBe(record.outcome !== 'not-sought');
    // An unknown forum is left out rather than shown as "not stated".
    expect(facts.includes('Forum')).toBe(record.forum !== 'unknown' || record.forumDetail !== null);

    // The timeline keeps the curated order, one line per event, each dated (or marked undated) and cited.
    const lines = timelineBlock.split('\n');
    expect(lines).toHaveLength(record.events.length);
    record.events.forEach((event, index) => {
      const line = lines[index] ?? '';
      expect(line).toContain(escapeArchiveText(withoutCuratorNote(event.description)));
      // The curators' notes to each other about the data do not reach readers.
      expect(line).not.toMatch(/is typed|so no outcome/);
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
    const inCanada = cases.find((record) => record.refugeCountry === 'CA' && record.outcome !== 'not-sought');
    const data = messageOf(await caseCard(inCanada?.id ?? '', 'es-ES'));
    expect(data.embeds?.[0]?.description).toContain('**Buscó refugio en:** Canadá');
  });
});

describe('withoutCuratorNote', () => {
  it('drops a closing parenthetical sentence and keeps everything else', () => {
    expect(withoutCuratorNote('He flees. (The article does not say more, so nothing is typed.)')).toBe(
      'He flees.',
    );
    expect(withoutCuratorNote('A judge (in Dallas) rules.')).toBe('A judge (in Dallas) rules.');
    expect(withoutCuratorNote('Ends with (a detail)')).toBe('Ends with (a detail)');
  });
});
