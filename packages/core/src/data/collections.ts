import { dataset } from '../generated/dataset';
import type { Dataset } from '../schema/types';
import { recordsOf } from './records';

/** Deep-freezes the shipped data so that no consumer can change what every other consumer sees. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The whole shipped dataset, as the compiler validated it. */
export const shippedDataset: Readonly<Dataset> = deepFreeze(dataset);

/** The shipped records and their lookups: the record half of `shippedArchive`. */
export const shippedRecords = recordsOf(shippedDataset, shippedDataset.lexicon);

// Named exports of ES modules cannot be generated from RECORD_LISTS, so they are written out here; a type
// test (test/data/types.test-d.ts) fails when a list of RECORD_LISTS is not exported, as a list and a lookup.

export const {
  articles,
  people,
  organizations,
  places,
  cases,
  figures,
  quotes,
  getArticle,
  getPerson,
  getOrganization,
  getPlace,
  getCase,
  getFigure,
  getQuote,
} = shippedRecords;
