import type { ArchiveInput } from '../schema/types';
import { OUTCOME_WORDS, OUTCOMES } from '../schema/vocabulary';
import { fold } from './analysis/fold';
import { tokenize } from './analysis/tokenize';
import { compareCodeUnits } from './code-unit-order';
import type { Corpus } from './corpus';
import type { EntityCatalog } from './entities';
import type { SearchFacets } from './types';

export type FacetField = keyof SearchFacets;
export const FACET_FIELDS: readonly FacetField[] = [
  'outlet',
  'author',
  'year',
  'person',
  'place',
  'outcome',
  'country',
  'topic',
];

/** The fields whose values are named in the text, filtered and counted by passage. */
export const MENTION_FIELDS = ['person', 'place'] as const;
export type MentionField = (typeof MENTION_FIELDS)[number];
const isMentionField = (field: FacetField): field is MentionField => field === 'person' || field === 'place';

/** A value an article can have in a facet: a stable value, a label for people, and the names it answers to. */
export type FacetValue = { value: string; label: string; names: readonly string[] };

/**
 * Everything filters and facet counts need, per article: which values each facet field has. Filters and
 * facets are both article-level, so a facet count is exactly the number of hits its filter would keep.
 */
export type FacetModel = {
  /** Field → value → the sorted article indices that have it. */
  articlesByValue: Record<FacetField, ReadonlyMap<string, readonly number[]>>;
  /**
   * Person and place values are passage-level: a filter keeps the passages that name them, and a facet
   * counts those. Field → value → the sorted passages whose text names it.
   */
  passagesByValue: Record<MentionField, ReadonlyMap<string, readonly number[]>>;
  /** Per passage, the numbers of the person and place values it names (`ids[offsets[p]]`…), as in `counting`. */
  mentions: { offsets: Int32Array; ids: Int32Array };
  values: Record<FacetField, ReadonlyMap<string, FacetValue>>;
  /**
   * For counting fast: every value of every field numbered, and each article's value numbers
   * (`ids[offsets[a]]` to `ids[offsets[a + 1] - 1]`), so that one pass over the articles counts all facets.
   */
  counting: {
    values: ReadonlyArray<{ field: FacetField; entry: FacetValue }>;
    offsets: Int32Array;
    ids: Int32Array;
    /**
     * Value numbers in the order facets list them when counts tie: by label, case and accents folded (years
     * by value, newest first), equal labels by number. Sorting the counted values by count alone, stably, from
     * this order lists equal counts alphabetically without comparing strings on every search.
     */
    order: Int32Array;
  };
};

const OUTCOME_LABELS: Record<string, string> = { 'not-sought': 'Not sought' };
const labelOfSlug = (slug: string) =>
  OUTCOME_LABELS[slug] ?? slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ');

/** The words of a name or filter value, folded and joined: "Juárez" → "juarez", "U.S." → "us", "6,347" → "6347". */
export function nameKey(text: string): string {
  // Joined as it goes, not `map` then `join`: V8 compiled the `join` for the arrays the interpreter's `map` made,
  // and threw the code it was inlined in (`resolveValue`) away ("wrong map") at the first array its own inlined
  // `map` made — whenever that code was compiled before `nameKey` was, as when the compiler's thread is late.
  let key = '';
  for (const token of tokenize(text)) key = key.length === 0 ? token.folded : `${key} ${token.folded}`;
  return key;
}

