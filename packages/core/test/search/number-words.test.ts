import { describe, expect, it } from 'vitest';
import writtenNumber from 'written-number';
import { seededRandom } from '../../../../tooling/testing/seeded-random.ts';
import { readNumbers } from '../../src/search/analysis/numbers';
import { tokenize } from '../../src/search/analysis/tokenize';
import { expectSaysFirst, rankedAlone } from './helpers';

/*
 * Numbers as members type them. The index knows a number as digits ("45,000" is 45000); a query may say it in words,
 * in English or Spanish, or as an estimate. Numbers are spelt out here by `written-number`, a library that knows
 * nothing of this reader, so the reader is held to how the two languages write numbers, not to its own tables.
 */

/** What the reader makes of a whole text: the value of the one number it says, or the numbers if not one. */
function readWhole(text: string): number | string {
  const tokens = tokenize(text);
  const found = readNumbers(tokens);
  const [only] = found;
  return found.length === 1 && only?.start === 0 && only.end === tokens.length && only.below === undefined
    ? only.value
    : JSON.stringify(found);
}

describe('numbers written in words', () => {
  it('read back to their value, in English and Spanish, for every number up to 1,200 and a sample up to a billion', () => {
    const random = seededRandom(14);
    const sample = [
      ...Array.from({ length: 1201 }, (_, n) => n),
      ...Array.from({ length: 3000 }, () => Math.floor(random() ** 3 * 999_999_999)),
    ];
    for (const n of sample) {
      // Spanish "once" (11) alone is the English "once": it is read as a number only within one ("ciento once",
      // "once mil").
      for (const lang of n === 11 ? ['en'] : ['en', 'es']) {
        const words = writtenNumber(n, { lang });
        expect(readWhole(words), `${lang} ${words}`).toBe(n);
      }
    }
  });

  it('read digits with a scale word, thousands separators and the ways people count', () => {
    const cases: Array<[string, number]> = [
      ['45 thousand', 45_000],
      ['6 mil', 6_000],
      ['6.000', 6_000],
      ['45,000', 45_000],
      ['a hundred', 100],
      ['a couple hundred', 200],
      ['un millón', 1_000_000],
      ['once mil', 11_000],
      ['twenty six', 26],
      ['a dozen', 12],
    ];
    for (const [text, value] of cases) {
      const found = readNumbers(tokenize(text));
      expect(
        found.map(({ value }) => value),
        text,
      ).toEqual([value]);
    }
  });

  it('keep two numbers apart, and words that only look like numbers out', () => {
    expect(readNumbers(tokenize('two three')).map(({ value }) => value)).toEqual([2, 3]);
    expect(readNumbers(tokenize('nineteen ninety')).map(({ value }) => value)).toEqual([19, 90]);
    expect(readNumbers(tokenize('he came once, a couple of times, for miles'))).toEqual([]);
    expect(readNumbers(tokenize('un policía y una mujer'))).toEqual([]);
  });

  it('read estimates and magnitudes as such', () => {
    const [about] = readNumbers(tokenize('about 900'));
    expect(about).toMatchObject({ value: 900, approximate: true });
    const [moreThan] = readNumbers(tokenize('más de seis mil'));
    expect(moreThan).toMatchObject({ value: 6_000, approximate: true });
    const [exact] = readNumbers(tokenize('the 71 grants'));
    expect(exact).toMatchObject({ value: 71, approximate: false });
    expect(readNumbers(tokenize('hundreds'))[0]).toMatchObject({ value: 100, below: 10_000 });
    expect(readNumbers(tokenize('tens of thousands'))[0]).toMatchObject({ value: 10_000 });
    expect(readNumbers(tokenize('miles de muertos'))[0]).toMatchObject({ value: 1_000 });
    expect(readNumbers(tokenize('the 1990s'))[0]).toMatchObject({ value: 1_990, below: 2_000, year: true });
    expect(readNumbers(tokenize('the 90s'))[0]).toMatchObject({ value: 1_990, below: 2_000, year: true });
  });

  it('read a share of a whole as the percentage it is, and a length of time as no share', () => {
    const said = (text: string) =>
      readNumbers(tokenize(text)).map(({ value, share }) => (share ? `${value}%` : value));
    expect({
      'nine in ten': said('nine in ten'),
      'four out of five': said('four out of five'),
      'one of every three': said('one of every three'),
      'ocho de cada diez': said('ocho de cada diez'),
      '8 de cada 10': said('8 de cada 10'),
      '1 in 100': said('1 in 100'),
      '3 in 10 days': said('3 in 10 days'),
      'killed 12 in 24 hours': said('killed 12 in 24 hours'),
      'ten in nine': said('ten in nine'),
      'two in 2008': said('two in 2008'),
    }).toEqual({
      'nine in ten': ['90%'],
      'four out of five': ['80%'],
      'one of every three': ['33%'],
      'ocho de cada diez': ['80%'],
      '8 de cada 10': ['80%'],
      '1 in 100': ['1%'],
      '3 in 10 days': [3, 10],
      'killed 12 in 24 hours': [12, 24],
      'ten in nine': [10, 9],
      'two in 2008': [2, 2008],
    });
  });
});

/*
 * Each pair of passages shares the query's other words alike; only one states the number the query says in words
 * or as an estimate. It must rank first, in either order, and score above the other.
 */
const cases = [
  {
    query: 'forty five thousand soldiers on the streets',
    says: 'Calderon has deployed some 45,000 soldiers on the streets.',
    other: 'Soldiers moved back and forth on the streets.',
  },
  {
    query: 'he was twenty-six',
    says: 'Today, the 26-year-old is in hiding.',
    other: 'Today, the young man is in hiding.',
  },
  {
    query: 'seis mil muertos en juarez',
    says: 'Juarez counted 6,347 deaths in four years.',
    other: 'Juarez counted many deaths in four years.',
  },
  {
    query: 'about 1,000 police officers killed',
    says: 'About 900 police officers were killed.',
    other: 'Some police officers were killed in 2008.',
  },
  {
    query: 'seven police officers were killed',
    says: 'Gunmen killed 7 police officers.',
    other: 'Gunmen killed police officers.',
  },
  {
    query: 'siete policías asesinados',
    says: 'Gunmen killed seven police officers.',
    other: 'Gunmen killed police officers.',
  },
  {
    query: 'the judge turns down nine in ten applicants',
    says: 'The judge turns down 85 percent of applicants.',
    other: 'The judge turns down most of the applicants.',
  },
  {
    query: 'a poco el juez le dice que no a 8 de cada 10',
    says: 'The judge denies 85 percent of the cases.',
    other: 'The judge denies most of the cases.',
  },
  {
    query: 'hundreds of people asked for asylum',
    says: 'Nearly 200 people asked for asylum.',
    other: 'People asked for asylum in 2006.',
  },
];

describe('a number said in words or as an estimate', () => {
  it('ranks the passage that states it first, in either order', () => {
    expectSaysFirst(cases);
  });

  it('is never a year, and a year never a count', () => {
    const year = 'The killings began in 2008.';
    const count = 'The gangs killed 2,500 people.';
    expect(rankedAlone([year, count], 'about 2,600').map((hit) => hit.text)).toEqual([count]);
    expect(rankedAlone([year], 'thousands').map((hit) => hit.text)).toEqual([]);
    expect(rankedAlone([count, year], 'in the 2000s').map((hit) => hit.text)).toEqual([year]);
  });
});
