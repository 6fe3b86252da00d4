import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSearchState, encodeSearchState, isSearchButton } from '../../src/pagination/search-state';

describe('search state in custom ids', () => {
  it('round-trips, keeping separators inside the query', () => {
    const state = { query: 'alarcon | "a|b" outcome:denied', page: 3, outlet: 'texas-observer', year: 2010 };
    const id = encodeSearchState(state);
    expect(id).not.toBeNull();
    expect(decodeSearchState(id ?? '')).toEqual(state);
  });

  it('refuses state that would not fit Discord’s 100 characters', () => {
    expect(encodeSearchState({ query: 'x'.repeat(100), page: 0 })).toBeNull();
  });

  it('never produces an id over 100 characters and always decodes what it encodes', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 120 }).filter((query) => query.trim() !== ''),
        fc.integer({ min: 0, max: 999 }),
        fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }),
        (query, page, year) => {
          const state = { query, page, ...(year === undefined ? {} : { year }) };
          const id = encodeSearchState(state);
          if (id === null) return;
          expect(id.length).toBeLessThanOrEqual(100);
          expect(decodeSearchState(id)).toEqual(state);
        },
      ),
    );
  });

  it.each(['', 's1', 's1|1|||', 's1|-1|||q', 's1|1|20x0||q', 's2|1|||q', 'other'])('rejects %j', (id) => {
    expect(decodeSearchState(id)).toBeNull();
  });

  it('tells the pager’s buttons (of any version) from foreign ones', () => {
    expect(isSearchButton('s1|0|||q')).toBe(true);
    expect(isSearchButton('s7|0|||q')).toBe(true);
    expect(isSearchButton('vote:yes')).toBe(false);
  });
});
