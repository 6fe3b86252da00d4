import { shippedDataset, shippedRecords } from '../data/collections';
import { searchIndexJson } from '../generated/search-index';
import { type Engine, loadEngine } from './engine';
import type { SearchSnapshot } from './snapshot';
import type { Archive, ArchiveSearch } from './types';

let shipped: Engine | undefined;

/**
 * The engine over the shipped data, read from the index prebuilt at build time on first use. The build writes
 * the data and its index in one step, so the index's fingerprint is not checked again at every start.
 */
function shippedEngine(): Engine {
  shipped ??= loadEngine(shippedDataset, JSON.parse(searchIndexJson) as SearchSnapshot, true);
  return shipped;
}

/** Searches the shipped archive: passages (or articles) ranked by relevance, with snippets and facets. */
export const search: ArchiveSearch['search'] = (query, options) => shippedEngine().search(query, options);

/** Autocomplete over the shipped archive's people, places, organizations, cases, figures and articles. */
export const suggest: ArchiveSearch['suggest'] = (prefix, options) =>
  shippedEngine().suggest(prefix, options);

/** The archive that ships in this package: what every consumer uses unless it is given another. */
export const shippedArchive: Archive = Object.freeze({ ...shippedRecords, search, suggest });
