import { type ArchiveInput, type Article, createArchive } from '@asylum-archive/core';
import { describe, expect, it } from 'vitest';
import { createBotArchive } from '../../src/archive/create-bot-archive';
import { createInteractionHandler } from '../../src/index';
import { autocomplete, chatInput, choicesOf, messageOf, string } from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

const article = (id: string, paragraphs: string[]): Article => ({
  id,
  seed: null,
  title: `Harbour report ${id}`,
  titleSource: 'outlet',
  dek: null,
  genre: 'news-report',
  outlet: 'harbour-gazette',
  via: null,
  authors: [],
  published: { value: '2021-05-04', precision: 'day', basis: 'stated on the page' },
  url: null,
  language: 'en',
  rights: 'test fixture',
  truncated: false,
  topics: ['testing'],
  summary: { text: 'A test article.', editorial: true },
  captions: [],
  paragraphs,
});

// A made-up archive: every article has a paragraph that states a figure and one that does not.
const articles = Array.from({ length: 30 }, (_, index) =>
  article(`report-${index}`, [
    `Officers asked for asylum at the harbour, ${index + 3} of them this week.`,
    'The officers waited for asylum hearings in the port city.',
  ]),
);
const data: ArchiveInput = {
  articles,
  organizations: [
    {
      id: 'harbour-gazette',
      name: 'Harbour Gazette',
      aliases: [],
      kind: 'outlet',
      country: null,
      mentions: [],
    },
  ],
  figures: articles.map((record, index) => ({
    id: `officers-${index}`,
    value: index + 3,
    qualifier: 'exact',
    unit: 'officers',
    counts: 'officers asking for asylum',
    scope: 'the harbour',
    period: null,
    citation: { articleId: record.id, excerpt: `${index + 3} of them this week` },
  })),
};

describe('the bot built from a custom archive', async () => {
  const handle = createInteractionHandler({ archive: createBotArchive(await createArchive(data)) });

  it('runs /search with type: on that archive, counting every passage that holds a figure', async () => {
    const response = await handle(chatInput('search', [string('query', 'type:figure asylum')]));
    expect(limitViolations(response)).toEqual([]);
    const [embed] = messageOf(response).embeds ?? [];
    // One passage per article states a figure; the other passage about asylum does not.
    expect(embed?.footer?.text).toMatch(new RegExp(`(of ${articles.length}|^${articles.length} passages) ·`));
    expect(embed?.description).toContain('Harbour Gazette · 2021');
    expect(embed?.description).toContain('of them this week');
    expect(embed?.description).not.toContain('hearings in the port city');
  });

  it('autocompletes that archive’s records, not the shipped ones', async () => {
    const choices = choicesOf(await handle(autocomplete('figure', 'topic', 'officers asking')));
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) expect(String(choice.value)).toMatch(/^officers-\d+$/);
  });
});
