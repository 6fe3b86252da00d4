import type { Archive, SearchOptions, SearchResult } from '@asylum-archive/core';
import { checkArgument, isObject } from './check-arguments';
import { describeSourceIn, type HitSource } from './format/describe-source';
import { type FormatOptions, formatResultIn, type ResultFormat } from './format/format-result';
import { runQuery } from './search/query';
import type { ParsedQuery } from './syntax/ast';

/** The query library bound to one archive: the syntax runs on its search, formatting reads its records. */
export type ArchiveQuery = {
  readonly archive: Archive;
  /**
   * Runs a query line (or a parsed tree). Throws `QuerySyntaxError` for a line that cannot be read.
   * `type:article` returns the best passage of each article; `type:person|case|figure|quote` only passages
   * that hold such a record, with `totalPassages` and facets counting exactly those.
   */
  query(input: string | ParsedQuery, options?: SearchOptions): SearchResult;
  /**
   * Renders a result for people (`text`, `markdown`, `ansi`) or programs (`json`: each hit with its title,
   * outlet, date, url and citation added), naming sources from this archive's records.
   */
  formatResult(result: SearchResult, format?: ResultFormat, options?: FormatOptions): string;
  /** Title, outlet, date, url and a citation line for one passage of this archive. */
  describeSource(articleId: string, paragraphIndex: number): HitSource;
};

/** The query library over any archive: the shipped one, or one `createArchive` built from your own data. */
export function createQuery(archive: Archive): ArchiveQuery {
  checkArgument(
    isObject(archive) && typeof archive.search === 'function' && typeof archive.getArticle === 'function',
    'createQuery: the archive',
    'an Archive (shippedArchive, or what createArchive returns)',
    archive,
  );
  return Object.freeze({
    archive,
    query: (input: string | ParsedQuery, options?: SearchOptions) => runQuery(archive, input, options),
    formatResult: (result: SearchResult, format?: ResultFormat, options?: FormatOptions) =>
      formatResultIn(archive, result, format, options),
    describeSource: (articleId: string, paragraphIndex: number) =>
      describeSourceIn(archive, articleId, paragraphIndex),
  });
}
