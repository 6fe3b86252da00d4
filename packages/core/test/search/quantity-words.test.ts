import { describe, expect, it } from 'vitest';
import { expectSaysFirst, rankedAlone } from './helpers';

/*
 * Words of quantity and comparison are function words to the eye, but a question about numbers or comparisons
 * turns on them: in each pair below the two passages share the same other words with the query and have as many
 * index terms otherwise, and only one says what the question's quantity word says. It must rank first, in either
 * order, and score above the other.
 */
const cases = [
  {
    query: 'very few officers won asylum',
    says: 'Very few officers won asylum in the courts.',
    other: 'Some of the officers won asylum in the courts.',
  },
  {
    query: 'did judges deny mexicans more than other nationalities',
    says: 'Judges deny Mexicans more often than other nationalities.',
    other: 'Judges deny Mexicans as often as the nationalities.',
  },
  {
    query: 'el juez negó más casos de asilo',
    says: 'El juez negó más casos de asilo.',
    other: 'El juez negó los casos de asilo.',
  },
];

describe('words of quantity and comparison', () => {
  it('rank the passage that says the same quantity first, in either order', () => {
    expectSaysFirst(cases);
  });

  it('are words a query can be made of', () => {
    expect(rankedAlone(['Most of them stayed.', 'They all stayed.'], 'most').map((hit) => hit.text)).toEqual([
      'Most of them stayed.',
    ]);
  });
});
