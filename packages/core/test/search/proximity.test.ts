import { describe, expect, it } from 'vitest';
import { customArticle as article } from '../../../../tooling/testing/custom-archive.ts';
import { createEngine } from '../../src/search/engine';

// The same words, as often, in passages of the same length: only where the words sit differs.
const together =
  'The judge heard and denied the asylum claim of the officer after a long hearing in the city court on Monday.';
const apart =
  'The judge heard the officer after a long hearing in the city court on Monday; the asylum claim was denied.';

describe('proximity', () => {
  it('ranks the passage that says the query words together above one that scatters them', () => {
    for (const paragraphs of [
      [together, apart],
      [apart, together],
    ]) {
      const engine = createEngine({
        articles: [article('a', [paragraphs[0] ?? '']), article('b', [paragraphs[1] ?? ''])],
      });
      const hits = engine.search('judge denied asylum').hits;
      expect(hits).toHaveLength(2);
      expect(hits[0]?.text).toBe(together);
      expect(hits[0]?.score ?? 0).toBeGreaterThan(hits[1]?.score ?? 0);
    }
  });

  it('leaves a one-word query ranked by its words alone', () => {
    const engine = createEngine({ articles: [article('a', [together]), article('b', [apart])] });
    const [first, second] = engine.search('asylum').hits;
    expect(first?.score).toBeCloseTo(second?.score ?? 0, 6);
  });
});
