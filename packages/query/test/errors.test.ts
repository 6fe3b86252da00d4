import { ArchiveError, type SearchResult, shippedArchive } from '@asylum-archive/core';
import { describe, expect, it } from 'vitest';
import {
  createQuery,
  describeSource,
  formatResult,
  parseQuery,
  query,
  renderCaret,
  stringifyQuery,
  toQueryPlan,
} from '../src/index';

/** The rule: a wrong type is core's ArchiveError with code invalid-argument, naming the call — never a TypeError. */
function expectInvalidArgument(call: () => unknown, names: RegExp) {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, String(names)).toBeInstanceOf(ArchiveError);
  expect(thrown).not.toBeInstanceOf(TypeError);
  expect((thrown as ArchiveError).code).toBe('invalid-argument');
  expect((thrown as ArchiveError).message).toMatch(names);
  expect((thrown as ArchiveError).message).toMatch(/ must be .+, not /);
}

const WRONG = [null, undefined, 42, true, () => 'asylum'] as const;

describe('every public function of the query library answers a wrong type with a typed error', () => {
  const result: SearchResult = query('asylum', { limit: 2 });

  it('query and createQuery', () => {
    for (const input of [...WRONG, { nodes: 'x' }])
      expectInvalidArgument(() => query(input as never), /^query: the input/);
    expectInvalidArgument(() => query('asylum', 5 as never), /^query: options/);
    for (const archive of [...WRONG, {}, { search: 'x' }])
      expectInvalidArgument(() => createQuery(archive as never), /^createQuery: the archive/);
    expect(createQuery(shippedArchive).query('asylum').totalHits).toBeGreaterThan(0);
  });

  it('formatResult: the result, the format (html is none of them) and the options', () => {
    for (const wrong of [...WRONG, { hits: 'none' }])
      expectInvalidArgument(() => formatResult(wrong as never), /^formatResult: the result/);
    for (const format of ['html', 'toString', 'constructor', '__proto__', 42, null])
      expectInvalidArgument(() => formatResult(result, format as never), /^formatResult: the format/);
    expectInvalidArgument(() => formatResult(result, 'text', null as never), /^formatResult: options/);
    expectInvalidArgument(() => formatResult(result, 'text', { offset: -1 }), /options\.offset/);
    expect(formatResult(result, 'markdown')).toEqual(expect.any(String));
  });

  it('describeSource, toQueryPlan, stringifyQuery and renderCaret', () => {
    expectInvalidArgument(() => describeSource(null as never, 0), /^describeSource: the article id/);
    expectInvalidArgument(() => describeSource('x', -1), /^describeSource: the paragraph index/);
    expectInvalidArgument(() => describeSource('x', '1' as never), /^describeSource: the paragraph index/);
    for (const parsed of [...WRONG, {}, { nodes: [null] }]) {
      expectInvalidArgument(() => toQueryPlan(parsed as never), /^toQueryPlan: the parsed query/);
      expectInvalidArgument(() => stringifyQuery(parsed as never), /^stringifyQuery: the parsed query/);
    }
    expectInvalidArgument(() => renderCaret(null as never, 0), /^renderCaret: the input/);
    expectInvalidArgument(() => renderCaret('x', Number.NaN), /^renderCaret: the position/);
    expect(toQueryPlan(parseQuery('asylum')).request.text).toBe('asylum');
  });
});
