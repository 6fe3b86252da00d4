import { describe, expect, it } from 'vitest';
import { customArticle as article } from '../../../../tooling/testing/custom-archive.ts';
import { createEngine } from '../../src/search/engine';

/*
 * Question words are stop words, so the words a passage shares with a why-question cannot tell which passage
 * gives the reason. Each pair below shares exactly the same index terms with the query and has as many words;
 * only the passage that gives a reason may rank first, and only when a reason is asked for.
 */
function ranked(paragraphs: readonly string[], query: string) {
  const engine = createEngine({
    articles: paragraphs.map((paragraph, at) => article(`a${at}`, [paragraph])),
  });
  return engine.search(query).hits;
}

const cases = [
  {
    asks: 'why was the officer denied asylum',
    plain: 'officer denied asylum',
    answers: 'The officer was denied asylum because the threats were not political.',
    other: 'The officer was denied asylum and the threats were not political.',
  },
  {
    asks: 'por qué el juez negó el asilo',
    plain: 'juez negó asilo',
    answers: 'The judge ruled that the risks were part of the job, and negó el asilo.',
    other: 'The judge ruled on the risks as part of the job, and negó el asilo.',
  },
];

describe('a why-question asks for a reason', () => {
  it('ranks the passage that gives a reason first, in either order, and only when asked', () => {
    for (const { asks, plain, answers, other } of cases) {
      for (const paragraphs of [
        [answers, other],
        [other, answers],
      ]) {
        const hits = ranked(paragraphs, asks);
        expect(hits, asks).toHaveLength(2);
        expect(hits[0]?.text, asks).toBe(answers);
        expect(hits[0]?.score ?? 0, asks).toBeGreaterThan(hits[1]?.score ?? 0);
        const [first, second] = ranked(paragraphs, plain);
        expect(first?.score, plain).toBeCloseTo(second?.score ?? 0, 6);
      }
    }
  });

  it('takes "said that" for reporting, not a reason', () => {
    const score = (paragraph: string, query: string) => ranked([paragraph], query)[0]?.score ?? 0;
    const reported = 'His attorney said that the officer was denied asylum.';
    expect(score(reported, 'why was the officer denied asylum')).toBeCloseTo(
      score(reported, 'officer denied asylum'),
      6,
    );
  });
});
