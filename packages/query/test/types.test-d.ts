import type { Outcome, SearchRequest, SearchResult } from '@asylum-archive/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type FilterNode,
  formatResult,
  type ParsedQuery,
  parseQuery,
  type QueryField,
  type QueryNode,
  query,
  type ResultFormat,
  type ResultType,
  toQueryPlan,
} from '../src/index';

describe('public types', () => {
  it('narrows a filter node by its field', () => {
    const node = {} as FilterNode;
    if (node.field === 'year') {
      expectTypeOf(node.from).toEqualTypeOf<number>();
      expectTypeOf(node.to).toEqualTypeOf<number>();
    }
    if (node.field === 'outcome') expectTypeOf(node.value).toEqualTypeOf<Outcome>();
    if (node.field === 'type') expectTypeOf(node.value).toEqualTypeOf<ResultType>();
    if (node.field === 'outlet') expectTypeOf(node.value).toEqualTypeOf<string>();
  });

  it('tells the node kinds apart by `kind`', () => {
    expectTypeOf<QueryNode['kind']>().toEqualTypeOf<'term' | 'phrase' | 'filter'>();
    expectTypeOf<FilterNode['field']>().toEqualTypeOf<QueryField>();
  });

  it('connects the functions to core’s contract', () => {
    expectTypeOf(parseQuery).returns.toEqualTypeOf<ParsedQuery>();
    expectTypeOf(toQueryPlan).returns.toHaveProperty('request').toEqualTypeOf<SearchRequest>();
    expectTypeOf(query).returns.toEqualTypeOf<SearchResult>();
    expectTypeOf(query).parameter(0).toEqualTypeOf<string | ParsedQuery>();
    expectTypeOf(formatResult).parameter(1).toEqualTypeOf<ResultFormat | undefined>();
    expectTypeOf<ResultFormat>().toEqualTypeOf<'text' | 'markdown' | 'ansi' | 'json'>();
  });

  it('rejects a format that does not exist', () => {
    // @ts-expect-error 'html' is not a format
    formatResult({} as SearchResult, 'html');
  });
});
