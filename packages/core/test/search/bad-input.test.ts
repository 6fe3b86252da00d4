import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArchiveError, type SearchResult, search, suggest } from '../../src/index';

/** Every character with a meaning in a regular expression (the braces escaped for the linter's sake). */
const REGEX_METACHARACTERS = '.*+?^$\u007B\u007D()|[]\\';

/*
 * Whatever a person types, search and suggest answer with a well-formed result. Whatever a program passes, they
 * answer or throw an ArchiveError with code `invalid-argument` — never a TypeError or anything else.
 */

function expectWellFormed(result: SearchResult, limit = 10) {
  expect(Array.isArray(result.hits)).toBe(true);
  expect(result.hits.length).toBeLessThanOrEqual(Math.min(limit, 100));
  expect(result.totalHits).toBeGreaterThanOrEqual(result.hits.length);
  for (const hit of result.hits) {
    expect(Number.isFinite(hit.score)).toBe(true);
    for (const [start, end] of hit.highlights) {
      expect(0 <= start && start < end && end <= hit.snippet.length).toBe(true);
    }
  }
  if (result.totalHits === 0) expect(result.reason).toEqual(expect.any(String));
  else expect(result.reason).toBeUndefined();
}

describe('bad input', () => {
  it('answers empty, blank and stop-word queries with a reason', () => {
    for (const query of ['', '   ', '\n\t', 'the of and', 'de la el', '!!!', '🙂🙂']) {
      const result = search(query);
      expect(result, JSON.stringify(query)).toMatchObject({ hits: [], totalHits: 0 });
      expect(result.reason, JSON.stringify(query)).toMatch(/empty query|only common words/);
    }
  });

  it('survives 100,000 characters, control characters, emoji and regex metacharacters', () => {
    const huge = 'asylum '.repeat(15_000);
    expectWellFormed(search(huge));
    expect(search(huge).totalHits).toBeGreaterThan(0);
    expectWellFormed(search('x'.repeat(100_000)));
    for (const query of [
      '\u0000asylum\u0007',
      'police\u202e\u200b',
      '🚔 police 🚔',
      REGEX_METACHARACTERS,
      '(asylum',
      'a**',
    ]) {
      expectWellFormed(search(query));
      expectWellFormed(search({ phrases: [query], exclude: [query] }));
    }
    expect(search(REGEX_METACHARACTERS).reason).toMatch(/empty query/);
  });

  it('answers a word that matches nothing with a reason that names it', () => {
    const result = search('qwertzuiop');
    expect(result.totalHits).toBe(0);
    expect(result.reason).toContain('"qwertzuiop"');
  });

  it('never throws on random text, and always returns a well-formed result', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectWellFormed(search(text));
        expectWellFormed(search(text, { groupBy: 'article', limit: 3 }), 3);
      }),
      { numRuns: 300 },
    );
  });

  it('answers random requests and options, or names a wrong type with an ArchiveError, whatever their types', () => {
    const anything = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
    );
    const values = fc.oneof(
      fc.array(fc.oneof(fc.string(), fc.constantFrom('texas observer', 'granted', 'CA', 'juarez'))),
      anything,
    );
    const filters = fc.record(
      {
        outlet: values,
        author: values,
        person: values,
        place: values,
        outcome: values,
        country: values,
        topic: values,
        yearFrom: anything,
        yearTo: anything,
        after: anything,
        before: anything,
      },
      { requiredKeys: [] },
    );
    const request = fc.oneof(
      fc.string(),
      fc.record(
        { text: anything, phrases: values, exclude: values, filters: fc.oneof(filters, anything) },
        { requiredKeys: [] },
      ),
      anything,
    );
    const options = fc.oneof(
      fc.record(
        { limit: anything, offset: anything, groupBy: anything, filters: fc.oneof(filters, anything) },
        { requiredKeys: [] },
      ),
      anything,
    );
    fc.assert(
      fc.property(request, options, (query, opts) => {
        let result: SearchResult;
        try {
          result = search(query as never, opts as never);
        } catch (error) {
          expect(error).toBeInstanceOf(ArchiveError);
          expect((error as ArchiveError).code).toBe('invalid-argument');
          expect((error as ArchiveError).message).toMatch(/^search: .+ must be .+, not .+/);
          return;
        }
        expectWellFormed(result, 100);
      }),
      { numRuns: 400 },
    );
  });

  it('suggest never throws and stays within its limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.option(fc.integer({ min: -5, max: 500 })),
        (prefix, limit) => {
          const entries = suggest(prefix, limit === null ? {} : { limit });
          expect(entries.length).toBeLessThanOrEqual(Math.max(0, Math.min(limit ?? 10, 100)));
        },
      ),
      { numRuns: 300 },
    );
    expect(() => suggest(undefined as never)).toThrow(ArchiveError);
    expect(suggest('x'.repeat(100_000))).toEqual([]);
  });
});