export function createFacetModel(data: ArchiveInput, corpus: Corpus, catalog: EntityCatalog): FacetModel {
  const values = Object.fromEntries(
    FACET_FIELDS.map((field) => [field, new Map<string, FacetValue>()]),
  ) as Record<FacetField, Map<string, FacetValue>>;
  const define = (field: FacetField, value: string, label: string, names: readonly string[] = []) => {
    if (!values[field].has(value))
      values[field].set(value, { value, label, names: [value, label, ...names] });
  };
  // Assignments are collected flat and numbered once every value is defined: a Set per field per article
  // (eight per article) made the model the costliest part of loading a large archive.
  const assignedArticles: number[] = [];
  const assignedFields: FacetField[] = [];
  const assignedValues: string[] = [];
  const assign = (field: FacetField, article: number, value: string) => {
    if (!(article >= 0 && article < corpus.articles.length)) return;
    assignedArticles.push(article);
    assignedFields.push(field);
    assignedValues.push(value);
  };

  const organizations = new Map((data.organizations ?? []).map((org) => [org.id, org]));
  const people = new Map((data.people ?? []).map((person) => [person.id, person]));
  const articleIndex = new Map(corpus.articles.map((article, index) => [article.id, index]));

  corpus.articles.forEach((article, index) => {
    // An outlet and the outlet it ran via are one entry, found by either name.
    const org = organizations.get(article.outlet);
    const via = article.via ? organizations.get(article.via) : undefined;
    const name = org?.name ?? article.outlet;
    const viaNames = article.via ? [article.via, via?.name ?? article.via, ...(via?.aliases ?? [])] : [];
    define('outlet', article.outlet, article.via ? `${name} (via ${via?.name ?? article.via})` : name, [
      ...(org?.aliases ?? []),
      ...(article.via ? [name] : []),
      ...viaNames,
    ]);
    assign('outlet', index, article.outlet);
    article.authors.forEach((author) => {
      const person = people.get(author);
      define('author', author, person?.name ?? author, person?.aliases ?? []);
      assign('author', index, author);
    });
    const year = article.published.value?.slice(0, 4);
    if (year) {
      define('year', year, year);
      assign('year', index, year);
    }
    article.topics.forEach((topic) => {
      define('topic', topic, labelOfSlug(topic));
      assign('topic', index, topic);
    });
  });

  // Country names come from the dataset's country places ("Mexico", alias "U.S." → US).
  const countryNames = new Map<string, { label: string; names: readonly string[] }>();
  data.places?.forEach((place) => {
    if (place.kind === 'country' && place.country) {
      countryNames.set(place.country, { label: place.name, names: place.aliases });
    }
  });
  const assignCountry = (code: string, article: number) => {
    const known = countryNames.get(code);
    define('country', code, known?.label ?? code, known?.names ?? []);
    assign('country', article, code);
  };

  const places = new Map((data.places ?? []).map((place) => [place.id, place]));
  // People and places by the passages that name them: a byline or a title alone is not a mention.
  const mentioned: Array<{ field: MentionField; value: string; passages: readonly number[] }> = [];
  // Loops here and below are `forEach` and counted loops: this runs once per start, before the code is
  // optimised, when each step of a `for…of` allocates an iterator result.
  catalog.entities.forEach((entity) => {
    if (entity.kind === 'organization') return;
    const kind = entity.kind;
    const record = kind === 'person' ? people.get(entity.id) : places.get(entity.id);
    define(kind, entity.id, entity.name, record?.aliases ?? []);
    mentioned.push({ field: kind, value: entity.id, passages: entity.passages });
    entity.passages.forEach((passage) => {
      assign(kind, corpus.passageArticle[passage] ?? -1, entity.id);
    });
    const country = kind === 'place' ? places.get(entity.id)?.country : null;
    if (country)
      entity.articles.forEach((article) => {
        assignCountry(country, article);
      });
  });

  data.cases?.forEach((record) => {
    record.events.forEach((event) => {
      const article = articleIndex.get(event.citation.articleId);
      if (article === undefined) return;
      if (event.outcome) {
        define('outcome', event.outcome, labelOfSlug(event.outcome));
        assign('outcome', article, event.outcome);
      }
      assignCountry(record.refugeCountry, article);
    });
  });
  // Every outcome is a valid filter value even when no article reports it yet: it simply matches nothing.
  OUTCOMES.forEach((outcome) => {
    define('outcome', outcome, labelOfSlug(outcome));
  });
  // An outcome answers to the words people use for it, both languages: outcome:rejected is outcome:denied.
  OUTCOMES.forEach((outcome) => {
    const entry = values.outcome.get(outcome);
    if (entry) values.outcome.set(outcome, { ...entry, names: [...entry.names, ...OUTCOME_WORDS[outcome]] });
  });

  const numbered: Array<{ field: FacetField; entry: FacetValue }> = [];
  const numberOf = Object.fromEntries(
    FACET_FIELDS.map((field) => [field, new Map<string, number>()]),
  ) as Record<FacetField, Map<string, number>>;
  FACET_FIELDS.forEach((field) => {
    values[field].forEach((entry) => {
      numberOf[field].set(entry.value, numbered.push({ field, entry }) - 1);
    });
  });
  // Each article's value numbers, grouped by article (a counting sort), then sorted and deduplicated.
  const articleCount = corpus.articles.length;
  const grouped = new Int32Array(articleCount + 1);
  assignedArticles.forEach((article) => {
    (grouped[article + 1] as number)++;
  });
  for (let article = 0; article < articleCount; article++)
    grouped[article + 1] = (grouped[article + 1] as number) + (grouped[article] as number);
  const cursor = grouped.slice(0, articleCount);
  const assignedIds = new Int32Array(assignedArticles.length);
  assignedArticles.forEach((article, at) => {
    const field = assignedFields[at] as FacetField;
    assignedIds[(cursor[article] as number)++] = numberOf[field].get(assignedValues[at] as string) ?? 0;
  });
  const offsets = new Int32Array(articleCount + 1);
  const ids: number[] = [];
  for (let article = 0; article < articleCount; article++) {
    offsets[article] = ids.length;
    const own = assignedIds.subarray(grouped[article], grouped[article + 1]).sort();
    for (let at = 0; at < own.length; at++) {
      const id = own[at] as number;
      if (at === 0 || id !== own[at - 1]) ids.push(id);
    }
  }
  offsets[articleCount] = ids.length;
  // Each label folded once, not on every comparison of the sort.
  const folded = numbered.map(({ entry }) => fold(entry.label));
  const order = numbered
    .map((_, id) => id)
    .sort((a, b) => {
      const x = numbered[a] as (typeof numbered)[number];
      const y = numbered[b] as (typeof numbered)[number];
      // A field's values are numbered together, so numbers order the fields.
      if (x.field !== y.field) return a - b;
      if (x.field === 'year') return compareCodeUnits(y.entry.value, x.entry.value) || a - b;
      return (
        compareCodeUnits(folded[a] as string, folded[b] as string) ||
        compareCodeUnits(x.entry.label, y.entry.label) ||
        a - b
      );
    });
  const counting = { values: numbered, offsets, ids: Int32Array.from(ids), order: Int32Array.from(order) };
  const perPassage = new Int32Array(corpus.passageCount + 1);
  mentioned.forEach(({ passages }) => {
    passages.forEach((passage) => {
      (perPassage[passage + 1] as number)++;
    });
  });
  for (let passage = 0; passage < corpus.passageCount; passage++)
    perPassage[passage + 1] = (perPassage[passage + 1] as number) + (perPassage[passage] as number);
  const mentionIds = new Int32Array(perPassage[corpus.passageCount] as number);
  const fill = perPassage.slice(0, corpus.passageCount);
  mentioned.forEach(({ field, value, passages }) => {
    const id = numberOf[field].get(value) ?? 0;
    passages.forEach((passage) => {
      mentionIds[(fill[passage] as number)++] = id;
    });
  });
  // What only filters read is gathered on the first search with a filter: most searches have none.
  let lookups: Pick<FacetModel, 'articlesByValue' | 'passagesByValue'> | undefined;
  const lookupsOf = () => {
    lookups ??= filterLookups(counting, articleCount, mentioned);
    return lookups;
  };
  return {
    get articlesByValue() {
      return lookupsOf().articlesByValue;
    },
    get passagesByValue() {
      return lookupsOf().passagesByValue;
    },
    mentions: { offsets: perPassage, ids: mentionIds },
    values,
    counting,
  };
}

