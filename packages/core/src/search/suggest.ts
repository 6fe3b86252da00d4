import { ArchiveError } from '../errors';
import type { ArchiveInput, Figure } from '../schema/types';
import { groupDigits } from '../text/group-digits';
import { STOP_WORDS } from './analysis/stop-words';
import { compareCodeUnits } from './code-unit-order';
import type { Corpus } from './corpus';
import type { EntityCatalog } from './entities';
import { nameKey } from './facets';
import { editDistance, MIN_FUZZY_LENGTH, maxTypos } from './fuzzy';
import type { Suggestion, SuggestionKind, SuggestOptions } from './types';

type Entry = Suggestion & { weight: number };

/** One searchable name of an entry: `whole` for a full name or alias, otherwise a later word of it onwards. */
type Key = { key: string; entry: number; whole: boolean };

export type SuggestIndex = {
  entries: readonly Entry[];
  keys: readonly Key[];
  /** Every word of every name, id and label → the entries that hold it: what a typo is matched against. */
  words: ReadonlyMap<string, readonly number[]>;
};

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
/** Typo matching compares every typed word with every name word: a pasted paragraph is not a name. */
const MAX_TYPED_WORDS = 8;

const clip = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

const figureLabel = (figure: Figure) => `${groupDigits(figure.value)} ${figure.unit}: ${figure.counts}`;

export function createSuggestIndex(data: ArchiveInput, corpus: Corpus, catalog: EntityCatalog): SuggestIndex {
  const entries: Entry[] = [];
  const keys: Key[] = [];
  const words = new Map<string, number[]>();
  const add = (kind: SuggestionKind, id: string, label: string, names: readonly string[], weight: number) => {
    const entry = entries.push({ kind, id, label: clip(label), weight }) - 1;
    for (const word of new Set(
      [label, ...names, id.replace(/-/g, ' ')].flatMap((n) => nameKey(n).split(' ')),
    )) {
      if (word === '') continue;
      const holders = words.get(word);
      if (holders) holders.push(entry);
      else words.set(word, [entry]);
    }
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
  return { entries, keys, words };
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
/** Wrong types are a bug in the caller: an `invalid-argument` ArchiveError says which argument. */
function checkSuggestArguments(prefix: unknown, options: unknown): void {
  if (typeof prefix !== 'string')
    throw ArchiveError.invalidArgument('suggest: the prefix', 'text (what was typed so far)', prefix);
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw ArchiveError.invalidArgument('suggest: options', 'an object such as { limit: 5 }', options);
  const { limit, kinds } = options as Record<string, unknown>;
  if (limit !== undefined && (typeof limit !== 'number' || Number.isNaN(limit)))
    throw ArchiveError.invalidArgument('suggest: options.limit', 'a number', limit);
  if (kinds !== undefined && !(Array.isArray(kinds) && kinds.every((kind) => typeof kind === 'string')))
    throw ArchiveError.invalidArgument('suggest: options.kinds', 'a list of kinds such as ["person"]', kinds);
}

export function suggestFrom(index: SuggestIndex, prefix: string, options: SuggestOptions = {}): Suggestion[] {
  checkSuggestArguments(prefix, options);
  const requested = Number.isFinite(options.limit)
    ? Math.floor(options.limit ?? DEFAULT_SUGGESTIONS)
    : DEFAULT_SUGGESTIONS;
  const limit = Math.max(0, Math.min(MAX_SUGGESTIONS, requested));
  const kinds = Array.isArray(options.kinds) && options.kinds.length > 0 ? new Set(options.kinds) : null;
  const wanted = (entry: Entry | undefined): entry is Entry =>
    entry !== undefined && (!kinds || kinds.has(entry.kind));
  const key = nameKey(prefix.slice(0, 200));

  const strip = ({ kind, id, label }: Entry): Suggestion => ({ kind, id, label });
  if (limit === 0) return [];
  if (key.length === 0) return index.entries.filter(wanted).sort(byImportance).slice(0, limit).map(strip);

  const byPrefix = prefixMatches(index, key, wanted);
  const found = byPrefix.length > 0 ? byPrefix : typoMatches(index, key, wanted);
  return found.slice(0, limit).map(strip);
}

/** Entries by prefix of a name or a later word of it, best first (see `suggestFrom`). */
function prefixMatches(
  index: SuggestIndex,
  key: string,
  wanted: (entry: Entry | undefined) => boolean,
): Entry[] {
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
  return byRank(index, rankOf);
}

/** The entries of an entry → rank map, lowest rank first, then by importance. */
function byRank(index: SuggestIndex, ranks: ReadonlyMap<number, number>): Entry[] {
  return [...ranks]
    .sort(([a, rankA], [b, rankB]) => {
      const entryA = index.entries[a];
      const entryB = index.entries[b];
      return rankA - rankB || (entryA && entryB ? byImportance(entryA, entryB) : 0);
    })
    .flatMap(([entry]) => {
      const found = index.entries[entry];
      return found ? [found] : [];
    });
}

/**
 * When no name starts with what was typed: the entries whose words hold every typed word that is not a common
 * word ("who", "is", "de"), each as typed, as the start of a word, or with a typo (one in a word of five
 * letters or more, two from seven: "duran rodriges", "gutierres masareno"). Fewest typos first, then by
 * importance. The name words are few (hundreds, not the text's vocabulary), so they are all compared.
 */
function typoMatches(
  index: SuggestIndex,
  key: string,
  wanted: (entry: Entry | undefined) => boolean,
): Entry[] {
  const typed = [...new Set(key.split(' '))].filter((word) => word !== '' && !STOP_WORDS.has(word));
  if (typed.length === 0 || typed.length > MAX_TYPED_WORDS) return [];
  /** Entry → typos so far, for the entries that hold every typed word seen so far. */
  let typos: Map<number, number> | null = null;
  for (const word of typed) {
    const best = new Map<number, number>();
    const max = word.length >= MIN_FUZZY_LENGTH && !/\d/.test(word) ? maxTypos(word.length) : 0;
    for (const [name, holders] of index.words) {
      const distance = name.startsWith(word) ? 0 : max > 0 ? editDistance(word, name, max) : 1;
      if (distance > max) continue;
      for (const entry of holders) {
        if (!(typos === null || typos.has(entry)) || !wanted(index.entries[entry])) continue;
        best.set(entry, Math.min(distance, best.get(entry) ?? distance));
      }
    }
    const next = new Map<number, number>();
    for (const [entry, distance] of best) next.set(entry, distance + (typos?.get(entry) ?? 0));
    typos = next;
    if (typos.size === 0) return [];
  }
  return typos === null ? [] : byRank(index, typos);
}
