import { isPartialDate } from '../schema/vocabulary';
import type { Corpus } from './corpus';
import { type FacetField, type FacetModel, nameKey } from './facets';
import { hasFilters } from './request';
import type { EmptyReason, SearchFilters } from './types';

export type ResolvedFilters =
  /**
   * `allowed` (per article) is null when no filter restricts the articles; `passages` (per passage) is null
   * unless a person or place filter keeps only the passages that name them.
   */
  { ok: true; allowed: Uint8Array | null; passages: Uint8Array | null } | { ok: false; reason: EmptyReason };

const LIST_FIELDS = ['outlet', 'author', 'person', 'place', 'outcome', 'country', 'topic'] as const;

/** Most filter values that a field may list before the rest are ignored (bounded work on any input). */
const MAX_VALUES = 20;

/**
 * The facet values a filter value names: exact id or name first ("texas-observer", "Texas Observer",
 * "Juárez", "U.S."); otherwise every value whose name contains the words given ("gustavo" → both Gustavos).
 */
export function resolveValue(model: FacetModel, field: FacetField, raw: string): string[] {
  const key = nameKey(raw);
  if (key.length === 0) return [];
  const exact: string[] = [];
  const partial: string[] = [];
  for (const entry of model.values[field].values()) {
    // Not `names.map(nameKey)` then `includes`: V8 compiled that for the arrays the interpreter's `map` made
    // and threw the code away ("wrong map") at the first array its own inlined `map` made, under load.
    if (entry.names.some((name) => nameKey(name) === key)) exact.push(entry.value);
    else if (entry.names.some((name) => ` ${nameKey(name)} `.includes(` ${key} `))) partial.push(entry.value);
  }
  return exact.length > 0 ? exact : partial;
}

function knownValues(model: FacetModel, field: FacetField): string[] {
  return [...model.values[field].values()].map((entry) => entry.value);
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

type Interval = { start: string; end: string };

/** A partial date as the inclusive day range it covers: "2010" → 2010-01-01…2010-12-31. */
function intervalOf(value: string): Interval {
  if (value.length === 4) return { start: `${value}-01-01`, end: `${value}-12-31` };
  if (value.length === 7) return { start: `${value}-01`, end: `${value}-31` };
  return { start: value, end: value };
}

function dateBound(
  name: string,
  value: string | number | undefined,
): { ok: true; interval: Interval | null } | { ok: false; reason: EmptyReason } {
  if (value === undefined) return { ok: true, interval: null };
  const text = typeof value === 'number' ? String(value) : String(value).trim();
  if (!isPartialDate(text))
    return { ok: false, reason: { code: 'not-a-date', field: name, value: clip(text) } };
  return { ok: true, interval: intervalOf(text) };
}

/** What no filter restricts: every article and every passage. */
const UNFILTERED: ResolvedFilters = Object.freeze({ ok: true, allowed: null, passages: null });

/**
 * The articles (and, for people and places, the passages) the filters keep. Most searches have none: they
 * are answered here, and the work below (compiled only when first run) waits for the first that has one.
 */
export function resolveFilters(model: FacetModel, corpus: Corpus, filters: SearchFilters): ResolvedFilters {
  return hasFilters(filters) ? resolveGiven(model, corpus, filters) : UNFILTERED;
}

function resolveGiven(model: FacetModel, corpus: Corpus, filters: SearchFilters): ResolvedFilters {
  const count = corpus.articles.length;
  let allowed: Uint8Array | null = null;
  let passages: Uint8Array | null = null;
  const restrictTo = (articles: Iterable<number>) => {
    const next = new Uint8Array(count);
    for (const article of articles) if (allowed === null || allowed[article]) next[article] = 1;
    allowed = next;
  };

  for (const field of LIST_FIELDS) {
    const raw = filters[field];
    if (raw === undefined || !Array.isArray(raw)) continue;
    const wanted = raw.filter((value): value is string => typeof value === 'string').slice(0, MAX_VALUES);
    if (wanted.length === 0) continue;
    const matched = new Set<number>();
    const mentionField = field === 'person' || field === 'place' ? field : null;
    const naming = mentionField ? new Uint8Array(corpus.passageCount) : null;
    for (const value of wanted) {
      const resolved = resolveValue(model, field, value);
      if (resolved.length === 0) {
        const known = knownValues(model, field);
        return { ok: false, reason: { code: 'unknown-filter-value', field, value: clip(value), known } };
      }
      for (const id of resolved) {
        for (const article of model.articlesByValue[field].get(id) ?? []) matched.add(article);
        if (mentionField && naming)
          for (const passage of model.passagesByValue[mentionField].get(id) ?? []) naming[passage] = 1;
      }
    }
    restrictTo(matched);
    if (naming) {
      // Person and place filters of different fields AND passage by passage, as the others do by article.
      if (passages)
        for (let at = 0; at < naming.length; at++) naming[at] = naming[at] && passages[at] ? 1 : 0;
      passages = naming;
    }
  }

  const bounds = [
    ['yearFrom', filters.yearFrom, 'from'],
    ['yearTo', filters.yearTo, 'to'],
    ['after', filters.after, 'from'],
    ['before', filters.before, 'to'],
  ] as const;
  for (const [name, value, side] of bounds) {
    const bound = dateBound(name, value);
    if (!bound.ok) return bound;
    if (bound.interval === null) continue;
    const { start, end } = bound.interval;
    const kept: number[] = [];
    corpus.articles.forEach((article, index) => {
      const published = article.published.value;
      if (published === null) return;
      const own = intervalOf(published);
      // Inclusive and precision-aware: an article dated only "2010" is kept by after:2010-06.
      if (side === 'from' ? own.end >= start : own.start <= end) kept.push(index);
    });
    restrictTo(kept);
  }
  return { ok: true, allowed, passages };
}
