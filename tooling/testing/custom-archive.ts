import type { ArchiveInput, Article } from '../../packages/core/src/schema/types.ts';

/*
 * The made-up archive the tests of core, query and the bot build with `createArchive`, so that a custom
 * archive is exercised the same way everywhere. It lives outside the packages, so it is never published.
 */

/** An article of the made-up archive, complete as the schema wants it; `extra` overrides any field. */
export function customArticle(id: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  return {
    id,
    seed: null,
    title: `Report ${id}`,
    titleSource: 'outlet',
    dek: null,
    genre: 'news-report',
    outlet: 'harbour-gazette',
    via: null,
    authors: ['ana-ruiz'],
    published: { value: '2021-05-04', precision: 'day', basis: 'stated on the page' },
    url: `https://example.org/${id}`,
    language: 'en',
    rights: 'test fixture',
    truncated: false,
    topics: ['testing'],
    summary: { text: 'A test article.', editorial: true },
    captions: [],
    paragraphs,
    ...extra,
  };
}

/**
 * A made-up archive of `count` articles about refuge, each with one paragraph that states a figure and one
 * that does not, an outlet and an author: enough records to exercise formatting and `type:` at any size.
 */
export function customData(count: number): ArchiveInput {
  const articles = Array.from({ length: count }, (_, index) =>
    customArticle(`report-${index}`, [
      `Officers asked for asylum at the harbour, ${index + 3} of them this week.`,
      'The officers waited for asylum hearings in the port city.',
    ]),
  );
  return {
    articles,
    people: [
      {
        id: 'ana-ruiz',
        name: 'Ana Ruiz',
        aliases: [],
        roles: ['reporter'],
        description: 'A reporter of the test archive.',
        statements: [],
        mentions: [],
      },
    ],
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
    figures: articles.map((article, index) => ({
      id: `officers-${index}`,
      value: index + 3,
      qualifier: 'exact',
      unit: 'officers',
      counts: 'officers asking for asylum',
      scope: 'the harbour',
      period: null,
      citation: { articleId: article.id, excerpt: `${index + 3} of them this week` },
    })),
  };
}
