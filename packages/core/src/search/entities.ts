import type { ArchiveInput, Mention } from '../schema/types';
import { tokenize } from './analysis/tokenize';
import { type Corpus, citedPassage } from './corpus';

export type EntityKind = 'person' | 'organization' | 'place';

export type NamedEntity = {
  kind: EntityKind;
  id: string;
  name: string;
  /** Each name and alias as its sequence of index terms ("Gustavo de la Rosa Hickerson" → gustavo rosa hickerson). */
  names: ReadonlyArray<readonly string[]>;
  /** Passages whose text names the entity (located by the data compiler), in ascending order. */
  passages: readonly number[];
  /** The first passage of each article that names the entity (where the reporting introduces it), ascending. */
  introductions: readonly number[];
  /** Where in a passage the entity is named, as [start, end) offsets (for highlighting). */
  spansIn: (passage: number) => ReadonlyArray<readonly [number, number]>;
  /** Articles that mention the entity anywhere, byline and outlet included. */
  articles: readonly number[];
};

/** Where the reporting states a figure: the passage its citation quotes (none when the article lacks it). */
export type FigureLocation = { id: string; value: number; passages: readonly number[] };

const NO_SPANS: ReadonlyArray<readonly [number, number]> = [];

/** The distinct numbers of a list, ascending. */
function sortedUnique(numbers: readonly number[]): number[] {
  // Mentions are mostly listed in reading order already: then no sorted copy is needed to drop repeats.
  let ascending = true;
  for (let at = 1; at < numbers.length && ascending; at++)
    ascending = (numbers[at - 1] as number) <= (numbers[at] as number);
  const sorted = ascending ? numbers : Int32Array.from(numbers).sort();
  const unique: number[] = [];
  for (let at = 0; at < sorted.length; at++) {
    if (at === 0 || sorted[at] !== sorted[at - 1]) unique.push(sorted[at] as number);
  }
  return unique;
}

export type EntityCatalog = {
  entities: readonly NamedEntity[];
  figures: readonly FigureLocation[];
};

function namesOf(names: readonly string[]): string[][] {
  return names
    .map((name) =>
      tokenize(name)
        .map((token) => token.term)
        .filter((term): term is string => term !== null),
    )
    .filter((terms) => terms.length > 0);
}

/** Entity key (`person:jose-alarcon`) → each of its names as index terms. */
export type EntityNames = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;

export const entityKey = (kind: EntityKind, id: string) => `${kind}:${id}`;

/** The names of every person, organization and place as index terms: the costly part of a catalog. */
export function analyseEntityNames(data: ArchiveInput): Map<string, string[][]> {
  const names = new Map<string, string[][]>();
  const add = (kind: EntityKind, record: { id: string; name: string; aliases: readonly string[] }) =>
    names.set(entityKey(kind, record.id), namesOf([record.name, ...record.aliases]));
  for (const record of data.people ?? []) add('person', record);
  for (const record of data.organizations ?? []) add('organization', record);
  for (const record of data.places ?? []) add('place', record);
  addSurnames(names);
  return names;
}

/**
 * A person is named by their surname alone ("Spector" for Carlos Spector), as readers and reporters do after the
 * first mention: the last word of a full name joins the person's names unless another entity has that word in a
 * name of its own (then it would not tell them apart).
 */
function addSurnames(names: Map<string, string[][]>): void {
  const holders = new Map<string, Set<string>>();
  names.forEach((list, key) => {
    for (const name of list)
      for (const term of name) {
        const set = holders.get(term) ?? new Set<string>();
        set.add(key);
        holders.set(term, set);
      }
  });
  names.forEach((list, key) => {
    if (!key.startsWith('person:')) return;
    const full = list[0];
    const surname = full && full.length > 1 ? full[full.length - 1] : undefined;
    if (surname === undefined || holders.get(surname)?.size !== 1) return;
    if (!list.some((name) => name.length === 1 && name[0] === surname)) list.push([surname]);
  });
}

