import { describe, expect, it } from 'vitest';
import { customArticle } from '../../../../tooling/testing/custom-archive.ts';
import { createArchive } from '../../src/index';

/*
 * A request to the archive ("find the part where…", "busca el artículo de…", "show me…") says what to do, not
 * what the passage is about: its opening word, and "part"/"parte" before "where"/"donde", match nothing.
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
});
