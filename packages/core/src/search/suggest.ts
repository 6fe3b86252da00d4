import type { ArchiveInput, Figure } from '../schema/types';
import { groupDigits } from '../text/group-digits';
import { compareCodeUnits } from './code-unit-order';
import type { Corpus } from './corpus';
import type { EntityCatalog } from './entities';
import { nameKey } from './facets';
import type { Suggestion, SuggestionKind, SuggestOptions } from './types';

type Entry = Suggestion & { weight: number };

/** One searchable name of an entry: `whole` for a full name or alias, otherwise a later word of it onwards. */
type Key = { key: string; entry: number; whole: boolean };

export type SuggestIndex = { entries: readonly Entry[]; keys: readonly Key[] };

const KIND_ORDER: Record<SuggestionKind, number> = {
  person: 0,
  case: 1,
  place: 2,
  organization: 3,
  article: 4,
  figure: 5,
};
/** Discord caps a choice's name at 100 characters; every front end benefits from short labels. */
const MAX_LABEL = 100;
export const DEFAULT_SUGGESTIONS = 10;
export const MAX_SUGGESTIONS = 100;
/** How many prefix matches are ranked at most: bounds the work for one-letter prefixes on big archives. */
const SCAN_LIMIT = 200;

const clip = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

const figureLabel = (figure: Figure) => `${groupDigits(figure.value)} ${figure.unit}: ${figure.counts}`;

export function createSuggestIndex(data: ArchiveInput, corpus: Corpus, catalog: EntityCatalog): SuggestIndex {
  const entries: Entry[] = [];
  const keys: Key[] = [];
  const add = (kind: SuggestionKind, id: string, label: string, names: readonly string[], weight: number) => {
    const entry = entries.push({ kind, id, label: clip(label), weight }) - 1;
    // Whole names first, so that a key both whole ("Alarcon") and a later word ("Jose Alarcon") stays whole.
    const whole = new Set([label, ...names].map(nameKey).filter(Boolean));
    const partial = new Set<string>();
    for (const name of [label, ...names, id.replace(/-/g, ' ')]) {
      const words = nameKey(name).split(' ').filter(Boolean);
      for (let i = name === label || names.includes(name) ? 1 : 0; i < words.length; i++) {
        const key = words.slice(i).join(' ');
        if (!whole.has(key)) partial.add(key);
      }
    }
    for (const key of whole) keys.push({ key, entry, whole: true });
    for (const key of partial) keys.push({ key, entry, whole: false });
  };
  const mentionWeight = new Map(
    catalog.entities.map((entity) => [`${entity.kind}:${entity.id}`, entity.articles.length]),
  );
  for (const person of data.people ?? []) {
    add('person', person.id, person.name, person.aliases, mentionWeight.get(`person:${person.id}`) ?? 0);
  }
  for (const org of data.organizations ?? []) {
    add('organization', org.id, org.name, org.aliases, mentionWeight.get(`organization:${org.id}`) ?? 0);
  }
  for (const place of data.places ?? []) {
    add('place', place.id, place.name, place.aliases, mentionWeight.get(`place:${place.id}`) ?? 0);
  }
  for (const record of data.cases ?? []) add('case', record.id, record.title, [], record.articleIds.length);
  for (const figure of data.figures ?? []) add('figure', figure.id, figureLabel(figure), [], 0);
  for (const article of corpus.articles) add('article', article.id, article.title, [], 1);
  keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { entries, keys };
}

function lowerBound(keys: readonly Key[], prefix: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle]?.key ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

const byImportance = (a: Entry, b: Entry) =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
  b.weight - a.weight ||
  // Autocomplete has a budget of a millisecond: no localeCompare.
  compareCodeUnits(a.label, b.label);

/**
 * Entries whose name, alias or any later word of them starts with the prefix. Order: exact name, name that
 * starts with the prefix, exact word, word that starts with it; then people before cases, places,
 * organizations, articles and figures, and the most mentioned first. An empty prefix lists the most useful
 * picks in that same order.
 */
export function suggestFrom(index: SuggestIndex, prefix: string, options: SuggestOptions = {}): Suggestion[] {
  const requested = Number.isFinite(options.limit)
    ? Math.floor(options.limit ?? DEFAULT_SUGGESTIONS)
    : DEFAULT_SUGGESTIONS;
  const limit = Math.max(0, Math.min(MAX_SUGGESTIONS, requested));
  const kinds = Array.isArray(options.kinds) && options.kinds.length > 0 ? new Set(options.kinds) : null;
  const wanted = (entry: Entry | undefined): entry is Entry =>
    entry !== undefined && (!kinds || kinds.has(entry.kind));
  const key = typeof prefix === 'string' ? nameKey(prefix.slice(0, 200)) : '';

  const strip = ({ kind, id, label }: Entry): Suggestion => ({ kind, id, label });
  if (limit === 0) return [];
  if (key.length === 0) return index.entries.filter(wanted).sort(byImportance).slice(0, limit).map(strip);

  const rankOf = new Map<number, number>();
  let scanned = 0;
  for (let i = lowerBound(index.keys, key); i < index.keys.length && scanned < SCAN_LIMIT; i++) {
    const candidate = index.keys[i];
    if (!candidate?.key.startsWith(key)) break;
    if (!wanted(index.entries[candidate.entry])) continue;
    scanned++;
    const exact = candidate.key === key;
    const rank = candidate.whole ? (exact ? 0 : 1) : exact ? 2 : 3;
    const previous = rankOf.get(candidate.entry);
    if (previous === undefined || rank < previous) rankOf.set(candidate.entry, rank);
  }
  return [...rankOf]
    .sort(([a, rankA], [b, rankB]) => {
      const entryA = index.entries[a];
      const entryB = index.entries[b];
      return rankA - rankB || (entryA && entryB ? byImportance(entryA, entryB) : 0);
    })
    .slice(0, limit)
    .flatMap(([entry]) => {
      const found = index.entries[entry];
      return found ? [strip(found)] : [];
    });
}