export function createEntityCatalog(
  data: ArchiveInput,
  corpus: Corpus,
  names: EntityNames = analyseEntityNames(data),
): EntityCatalog {
  const articleIndex = new Map(corpus.articles.map((article, index) => [article.id, index]));
  /** The passage a paragraph mention is in, or -1 (another field, or outside the article). */
  const passageOf = (mention: Mention, article: number) => {
    const start = corpus.passageStart[article] ?? 0;
    const end = corpus.passageStart[article + 1] ?? start;
    return mention.field === 'paragraph' && start + mention.index < end ? start + mention.index : -1;
  };
  // `forEach` rather than `for…of`: this runs once per start, unoptimised, when `for…of` allocates at each step.
  const locate = (mentions: readonly Mention[]) => {
    const passages: number[] = [];
    const articles: number[] = [];
    mentions.forEach((mention) => {
      const article = articleIndex.get(mention.articleId);
      if (article === undefined) return;
      articles.push(article);
      const passage = passageOf(mention, article);
      if (passage >= 0) passages.push(passage);
    });
    const sorted = sortedUnique(passages);
    const introductions: number[] = [];
    let previousArticle = -1;
    sorted.forEach((passage) => {
      const article = corpus.passageArticle[passage] ?? -1;
      if (article !== previousArticle) introductions.push(passage);
      previousArticle = article;
    });
    // Spans only serve highlighting, so they are gathered on the first search that needs them.
    let spans: Map<number, Array<readonly [number, number]>> | undefined;
    const spansIn = (passage: number): ReadonlyArray<readonly [number, number]> => {
      if (spans === undefined) {
        spans = new Map();
        for (const mention of mentions) {
          const article = articleIndex.get(mention.articleId);
          const at = article === undefined ? -1 : passageOf(mention, article);
          if (at < 0) continue;
          const list = spans.get(at);
          if (list) list.push([mention.start, mention.end]);
          else spans.set(at, [[mention.start, mention.end]]);
        }
      }
      return spans.get(passage) ?? NO_SPANS;
    };
    return { passages: sorted, introductions, articles: sortedUnique(articles), spansIn };
  };
  const named = (
    kind: EntityKind,
    record: { id: string; name: string; aliases: readonly string[]; mentions: readonly Mention[] },
  ) => ({
    kind,
    id: record.id,
    name: record.name,
    names: names.get(entityKey(kind, record.id)) ?? namesOf([record.name, ...record.aliases]),
    ...locate(record.mentions),
  });
  const entities: NamedEntity[] = [
    ...(data.people ?? []).map((record) => named('person', record)),
    ...(data.organizations ?? []).map((record) => named('organization', record)),
    ...(data.places ?? []).map((record) => named('place', record)),
  ];

  const figures = (data.figures ?? []).map((figure) => {
    const passage = citedPassage(corpus, articleIndex, figure.citation);
    return { id: figure.id, value: figure.value, passages: passage >= 0 ? [passage] : [] };
  });
  return { entities, figures };
}

/** An entity named in a query, and which of the query's words name it. */
export type EntityMatch = { entity: NamedEntity; words: readonly number[] };

/**
 * The entities a query names: the longest name or alias found as a run of consecutive query terms; a shorter
 * name inside a longer match ("Juarez" inside "Juarez Cartel") does not count separately.
 */
export function findNamedEntities(catalog: EntityCatalog, terms: readonly string[]): EntityMatch[] {
  const candidates: Array<{ entity: NamedEntity; start: number; length: number }> = [];
  // Counted loops, no callback: every search compares every name of every entity, and a first search does it
  // before anything is compiled, when a closure made per name and start, and each step of a `for…of`, allocate.
  const { entities } = catalog;
  for (let at = 0; at < entities.length; at++) {
    const entity = entities[at] as NamedEntity;
    for (let which = 0; which < entity.names.length; which++) {
      const name = entity.names[which] as readonly string[];
      for (let start = 0; start + name.length <= terms.length; start++) {
        let offset = 0;
        while (offset < name.length && terms[start + offset] === name[offset]) offset++;
        if (offset === name.length) candidates.push({ entity, start, length: name.length });
      }
    }
  }
  candidates.sort((a, b) => b.length - a.length || a.start - b.start);
  const taken: typeof candidates = [];
  for (const candidate of candidates) {
    const overlapsLonger = taken.some(
      (other) =>
        other.length > candidate.length &&
        candidate.start < other.start + other.length &&
        other.start < candidate.start + candidate.length,
    );
    if (overlapsLonger) continue;
    if (taken.some((other) => other.entity === candidate.entity)) continue;
    taken.push(candidate);
  }
  return taken.map(({ entity, start, length }) => ({
    entity,
    words: Array.from({ length }, (_, offset) => start + offset),
  }));
}
