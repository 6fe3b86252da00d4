import {
  type SearchHit,
  type SearchOptions,
  type SearchRequest,
  type SearchResult,
  search,
} from '@asylum-archive/core';
import type { ParsedQuery } from '../syntax/ast';
import { parseQuery } from '../syntax/parse';
import { passageKey, passagesHolding, type RecordType } from './passages-holding';
import { toSearchRequest } from './to-request';

// Core pages at most 100 hits; a type: restriction looks at this many of the best-ranked passages.
const PAGE = 100;
const SCAN_LIMIT = 1000;

/**
 * Runs a query line (or an already parsed tree) on the shipped archive. Throws `QuerySyntaxError`
 * for a line that cannot be read. `type:article` returns the best passage of each article; `type:person`,
 * `case`, `figure` and `quote` keep only passages that mention a person or that a case event, figure or
 * quote cites. Facets always count every match of the words and filters, before that restriction.
 */
export function query(input: string | ParsedQuery, options: SearchOptions = {}): SearchResult {
  const { request, type } = toSearchRequest(typeof input === 'string' ? parseQuery(input) : input);
  if (type === undefined) return search(request, options);
  if (type === 'article') return search(request, { ...options, groupBy: 'article' });
  return searchHolding(request, type, options);
}

const HOLDS: Record<RecordType, string> = {
  person: 'mentions a person',
  case: 'is cited by a case',
  figure: 'states a figure',
  quote: 'holds a quote',
};

function searchHolding(request: SearchRequest, type: RecordType, options: SearchOptions): SearchResult {
  const { limit = 10, offset = 0, groupBy, ...rest } = options;
  const wanted = passagesHolding(type);
  const articlesSeen = new Set<string>();
  const kept: SearchHit[] = [];
  // Restrict passages first and group after, so an article's best passage *of this type* represents it.
  const fetch = (at: number) => search(request, { ...rest, limit: PAGE, offset: at, groupBy: 'passage' });
  const first = fetch(0);
  for (let at = 0, page = first; ; page = fetch(at)) {
    for (const hit of page.hits) {
      if (!wanted.has(passageKey(hit.articleId, hit.paragraphIndex))) continue;
      if (groupBy === 'article' && articlesSeen.has(hit.articleId)) continue;
      articlesSeen.add(hit.articleId);
      kept.push(hit);
    }
    at += PAGE;
    if (at >= page.total || at >= SCAN_LIMIT) break;
  }
  const { reason, hits: _, ...base } = first;
  const from = Math.max(0, offset);
  const hits = kept.slice(from, from + Math.min(Math.max(limit, 0), PAGE));
  const why =
    kept.length > 0 ? undefined : (reason ?? `none of the ${first.total} matching passages ${HOLDS[type]}`);
  return { ...base, hits, total: kept.length, ...(why !== undefined && { reason: why }) };
}
