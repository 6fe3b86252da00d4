import { describe, expect, it } from 'vitest';
import { parseQuery, stringifyQuery } from '../src/index';

const canonical = (input: string) => stringifyQuery(parseQuery(input));

describe('stringifyQuery', () => {
  it('writes every construct in its canonical spelling', () => {
    expect(
      canonical(
        '  Alarcon   OUTCOME:Denied outlet:"texas   observer" Year:2009..2011 after:2010-06 -canada -"el  paso" type:Quote',
      ),
    ).toBe(
      'Alarcon outcome:denied outlet:"texas observer" year:2009..2011 after:2010-06 -canada -"el paso" type:quote',
    );
  });

  it('quotes a value only when it holds whitespace', () => {
    expect(canonical('outlet:"globalpost" place:"el paso"')).toBe('outlet:globalpost place:"el paso"');
  });

  it('writes a one-year range as a single year, keeping four digits', () => {
    expect(canonical('year:2019..2019')).toBe('year:2019');
    expect(canonical('year:0999')).toBe('year:0999');
  });

  it('writes curly-quoted phrases with straight quotes', () => {
    expect(canonical('“ninth circuit”')).toBe('"ninth circuit"');
  });

  it('writes an empty query as an empty line', () => {
    expect(stringifyQuery({ nodes: [] })).toBe('');
  });
});
