import { describe, expect, it } from 'vitest';
import { expectAskedFirst, rankedAlone } from './helpers';

/*
 * Question words are stop words, so the words a passage shares with a when-question cannot tell which passage
 * says when. Each pair below shares exactly the same index terms with the query and has as many words; only
 * the passage that states a date (for "how long", a length of time) may rank first, and only when asked.
 */
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
    expectAskedFirst(cases);
  });

  it('takes "the next day" for the order of a story, not a date, and "may" for a verb', () => {
    const score = (paragraph: string, query: string) => rankedAlone([paragraph], query)[0]?.score ?? 0;
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

  it('asked about a year, takes a passage dated only by another year for one that does not say when', () => {
    const score = (paragraph: string, query: string) => rankedAlone([paragraph], query)[0]?.score ?? 0;
    const other = 'The court denied the officer his appeal in 2013.';
    expect(score(other, 'when did the court deny the appeal in 2019')).toBeCloseTo(
      score(other, 'court deny appeal 2019'),
      6,
    );
    for (const dated of [
      'The court denied the officer his appeal in 2019.',
      'The court denied the officer his appeal on Wednesday.',
    ])
      expect(score(dated, 'when did the court deny the appeal in 2019'), dated).toBeGreaterThan(
        score(dated, 'court deny appeal 2019'),
      );
  });

  it('is asked by a noun of time too ("the year of…", "date of…"), which then matches no passage itself', () => {
    expectAskedFirst([
      {
        asks: 'year of the ruling against the officer',
        plain: 'ruling against officer',
        answers: 'The ruling against the officer came down in 2013.',
        other: 'The ruling against the officer came down in secret.',
      },
    ]);
    // "date" asks; a passage with a court date but not the event's is no better for holding the word.
    const hits = rankedAlone(
      ['The massacre of the officers shocked the town in 2008.', 'The court date of the officers was set.'],
      'date of the massacre of the officers',
    );
    expect(hits[0]?.text).toContain('2008');
    // Stating a time, the noun is a word like any other: "last year", "one day".
    const stated = rankedAlone(
      ['Officers were killed in one day.', 'Officers were killed in the town.'],
      'officers killed in one day',
    );
    expect(stated[0]?.text).toContain('one day');
  });

  it('matches nouns of time as words when the query says nothing else ("year of", "date")', () => {
    for (const [query, word] of [
      ['year of', 'year'],
      ['date', 'date'],
    ] as const)
      expect(
        rankedAlone([`The ${word} of the hearing was not set.`, 'The hearing was not set.'], query)[0]?.text,
        query,
      ).toContain(word);
  });
});
