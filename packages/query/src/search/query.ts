import type { Archive, RecordKind, SearchOptions, SearchResult } from '@asylum-archive/core';
import { checkArgument, checkOptions, isParsedQuery } from '../check-arguments';
import type { ParsedQuery } from '../syntax/ast';
import { parseQuery } from '../syntax/parse';
import { toQueryPlan } from './to-request';

const HOLDS: Record<RecordKind, string> = {
  person: 'mentions a person',
  case: 'is cited by a case',
  figure: 'states a figure',
  quote: 'holds a quote',
};

/**
 * Runs a query line (or an already parsed tree) on an archive. Throws `QuerySyntaxError` for a line that
 * cannot be read. `type:article` returns the best passage of each article; `type:person`, `case`, `figure`
 * and `quote` keep only passages that name a person or that a case event, figure or quote cites (core's
 * `holding` filter), so `totalPassages` and the facets count exactly those passages.
 */
export function runQuery(
  archive: Archive,
  input: string | ParsedQuery,
  options: SearchOptions = {},
): SearchResult {
  checkArgument(
    typeof input === 'string' || isParsedQuery(input),
    'query: the input',
    'a query line (text) or a parsed query',
    input,
  );
  checkOptions('query: options', options);
  const { request, resultType: type } = toQueryPlan(typeof input === 'string' ? parseQuery(input) : input);
  if (type === undefined) return archive.search(request, options);
  if (type === 'article') return archive.search(request, { ...options, groupBy: 'article' });
  const held = { ...request, filters: { ...request.filters, holding: type } };
  const result = archive.search(held, options);
  if (result.totalHits > 0) return result;
  // Say why when the words did match, only not in a passage that holds such a record.
  const unrestricted = archive.search(request, { ...options, limit: 0, offset: 0 });
  if (unrestricted.totalPassages === 0) return result;
  return { ...result, reason: `none of the ${unrestricted.totalPassages} matching passages ${HOLDS[type]}` };
}
