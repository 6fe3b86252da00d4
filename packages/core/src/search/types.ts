import type { RecordLists, RecordLookups } from '../data/record-lists';
import type { Lexicon, Outcome } from '../schema/types';

/**
 * The search contract shared by every front end (query library, CLI, bot). Filter values may be ids or
 * names as a person would type them ("texas observer", "Juárez"); the engine resolves them
 * accent- and case-insensitively. Filters of different fields combine with AND; several values of one
 * field combine with OR.
 */
export type SearchFilters = {
  outlet?: readonly string[];
  author?: readonly string[];
  person?: readonly string[];
  place?: readonly string[];
  outcome?: readonly Outcome[];
  /** ISO 3166-1 alpha-2 codes or country names, matched against places and cases mentioned. */
  country?: readonly string[];
  topic?: readonly string[];
  /** Inclusive publication-year range. */
  yearFrom?: number;
  yearTo?: number;
  /** Inclusive partial dates (YYYY, YYYY-MM or YYYY-MM-DD) compared with the article's publication date. */
  after?: string;
  before?: string;
  /**
   * Only passages that hold a record of this kind: a paragraph that names a person, or that a case event, a
   * figure or a quote cites as its source. This is what the query syntax's `type:` asks for.
   */
  holding?: RecordKind;
};

/** The kinds of record a passage can hold (see `SearchFilters.holding`). */
export type RecordKind = 'person' | 'case' | 'figure' | 'quote';

/** A structured query, as produced by @asylum-archive/query's parser. */
export type SearchRequest = {
  /** Free words: stemmed, synonym-expanded, typo-tolerant. */
  text?: string;
  /** Each must occur as written (accents and case folded) in the passage. */
  phrases?: readonly string[];
  /** Words or phrases that must not occur in the passage. */
  exclude?: readonly string[];
  filters?: SearchFilters;
};

export type SearchOptions = {
  /** Hits per page: default 10, at most 100. */
  limit?: number;
  offset?: number;
  /** Merged with (and overriding per field) the request's filters. */
  filters?: SearchFilters;
  /** `passage` (default): one hit per matching paragraph; `article`: the best passage of each article. */
  groupBy?: 'passage' | 'article';
  /**
   * Only records of these kinds answer, as if the query asked for them ("how many…" asks for a figure): a front
   * end that looks up one kind of record (the bot's /figure, /person, /case) finds it by typos, Spanish words
   * and questions alike. Unknown kinds are ignored; absent or empty, the query's own words decide.
   */
  answerKinds?: readonly AnswerKind[];
};

/** [start, end) UTF-16 offsets into the hit's `snippet`. */
export type HighlightRange = readonly [start: number, end: number];

export type SearchHit = {
  articleId: string;
  paragraphIndex: number;
  /** The whole passage. */
  text: string;
  /** A window of the passage around the best match, with "…" where it was cut. */
  snippet: string;
  highlights: readonly HighlightRange[];
  /** Higher is better; comparable within one result only. */
  score: number;
};

export type FacetCount = { value: string; label: string; count: number };

export type SearchFacets = {
  outlet: FacetCount[];
  author: FacetCount[];
  year: FacetCount[];
  person: FacetCount[];
  place: FacetCount[];
  outcome: FacetCount[];
  country: FacetCount[];
  topic: FacetCount[];
};

/** The kinds of curated record that can answer a query outright. */
export type AnswerKind = 'figure' | 'person' | 'case' | 'quote';

/**
 * A curated record that answers the query (a figure for "how many…", a person for "who…", a case for "why was
 * … denied", a quote for "what did … say"), with the excerpt of the article it cites. Shown before passages.
 */
export type SearchAnswer = {
  kind: AnswerKind;
  /** The record's id (a figure, person, case or quote id). */
  id: string;
  /** A one-line description: "about 900 officers — Mexican police officers…", "Carlos Spector — attorney". */
  label: string;
  /** The exact words of the cited article that support the record. */
  excerpt: string;
  /** The article the excerpt is from; null when the record cites none. */
  articleId: string | null;
  /** Higher is better; comparable within one result only. */
  score: number;
};

/** A search filter field that can empty a result by itself; `date` is year, after and before together. */
export type EmptyingField =
  | 'outlet'
  | 'author'
  | 'person'
  | 'place'
  | 'outcome'
  | 'country'
  | 'topic'
  | 'date';

/**
 * Why a search found nothing, one reason each: a stable `code` and the values a message needs, so every
 * front end can say it in its reader's language. `reason` is these in English (`describeEmptyReason`).
 */
export type EmptyReason =
  | { code: 'empty-query' }
  | { code: 'only-common-words'; query: string }
  /** Words no passage contains, as typed. */
  | { code: 'no-passage-contains'; terms: string[] }
  | { code: 'nothing-matches'; query: string; withFilters: boolean; withExclusions: boolean }
  /** One filter alone leaves none of the query's `matches`; `present` is what that field has among them. */
  | {
      code: 'filter-leaves-none';
      field: EmptyingField;
      values: string[];
      matches: number;
      present: { value: string; count: number }[];
    }
  /** A filter value the archive does not have; `known` lists the values it has (all of them). */
  | { code: 'unknown-filter-value'; field: string; value: string; known: string[] }
  | { code: 'not-a-date'; field: string; value: string }
  | { code: 'unknown-holding'; value: string; kinds: string[] };

export type SearchResult = {
  /** Records that answer the query outright, best first (at most three); empty when none does. */
  answers: SearchAnswer[];
  hits: SearchHit[];
  /** The hits before paging, what a pager counts: passages, or articles with `groupBy: 'article'`. */
  totalHits: number;
  /** Passages that match, before paging (whatever `groupBy` is). */
  totalPassages: number;
  /** Articles with at least one passage that matches. */
  totalArticles: number;
  /** Counts over all matches (before paging), so a front end can offer refinements. */
  facets: SearchFacets;
  /** Why nothing could match (empty query, unknown filter value…), in English; absent when there are hits. */
  reason?: string;
  /** The same reasons as data, for front ends that word them in another language; absent when there are hits. */
  why?: EmptyReason[];
  /**
   * Did-you-mean: spellings from the archive's vocabulary for a word that matched nothing. (Autocomplete is
   * `suggest()`, a different thing.)
   */
  didYouMean?: string[];
};

export type SuggestionKind = 'article' | 'person' | 'organization' | 'place' | 'case' | 'figure';

export type Suggestion = { kind: SuggestionKind; id: string; label: string };

export type SuggestOptions = { kinds?: readonly SuggestionKind[]; limit?: number };

/**
 * The records of one archive, in archive order, and a lookup by id for each kind: `articles` and
 * `getArticle(id)`, `people` and `getPerson(id)`… one pair per entry of `RECORD_LISTS`.
 */
export type ArchiveRecords = RecordLists &
  RecordLookups & {
    /** The synonym groups its search uses: the shipped lexicon plus the archive's own. */
    readonly lexicon: Lexicon;
  };

/** What a search engine over one dataset answers. */
export type ArchiveSearch = {
  search(query: string | SearchRequest, options?: SearchOptions): SearchResult;
  suggest(prefix: string, options?: SuggestOptions): Suggestion[];
};

/**
 * One archive: its records, lookups, search and autocomplete. The shipped archive (`shippedArchive`) and one
 * built by `createArchive` from a developer's own data are the same kind of object, and every consumer (the
 * query library, the CLI, the bot) takes one.
 */
export type Archive = ArchiveRecords & ArchiveSearch;
