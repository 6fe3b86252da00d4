import { ArchiveError } from '../errors';
import type { ArchiveInput, Lexicon } from '../schema/types';
import type { ArchiveRecords } from '../search/types';
import { RECORD_LISTS, recordListNames } from './record-lists';

/**
 * A lookup by id, built on first use; a Map, so ids such as "constructor" or "__proto__" find nothing. An id
 * that is not text is a bug in the caller: an `invalid-argument` ArchiveError names the lookup.
 */
function lookup<T extends { id: string }>(records: readonly T[], name: string): (id: string) => T | undefined {
  let byId: Map<string, T> | undefined;
  return (id) => {
    if (typeof id !== 'string') throw ArchiveError.invalidArgument(`${name}: the id`, 'text', id);
    byId ??= new Map(records.map((record) => [record.id, record]));
    return byId.get(id);
  };
}

/**
 * The records of a dataset (missing kinds as empty lists) with a lookup for each kind: the record half of an
 * `Archive`, synchronous and without search or validation (`createArchive` validates). Public as `createRecords`.
 */
export function recordsOf(data: ArchiveInput, lexicon?: Lexicon): ArchiveRecords {
  if (typeof data !== 'object' || data === null || !Array.isArray(data.articles))
    throw ArchiveError.invalidArgument('createRecords: the data', 'an object such as { articles: [ … ] }', data);
  const records: Record<string, unknown> = { lexicon: lexicon ?? data.lexicon ?? { synonyms: [] } };
  for (const kind of recordListNames) {
    const list: readonly { id: string }[] = data[kind] ?? [];
    records[kind] = list;
    records[RECORD_LISTS[kind]] = lookup(list, RECORD_LISTS[kind]);
  }
  return records as ArchiveRecords;
}
