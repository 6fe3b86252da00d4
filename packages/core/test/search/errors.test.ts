import { describe, expect, it } from 'vitest';
import {
  ArchiveDataError,
  ArchiveError,
  createArchive,
  createRecords,
  foldText,
  getArticle,
  hashText,
  mergeHighlights,
  search,
  shippedArchive,
  suggest,
} from '../../src/index';

/** Calls `call` and returns what it threw (or rejected with); fails when it returned. */
async function thrownBy(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw, but the call returned');
}

/** The rule: a wrong type is an ArchiveError with code invalid-argument, naming the call and what it wanted. */
async function expectInvalidArgument(call: () => unknown, names: RegExp) {
  const error = await thrownBy(call);
  expect(error).toBeInstanceOf(ArchiveError);
  expect(error).not.toBeInstanceOf(TypeError);
  expect((error as ArchiveError).code).toBe('invalid-argument');
  expect((error as ArchiveError).message).toMatch(names);
  expect((error as ArchiveError).message).toMatch(/ must be .+, not /);
}

const WRONG = [null, undefined, 42, true, ['asylum'], () => 'asylum'] as const;

describe('every public function of core answers a wrong type with a typed error, never a TypeError', () => {
  it('search: the query, the options and each of their fields', async () => {
    for (const query of WRONG.filter((value) => !Array.isArray(value)))
      await expectInvalidArgument(() => search(query as never), /^search: the query/);
    await expectInvalidArgument(() => search(['asylum'] as never), /^search: the query/);
    await expectInvalidArgument(() => search('asylum', null as never), /^search: options/);
    await expectInvalidArgument(() => search('asylum', { limit: '5' } as never), /options\.limit/);
    await expectInvalidArgument(() => search('asylum', { groupBy: 'case' } as never), /options\.groupBy/);
    await expectInvalidArgument(() => search({ text: 42 } as never), /request\.text/);
    await expectInvalidArgument(() => search({ phrases: 'a b' } as never), /request\.phrases/);
    await expectInvalidArgument(
      () => search({ text: 'asylum', filters: { outlet: 'texas observer' } } as never),
      /request\.filters\.outlet/,
    );
    await expectInvalidArgument(
      () => search('asylum', { filters: { yearFrom: '2010' } } as never),
      /options\.filters\.yearFrom/,
    );
  });

  it('search: what a person typed is never a wrong argument, only a reason', () => {
    for (const text of ['', 'the', 'qwertzuiop', '\u0000'])
      expect(search(text).reason, JSON.stringify(text)).toEqual(expect.any(String));
    expect(search('asylum', { filters: { outlet: ['no such outlet'] } }).reason).toEqual(expect.any(String));
  });

  it('suggest: the prefix and the options', async () => {
    for (const prefix of WRONG)
      await expectInvalidArgument(() => suggest(prefix as never), /^suggest: the prefix/);
    await expectInvalidArgument(() => suggest('al', 5 as never), /^suggest: options/);
    await expectInvalidArgument(() => suggest('al', { limit: 'all' } as never), /options\.limit/);
    await expectInvalidArgument(() => suggest('al', { kinds: 'person' } as never), /options\.kinds/);
  });

  it('every lookup, shipped or built, for an id that is not text', async () => {
    const built = await createArchive({ articles: [...shippedArchive.articles] });
    for (const archive of [shippedArchive, built]) {
      for (const name of [
        'getArticle',
        'getPerson',
        'getOrganization',
        'getPlace',
        'getCase',
        'getFigure',
        'getQuote',
      ] as const) {
        for (const id of WRONG)
          await expectInvalidArgument(() => archive[name](id as never), new RegExp(`^${name}: the id`));
      }
    }
    // Text that is no id finds nothing, prototype names included.
    for (const id of ['', 'constructor', '__proto__', 'toString']) expect(getArticle(id)).toBeUndefined();
  });

  it('createRecords and the text helpers', async () => {
    for (const data of [null, 42, 'articles', {}, { articles: 'none' }])
      await expectInvalidArgument(() => createRecords(data as never), /^createRecords: the data/);
    for (const text of WRONG) {
      await expectInvalidArgument(() => foldText(text as never), /^foldText: the text/);
      await expectInvalidArgument(() => hashText(text as never), /^hashText: the text/);
    }
    await expectInvalidArgument(() => mergeHighlights(null as never), /^mergeHighlights: the ranges/);
    await expectInvalidArgument(
      () => mergeHighlights([[0, 1]], '9' as never),
      /^mergeHighlights: the length/,
    );
  });

  it('createArchive rejects data of the wrong type with an ArchiveDataError (code invalid-data)', async () => {
    for (const data of [42, null, undefined, 'articles', ['x']]) {
      const error = await thrownBy(() => createArchive(data as never));
      expect(error).toBeInstanceOf(ArchiveDataError);
      expect(error).toBeInstanceOf(ArchiveError);
      expect((error as ArchiveDataError).code).toBe('invalid-data');
      expect((error as ArchiveDataError).message).toMatch(/createArchive needs an object/);
    }
  });
});
