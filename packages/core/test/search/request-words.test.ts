import { describe, expect, it } from 'vitest';
import { customArticle } from '../../../../tooling/testing/custom-archive.ts';
import { createArchive } from '../../src/index';

/*
 * A request to the archive ("find the part where…", "busca el artículo de…", "show me…") says what to do, not
 * what the passage is about: its opening word, and "part"/"parte" before "where"/"donde", match nothing; nor
 * does "count as" (is taken for), which is no count.
 */
describe('words that ask the archive to show something', () => {
  const paragraphs = [
    'Search teams could not find any part of the missing file.',
    'The lawyers explained what comes next in the appeal.',
  ];

  it('are not matched against the passages', async () => {
    const archive = await createArchive({ articles: [customArticle('a', paragraphs)] });
    for (const query of [
      'find the part where the lawyers explain the appeal',
      'search the part where the lawyers explain the appeal',
      'busca la parte donde the lawyers explain the appeal',
    ])
      expect(
        archive.search(query).hits.map((hit) => hit.text),
        query,
      ).toEqual([paragraphs[1]]);
  });

  it('are matched when they are all the query says, or do not open it', async () => {
    const archive = await createArchive({ articles: [customArticle('a', paragraphs)] });
    expect(archive.search('find').hits[0]?.text).toBe(paragraphs[0]);
    expect(archive.search('the teams could not find the file').hits[0]?.text).toBe(paragraphs[0]);
  });

  it('reads "count as" as "is taken for", not as a count', async () => {
    const archive = await createArchive({
      articles: [
        customArticle('a', [
          'The statistics count every officer, and count every officer again.',
          'Being an officer is no persecution, the judge ruled.',
        ]),
      ],
    });
    for (const query of ['does being an officer count as persecution', 'counted as persecution, an officer?'])
      expect(archive.search(query).hits[0]?.text, query).toBe(
        'Being an officer is no persecution, the judge ruled.',
      );
    expect(archive.search('officer killed count').hits[0]?.text).toMatch(/^The statistics/);
  });
});
