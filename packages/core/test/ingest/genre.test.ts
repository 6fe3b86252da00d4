import { describe, expect, it } from 'vitest';
import { SourceArticleFrontmatterSchema } from '../../src/compiler/source-schema';
import { ARTICLE_GENRES } from '../../src/schema/vocabulary';

const reviewed = {
  id: 'sample',
  title: 'A Headline',
  titleSource: 'outlet',
  outlet: 'sample-outlet',
  published: { date: null, basis: 'unknown: the page gives no date' },
  url: null,
  language: 'en',
  rights: 'No licence stated.',
  summary: 'A sentence.',
};

describe('an article states its genre', () => {
  it('is required once a maintainer has reviewed the article', () => {
    const result = SourceArticleFrontmatterSchema.safeParse(reviewed);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('genre');
    for (const genre of ARTICLE_GENRES) {
      expect(SourceArticleFrontmatterSchema.safeParse({ ...reviewed, genre }).success).toBe(true);
    }
  });

  it('may be left null in a draft, and is never a value outside the list', () => {
    expect(SourceArticleFrontmatterSchema.safeParse({ ...reviewed, draft: true, genre: null }).success).toBe(
      true,
    );
    expect(SourceArticleFrontmatterSchema.safeParse({ ...reviewed, genre: 'opinion-column' }).success).toBe(
      false,
    );
  });
});
