import type { Dataset } from '../schema/types';

/** The name of each list of records a dataset holds: every list of the dataset schema (not its lexicon). */
export type RecordListName = Exclude<keyof Dataset, 'lexicon'>;

/**
 * Every list of records an archive holds (one per kind of record), with the name of its lookup by id. The
 * one list of record kinds: `ArchiveRecords`, `createRecords`, `createArchive`'s checks, the shipped exports
 * and the bot's `ArchiveData` follow it, and the type checker holds it to the dataset schema (a list added
 * to the schema and missing here fails the build).
 */
export const RECORD_LISTS = {
  articles: 'getArticle',
  people: 'getPerson',
  organizations: 'getOrganization',
  places: 'getPlace',
  cases: 'getCase',
  figures: 'getFigure',
  quotes: 'getQuote',
} as const satisfies { readonly [K in RecordListName]: `get${string}` };

/** The record type of one list: `RecordOf<'people'>` is `Person`. */
export type RecordOf<K extends RecordListName> = Dataset[K][number];

/** One read-only list per kind of record, in archive order. */
export type RecordLists = { readonly [K in RecordListName]: readonly RecordOf<K>[] };

/** One lookup per kind of record (`getPerson(id)`), undefined for an id the archive does not hold. */
export type RecordLookups = {
  readonly [K in RecordListName as (typeof RECORD_LISTS)[K]]: (id: string) => RecordOf<K> | undefined;
};

/** The names of the record lists, in the order of `RECORD_LISTS`. */
export const recordListNames = Object.keys(RECORD_LISTS) as RecordListName[];
