import { createArchive, shippedDataset } from '@asylum-archive/core';
import { describe, expect, it } from 'vitest';
import { createBotArchive } from '../../src/archive/create-bot-archive';
import { createInteractionHandler } from '../../src/index';
import { chatInput, messageOf, string } from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

// An archive built from a copy of the shipped data in which one article's address holds parentheses, which a
// Markdown link must encode: whatever addresses the shipped articles carry, the links are checked on this one.
const URL_FOR_TEST = 'https://example.org/articles/(test)';
const linkedId = shippedDataset.articles.find((article) => article.outlet === 'texas-observer')?.id ?? '';
const dataset = {
  ...shippedDataset,
  articles: shippedDataset.articles.map((article) =>
    article.id === linkedId ? { ...article, url: URL_FOR_TEST } : article,
  ),
};

const handle = createInteractionHandler({ archive: createBotArchive(await createArchive(dataset)) });
const title = dataset.articles.find((article) => article.id === linkedId)?.title ?? '∅';
const encoded = 'https://example.org/articles/%28test%29';

describe('an archive other than the shipped one (createArchive)', () => {
  it('links the article title on a search page where the URL is known', async () => {
    const response = await handle(
      chatInput('search', [string('query', 'alarcon'), string('outlet', 'texas-observer')]),
    );
    expect(limitViolations(response)).toEqual([]);
    expect(messageOf(response).embeds?.[0]?.description).toContain(`[**${title}**](${encoded})`);
  });

  it('links the article card and cites it as a link on person cards', async () => {
    const card = messageOf(await handle(chatInput('article', [string('article', linkedId)])));
    expect(card.embeds?.[0]?.url).toBe(URL_FOR_TEST);
    expect(card.embeds?.[0]?.fields?.find((field) => field.name === 'Link')?.value).toBe(URL_FOR_TEST);

    const cited = dataset.people.find((person) =>
      person.statements.some((statement) => statement.citation.articleId === linkedId),
    );
    const personCard = messageOf(await handle(chatInput('person', [string('name', cited?.id ?? '')])));
    const sources = personCard.embeds?.[0]?.fields?.find((field) => field.name === 'Sources')?.value;
    expect(sources).toContain(`[*${title}*](${encoded})`);
  });
});
