import { describe, expect, it } from 'vitest';
import { customArticle as article } from '../../../../tooling/testing/custom-archive.ts';
import { createEngine } from '../../src/search/engine';

/*
 * Question words are stop words, so the words a passage shares with a when-question cannot tell which passage
 * says when. Each pair below shares exactly the same index terms with the query and has as many words; only
 * the passage that states a date (for "how long", a length of time) may rank first, and only when asked.
 */
function ranked(paragraphs: readonly string[], query: string) {
  const engine = createEngine({
    articles: paragraphs.map((paragraph, at) => article(`a${at}`, [paragraph])),
  });
  return engine.search(query).hits;
}

const cases = [
  {
    asks: 'when was the officer detained in el paso',
    plain: 'officer detained el paso',
    answers: 'The officer was detained by border agents in El Paso on Wednesday.',
    other: 'The officer was detained by border agents in El Paso on foot.',
  },
  {
    asks: 'what year did the judge deny the officer',
    plain: 'judge deny officer',
    answers: 'The judge chose to deny the officer his claim in 2013.',
    other: 'The judge chose to deny the officer his claim in secret.',
  },
  {
    asks: 'cuándo negó el juez el asilo al policía',
    plain: 'negó juez asilo policía',
    answers: 'El juez negó el asilo al policía en enero.',
    other: 'El juez negó el asilo al policía en secreto.',
  },
  {
    asks: 'how long did the officer wait for the ruling',
    plain: 'officer wait ruling',
    answers: 'The officer will wait another 18 months for the ruling.',
    other: 'The officer will wait another anxious stretch for the ruling.',
  },
];

describe('a when-question asks for a time', () => {
  it('ranks the passage that says when (or for how long) first, in either order, and only when asked', () => {
    for (const { asks, plain, answers, other } of cases) {
      for (const paragraphs of [
        [answers, other],
        [other, answers],
      ]) {
        const hits = ranked(paragraphs, asks);
        expect(hits, asks).toHaveLength(2);
        expect(hits[0]?.text, asks).toBe(answers);
        expect(hits[0]?.score ?? 0, asks).toBeGreaterThan(hits[1]?.score ?? 0);
        // Without the question words the two passages are alike.
        const [first, second] = ranked(paragraphs, plain);
        expect(first?.score, plain).toBeCloseTo(second?.score ?? 0, 6);
      }
    }
  });

  it('takes "the next day" for the order of a story, not a date, and "may" for a verb', () => {
    const score = (paragraph: string, query: string) => ranked([paragraph], query)[0]?.score ?? 0;
    for (const paragraph of [
      'The next day the officer was detained in El Paso.',
      'The officer may be detained in El Paso.',
    ]) {
      expect(score(paragraph, 'when was the officer detained in el paso'), paragraph).toBeCloseTo(
        score(paragraph, 'officer detained el paso'),
        6,
      );
    }
    const dated = 'The next year the officer was detained in El Paso.';
    expect(score(dated, 'when was the officer detained in el paso')).toBeGreaterThan(
      score(dated, 'officer detained el paso'),
    );
  });
});