/** Per field, each value's articles (from the counting arrays) and, for people and places, its passages. */
function filterLookups(
  counting: FacetModel['counting'],
  articleCount: number,
  mentioned: ReadonlyArray<{ field: MentionField; value: string; passages: readonly number[] }>,
): Pick<FacetModel, 'articlesByValue' | 'passagesByValue'> {
  const articlesById: number[][] = counting.values.map(() => []);
  for (let article = 0; article < articleCount; article++) {
    const end = counting.offsets[article + 1] as number;
    for (let at = counting.offsets[article] as number; at < end; at++)
      (articlesById[counting.ids[at] as number] as number[]).push(article);
  }
  const articlesByValue = Object.fromEntries(
    FACET_FIELDS.map((field) => [field, new Map<string, number[]>()]),
  ) as Record<FacetField, Map<string, number[]>>;
  counting.values.forEach(({ field, entry }, id) => {
    const articles = articlesById[id] as number[];
    if (articles.length > 0) articlesByValue[field].set(entry.value, articles);
  });
  const passagesByValue = { person: new Map<string, number[]>(), place: new Map<string, number[]>() };
  mentioned.forEach(({ field, value, passages }) => {
    if (passages.length > 0) passagesByValue[field].set(value, [...passages]);
  });
  return { articlesByValue, passagesByValue };
}

