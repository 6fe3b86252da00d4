import { describe, expect, it } from 'vitest';
import { rankedAlone } from './helpers';

/*
 * A word of magnitude ("thousands dead", "cientos de policías") stands for a number of that size: the passage that
 * gives one outranks a passage that only shares the query's other words, and a number of another size is no match.
 */
describe('a word of magnitude', () => {
  it('matches the numbers of its size: "thousands" 11,000, "hundreds" and "cientos" 900', () => {
    const plain = 'Many people have been killed.';
    const thousands = 'Nearly 11,000 people have been killed.';
    const hundreds = 'About 900 people have been killed.';
    expect(rankedAlone([plain, thousands], 'thousands killed')[0]?.text).toBe(thousands);
    expect(rankedAlone([plain, thousands], 'millares de muertos')[0]?.text).toBe(thousands);
    for (const query of ['hundreds killed', 'cientos de muertos']) {
      const hits = rankedAlone([thousands, hundreds], query);
      expect(hits[0]?.text, query).toBe(hundreds);
      expect(hits[0]?.score ?? 0, query).toBeGreaterThan(hits[1]?.score ?? 0);
    }
  });
});
