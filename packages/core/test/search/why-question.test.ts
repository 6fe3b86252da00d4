import { describe, expect, it } from 'vitest';
import { expectAskedFirst, rankedAlone } from './helpers';

/*
 * Question words are stop words, so the words a passage shares with a why-question cannot tell which passage
 * gives the reason. Each pair below shares exactly the same index terms with the query and has as many words;
 * only the passage that gives a reason may rank first, and only when a reason is asked for.
 */
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
    expectAskedFirst(cases);
  });

  it('takes "said that" for reporting, not a reason', () => {
    const score = (paragraph: string, query: string) => rankedAlone([paragraph], query)[0]?.score ?? 0;
    const reported = 'His attorney said that the officer was denied asylum.';
    expect(score(reported, 'why was the officer denied asylum')).toBeCloseTo(
      score(reported, 'officer denied asylum'),
      6,
    );
  });

  it('is asked by a noun of reason too ("the reason…", "razones del juez")', () => {
    expectAskedFirst([
      {
        asks: 'reason the judge denied the officer',
        plain: 'judge denied officer',
        answers: 'The judge denied the officer because of threats.',
        other: 'The judge denied the officer before any threats.',
      },
    ]);
    expectAskedFirst([
      {
        asks: 'razones del juez para negar al policía',
        plain: 'juez negar policía',
        answers: 'El juez decidió negar al policía debido a las amenazas.',
        other: 'El juez decidió negar al policía durante las amenazas.',
      },
    ]);
  });

  it('matches a noun of reason as a word when the query says nothing else ("reasons", "motivo")', () => {
    for (const query of ['reasons', 'motivo', 'razones'])
      expect(
        rankedAlone([`The judge gave his ${query} in writing.`, 'The judge ruled in writing.'], query)[0]
          ?.text,
        query,
      ).toContain(query);
  });
});
