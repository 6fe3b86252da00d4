import type { Outcome, SearchFilters, SearchRequest } from '@asylum-archive/core';
import { checkParsedQuery } from '../check-arguments';
import type { ParsedQuery, ResultType, TextField } from '../syntax/ast';

/** What core's search needs for a parsed query, plus the `type:` the query library applies itself. */
export type QueryPlan = { request: SearchRequest; resultType?: ResultType };

/**
 * Turns a syntax tree into a plan: core's SearchRequest: words become `text`, phrases `phrases`, every
 * exclusion `exclude`, and filters `filters` (repeated text filters combine with OR in core).
 */
export function toQueryPlan(parsed: ParsedQuery): QueryPlan {
  checkParsedQuery('toQueryPlan: the parsed query', parsed);
  const words: string[] = [];
  const phrases: string[] = [];
  const exclude: string[] = [];
  const lists: Partial<Record<TextField, string[]>> = {};
  const outcome: Outcome[] = [];
  let filters: SearchFilters = {};
  let type: ResultType | undefined;

  for (const node of parsed.nodes) {
    if (node.kind !== 'filter') {
      (node.exclude ? exclude : node.kind === 'term' ? words : phrases).push(node.text);
    } else if (node.field === 'year') {
      filters = { ...filters, yearFrom: node.from, yearTo: node.to };
    } else if (node.field === 'after' || node.field === 'before') {
      filters = { ...filters, [node.field]: node.value };
    } else if (node.field === 'outcome') {
      outcome.push(node.value);
    } else if (node.field === 'type') {
      type = node.value;
    } else {
      // Appended in place: copying the list for every filter made a long query quadratic.
      const list = lists[node.field];
      if (list) list.push(node.value);
      else lists[node.field] = [node.value];
    }
  }
  if (outcome.length > 0) filters = { ...filters, outcome };
  filters = { ...filters, ...lists };

  const request: SearchRequest = {
    ...(words.length > 0 && { text: words.join(' ') }),
    ...(phrases.length > 0 && { phrases }),
    ...(exclude.length > 0 && { exclude }),
    ...(Object.keys(filters).length > 0 && { filters }),
  };
  return type ? { request, resultType: type } : { request };
}
