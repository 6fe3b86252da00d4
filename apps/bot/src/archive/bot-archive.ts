import type { Archive, SearchOptions, SearchResult } from '@asylum-archive/core';
import type { ArchiveData } from './archive-data';

/** Runs one query in the shared search syntax; throws the query library's QuerySyntaxError on bad syntax. */
export type RunQuery = (input: string, options: SearchOptions) => SearchResult;

export type Versions = { readonly bot: string; readonly core: string; readonly query: string };

/**
 * Everything the pure layer reads, all derived from one core `Archive` (see `createBotArchive`): its records
 * with the cross-references the cards need, the search reached through the query syntax, and what /about
 * reports. The shipped archive is the default; any other archive gives the same bot.
 */
export type BotArchive = {
  /** The archive the bot answers from: records, lookups, search and autocomplete. */
  readonly source: Archive;
  readonly data: ArchiveData;
  readonly runQuery: RunQuery;
  /** Core's search on plain text: its answers resolve a lookup no name matched (see commands/resolve-entity.ts). */
  readonly search: Archive['search'];
  readonly suggest: Archive['suggest'];
  readonly versions: Versions;
  /** A short, stable digest of the dataset, so /about tells two data releases apart. */
  readonly fingerprint: string;
};
