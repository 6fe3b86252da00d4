import { describe, expect, it } from 'vitest';
import { customArticle } from '../../../../tooling/testing/custom-archive.ts';
import { sourceSentence } from '../../src/archive/source-sentence';

// The excerpt's words occur in both paragraphs; the citation's paragraph index says which one it quotes.
const article = customArticle('twice', [
  'It was May. Nine officers asked for asylum.',
  'It was June. Nine officers asked for asylum, the judge said.',
]);

describe('sourceSentence', () => {
  it('reads the sentence from the paragraph the citation gives, not the first with the same words', () => {
    expect(
      sourceSentence(article, { articleId: 'twice', excerpt: 'officers asked for asylum', paragraph: 1 }),
    ).toBe('Nine officers asked for asylum, the judge said.');
    expect(
      sourceSentence(article, { articleId: 'twice', excerpt: 'officers asked for asylum', paragraph: 0 }),
    ).toBe('Nine officers asked for asylum.');
  });

  it('falls back to the excerpt itself when the article is missing or is not the one cited', () => {
    const citation = { articleId: 'elsewhere', excerpt: 'officers asked', paragraph: 0 };
    expect(sourceSentence(undefined, citation)).toBe('officers asked');
    expect(sourceSentence(article, citation)).toBe('officers asked');
  });
});
