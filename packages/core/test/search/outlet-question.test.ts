import { describe, expect, it } from 'vitest';
import { customArticle } from '../../../../tooling/testing/custom-archive.ts';
import { createArchive } from '../../src/index';

/*
 * "which newspaper…", "¿cuál fue el periódico…?" ask for an outlet's name: the passage that names an outlet
 * answers, not one that only says "the paper", however many of the question's other words it shares.
 */
describe('a question for an outlet', () => {
  const paragraphs = [
    'According to the paper, the officer left.',
    'The Harbour Gazette wrote about the officer and his long career.',
  ];
  const archive = () =>
    createArchive({
      articles: [customArticle('a', paragraphs)],
      organizations: [
        {
          id: 'harbour-gazette',
          name: 'Harbour Gazette',
          aliases: [],
          kind: 'outlet',
          country: null,
          mentions: [{ articleId: 'a', field: 'paragraph', index: 1, start: 4, end: 19 }],
        },
      ],
    });

  it('ranks the passage that names an outlet first', async () => {
    const found = await archive();
    for (const query of [
      'which paper wrote about the officer',
      'which newspaper wrote about the officer',
      'cuál fue el periódico que wrote about the officer',
    ])
      expect(found.search(query).hits[0]?.text, query).toBe(paragraphs[1]);
  });

  it('leaves the words to decide when no outlet is asked for', async () => {
    const found = await archive();
    expect(found.search('paper wrote about the officer').hits[0]?.text).toBe(paragraphs[0]);
  });
});
