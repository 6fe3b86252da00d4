import { dataset } from '../generated/dataset';
import type {
  Article,
  Case,
  Dataset,
  Figure,
  Organization,
  Person,
  Place,
  Quote,
} from '../schema/types';
import type { ArchiveRecords } from '../search/types';
import { recordsOf } from './records';

/**
 * Deep-freezes the shipped data so that no consumer can change what every other consumer sees. It walks the
 * records with plain loops rather than `Object.values`, which made a list for every object at each start.
 */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) for (let at = 0; at < value.length; at++) deepFreeze(value[at]);
    else for (const key in value) deepFreeze(value[key]);
  }
  return value;
}

/** The whole shipped dataset, as the compiler validated it. */
export const shippedDataset: Readonly<Dataset> = deepFreeze(dataset);

/** The shipped records and their lookups: the record half of `shippedArchive`. */
export const shippedRecords: ArchiveRecords = recordsOf(shippedDataset, shippedDataset.lexicon);

// Named exports of ES modules cannot be generated from RECORD_LISTS, so they are written out here (with named
// types, so the published types say `readonly Article[]` and `Article | undefined` instead of each record's
// shape inline); a type test (test/data/types.test-d.ts) fails when a list of RECORD_LISTS is not exported.
export const articles: readonly Article[] = shippedRecords.articles;
export const people: readonly Person[] = shippedRecords.people;
export const organizations: readonly Organization[] = shippedRecords.organizations;
export const places: readonly Place[] = shippedRecords.places;
export const cases: readonly Case[] = shippedRecords.cases;
export const figures: readonly Figure[] = shippedRecords.figures;
export const quotes: readonly Quote[] = shippedRecords.quotes;
export const getArticle: (id: string) => Article | undefined = shippedRecords.getArticle;
export const getPerson: (id: string) => Person | undefined = shippedRecords.getPerson;
export const getOrganization: (id: string) => Organization | undefined = shippedRecords.getOrganization;
export const getPlace: (id: string) => Place | undefined = shippedRecords.getPlace;
export const getCase: (id: string) => Case | undefined = shippedRecords.getCase;
export const getFigure: (id: string) => Figure | undefined = shippedRecords.getFigure;
export const getQuote: (id: string) => Quote | undefined = shippedRecords.getQuote;
