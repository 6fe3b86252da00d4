import { describe, expect, it } from 'vitest';
import { expectAskedFirst, rankedAlone } from './helpers';

/*
 * Question words are stop words, so the words a passage shares with the query cannot tell which passage
 * answers a yes/no question: each pair below shares exactly the same index terms with the query, and only
 * the passage that states the outcome may rank first.
 */
const cases = [
  {
    asks: 'did the officer get asylum',
    plain: 'officer asylum',
    answers: 'The asylum claim of the officer was denied by the judge in Dallas last week.',
    other: 'The asylum claim of the officer was heard by the judge in Dallas last week.',
  },
  {
    asks: 'is the officer going to be deported',
    plain: 'officer deported',
    answers: 'The officer faces deportation now that the court rejected his claim in Dallas.',
    other: 'The officer faces deportation now that the court considered his claim in Dallas.',
  },
  {
    asks: 'what happened to the asylum claim of the officer',
    plain: 'asylum claim officer',
    answers: 'The asylum claim of the officer was denied by the judge in Dallas last week.',
    other: 'The asylum claim of the officer was heard by the judge in Dallas last week.',
  },
  {
    asks: 'what did the court decide about the officer claim',
    plain: 'court officer claim',
    answers: 'The officer faces deportation now that the court rejected his claim in Dallas.',
    other: 'The officer faces deportation now that the court considered his claim in Dallas.',
  },
  {
    asks: 'when did the court rule on the officer claim',
    plain: 'court officer claim',
    answers: 'The officer faces deportation now that the court rejected his claim in Dallas.',
    other: 'The officer faces deportation now that the court considered his claim in Dallas.',
  },
  {
    asks: 'the court ruling on the officer claim',
    plain: 'court officer claim',
    answers: 'The officer faces deportation now that the court rejected his claim in Dallas.',
    other: 'The officer faces deportation now that the court considered his claim in Dallas.',
  },
  {
    asks: 'appeals court upholds officer claim',
    plain: 'appeals court officer claim',
    answers: 'The officer faces deportation now that the court rejected his claim in Dallas.',
    other: 'The officer faces deportation now that the court considered his claim in Dallas.',
  },
];

describe('a yes/no question asks for the outcome', () => {
  it('ranks the passage that states the outcome first, in either order, and only when asked', () => {
    expectAskedFirst(cases);
  });

  it("ranks the stated outcome above a shorter passage that only repeats the question's words", () => {
    const outcome =
      'The asylum claim of the officer was denied by the judge in the city by the river and the hills.';
    const repeats = 'The officer asked for asylum. The officer waited for asylum.';
    for (const paragraphs of [
      [outcome, repeats],
      [repeats, outcome],
    ]) {
      expect(rankedAlone(paragraphs, 'did the officer get asylum')[0]?.text).toBe(outcome);
      // Not asked, the words decide: the passage that repeats them.
      expect(rankedAlone(paragraphs, 'officer asylum')[0]?.text).toBe(repeats);
    }
  });

  it('counts the wording only near a word of the query: refused bribes are no refused asylum', () => {
    const far = (verb: string) =>
      `Back home he ${verb} bribes from the drug lords of the violent border city for many long years, until the officer sought asylum.`;
    const [first, second] = rankedAlone([far('refused'), far('ignored')], 'did the officer get asylum');
    expect(first?.score).toBeCloseTo(second?.score ?? 0, 6);
    const near =
      'Back home the officer sought asylum and was refused, after the drug lords of the violent border city found him.';
    const unlifted =
      'Back home the officer sought asylum and was ignored, after the drug lords of the violent border city found him.';
    expect(rankedAlone([unlifted, near], 'did the officer get asylum')[0]?.text).toBe(near);
  });

  it('reads an outcome word written with a capital as part of a name: the Court of Appeals states no appeal', () => {
    const heardBy = (court: string) =>
      `The asylum case of the officer from the border city was heard by the ${court} in the spring.`;
    const [first, second] = rankedAlone(
      [heardBy('Court of Appeals'), heardBy('Court of Justice')],
      'what happened to the officer case',
    );
    expect(first?.score).toBeCloseTo(second?.score ?? 0, 6);
    const [lifted] = rankedAlone(
      [heardBy('court, which denied it,'), heardBy('court, which heard it,')],
      'what happened to the officer case',
    );
    expect(lifted?.text).toBe(heardBy('court, which denied it,'));
  });
});