/** Facet counts from per-article hit counts: each article with hits adds its count to each of its values. */
export function countFacets(
  model: FacetModel,
  hitsPerArticle: Int32Array,
  articlesWithHits: readonly number[],
  hits: { passages: ArrayLike<number>; passageArticle: Int32Array; byArticle: boolean },
): SearchFacets {
  const { values, offsets, ids } = model.counting;
  const counts = new Int32Array(values.length);
  for (let at = 0; at < articlesWithHits.length; at++) {
    const article = articlesWithHits[at] as number;
    const hitCount = hitsPerArticle[article] as number;
    const end = offsets[article + 1] as number;
    for (let value = offsets[article] as number; value < end; value++) {
      const id = ids[value] as number;
      if (isMentionField(values[id]?.field ?? 'outlet')) continue;
      counts[id] = (counts[id] as number) + hitCount;
    }
  }
  // People and places: the hits that name them (grouped by article, the articles with such a hit).
  const mentions = model.mentions;
  const seen = hits.byArticle ? new Set<number>() : null;
  const articleCount = hitsPerArticle.length;
  for (let at = 0; at < hits.passages.length; at++) {
    const passage = hits.passages[at] as number;
    const end = mentions.offsets[passage + 1] as number;
    for (let value = mentions.offsets[passage] as number; value < end; value++) {
      const id = mentions.ids[value] as number;
      if (seen) {
        const key = id * articleCount + (hits.passageArticle[passage] as number);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      counts[id] = (counts[id] as number) + 1;
    }
  }
  const facets = emptyFacets();
  const { order } = model.counting;
  for (let at = 0; at < order.length; at++) {
    const id = order[at] as number;
    const count = counts[id] as number;
    const numbered = values[id];
    if (count > 0 && numbered) {
      facets[numbered.field].push({ value: numbered.entry.value, label: numbered.entry.label, count });
    }
  }
  // Stable: equal counts stay in label order.
  for (const field of FACET_FIELDS) if (field !== 'year') facets[field].sort((a, b) => b.count - a.count);
  return facets;
}

export function emptyFacets(): SearchFacets {
  return { outlet: [], author: [], year: [], person: [], place: [], outcome: [], country: [], topic: [] };
}
