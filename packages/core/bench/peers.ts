import { create, insertMultiple, load, search as oramaSearch, save } from '@orama/orama';
import MiniSearch from 'minisearch';
import type { Dataset } from '../src/schema/types';
import { createEngine, loadEngine } from '../src/search/engine';
import { loadFlexsearch } from '../src/search/load-flexsearch';
import type { SearchSnapshot } from '../src/search/snapshot';

// Building an index from data needs flexsearch, which the package loads on demand.
await loadFlexsearch();

/** One search library under test, driven the same way as the others. */
export type Peer = {
  name: string;
  /** Builds the index from the dataset and returns a handle to search. */
  build(data: Dataset): Handle;
  /** Loads an index saved by `save` (each library's own serialization). */
  load(data: Dataset, saved: string): Handle;
};

export type Handle = {
  save(): string;
  /** Top 10 passages (`article#paragraph`) and the number of matches. */
  search(query: string): { keys: string[]; total: number };
  /** Top 10 names (people, places, organizations, articles…) for a prefix. */
  suggest(prefix: string): string[];
};

type PassageDocument = { id: string; title: string; text: string };
type NameDocument = { id: string; name: string };

const passagesOf = (data: Dataset): PassageDocument[] =>
  data.articles.flatMap((article) =>
    article.paragraphs.map((text, index) => ({ id: `${article.id}#${index}`, title: article.title, text })),
  );

/** The names an autocomplete offers, the same for every peer as this engine's suggest covers. */
const namesOf = (data: Dataset): NameDocument[] => [
  ...data.people.map((p) => ({ id: `person:${p.id}`, name: [p.name, ...p.aliases].join(' ') })),
  ...data.organizations.map((o) => ({ id: `organization:${o.id}`, name: [o.name, ...o.aliases].join(' ') })),
  ...data.places.map((p) => ({ id: `place:${p.id}`, name: [p.name, ...p.aliases].join(' ') })),
  ...data.cases.map((c) => ({ id: `case:${c.id}`, name: c.title })),
  ...data.figures.map((f) => ({ id: `figure:${f.id}`, name: `${f.value} ${f.unit} ${f.counts}` })),
  ...data.articles.map((a) => ({ id: `article:${a.id}`, name: a.title })),
];

export const thisEngine: Peer = {
  name: 'asylum-archive',
  build(data) {
    return engineHandle(createEngine(data));
  },
  load(data, saved) {
    return engineHandle(loadEngine(data, JSON.parse(saved) as SearchSnapshot));
  },
};

function engineHandle(engine: ReturnType<typeof createEngine>): Handle {
  return {
    save: () => JSON.stringify(engine.exportIndex()),
    search: (query) => {
      const result = engine.search(query, { limit: 10 });
      return {
        keys: result.hits.map((hit) => `${hit.articleId}#${hit.paragraphIndex}`),
        total: result.totalHits,
      };
    },
    suggest: (prefix) => engine.suggest(prefix, { limit: 10 }).map((entry) => `${entry.kind}:${entry.id}`),
  };
}

const MINISEARCH_PASSAGES = { fields: ['title', 'text'] } as const;
const MINISEARCH_NAMES = { fields: ['name'], searchOptions: { prefix: true } } as const;

/** MiniSearch with its defaults: BM25, OR of the words; prefix search for autocomplete. */
export const miniSearch: Peer = {
  name: 'MiniSearch',
  build(data) {
    const passages = new MiniSearch<PassageDocument>({
      ...MINISEARCH_PASSAGES,
      fields: [...MINISEARCH_PASSAGES.fields],
    });
    passages.addAll(passagesOf(data));
    const names = new MiniSearch<NameDocument>({ ...MINISEARCH_NAMES, fields: [...MINISEARCH_NAMES.fields] });
    names.addAll(namesOf(data));
    return miniSearchHandle(passages, names);
  },
  load(_data, saved) {
    const { passages, names } = JSON.parse(saved) as { passages: string; names: string };
    return miniSearchHandle(
      MiniSearch.loadJSON<PassageDocument>(passages, {
        ...MINISEARCH_PASSAGES,
        fields: [...MINISEARCH_PASSAGES.fields],
      }),
      MiniSearch.loadJSON<NameDocument>(names, { ...MINISEARCH_NAMES, fields: [...MINISEARCH_NAMES.fields] }),
    );
  },
};

function miniSearchHandle(passages: MiniSearch<PassageDocument>, names: MiniSearch<NameDocument>): Handle {
  return {
    save: () => JSON.stringify({ passages: JSON.stringify(passages), names: JSON.stringify(names) }),
    search: (query) => {
      const results = passages.search(query);
      return { keys: results.slice(0, 10).map((result) => String(result.id)), total: results.length };
    },
    suggest: (prefix) =>
      names
        .search(prefix)
        .slice(0, 10)
        .map((result) => String(result.id)),
  };
}

const ORAMA_PASSAGES = { id: 'string', title: 'string', text: 'string' } as const;
const ORAMA_NAMES = { id: 'string', name: 'string' } as const;

/** Orama with its defaults: BM25 with its English tokenizer; its search matches prefixes of the last word. */
export const orama: Peer = {
  name: 'Orama',
  build(data) {
    const passages = create({ schema: ORAMA_PASSAGES });
    insertMultiple(passages, passagesOf(data), 5000);
    const names = create({ schema: ORAMA_NAMES });
    insertMultiple(names, namesOf(data), 5000);
    return oramaHandle(passages, names);
  },
  load(_data, saved) {
    const raw = JSON.parse(saved) as { passages: never; names: never };
    const passages = create({ schema: ORAMA_PASSAGES });
    load(passages, raw.passages);
    const names = create({ schema: ORAMA_NAMES });
    load(names, raw.names);
    return oramaHandle(passages, names);
  },
};

type OramaDb<S> = ReturnType<typeof create<S & Record<string, 'string'>>>;

function oramaHandle(passages: OramaDb<typeof ORAMA_PASSAGES>, names: OramaDb<typeof ORAMA_NAMES>): Handle {
  // Orama's search is synchronous for an in-memory database without async plugins.
  const run = <S>(db: OramaDb<S>, term: string) =>
    oramaSearch(db, { term, limit: 10 }) as unknown as {
      count: number;
      hits: Array<{ document: { id: string } }>;
    };
  return {
    save: () => JSON.stringify({ passages: save(passages), names: save(names) }),
    search: (query) => {
      const result = run(passages, query);
      return { keys: result.hits.map((hit) => hit.document.id), total: result.count };
    },
    suggest: (prefix) => run(names, prefix).hits.map((hit) => hit.document.id),
  };
}

export const PEERS: readonly Peer[] = [thisEngine, miniSearch, orama];
