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
 * Deep-freezes the shipped data so that no consumer can change what every other consumer sees. One loop over a
 * list of objects still to look into, its test written inline: a walk that called itself for every value
 * (strings and numbers too) ran hot enough at import for V8 to optimise it, and compiling a function inlined into
 * itself cost a cold start ~10 ms of CPU on the compiler's thread, more than the freezing (a helper called per
 * value was optimised too). Plain loops rather than `Object.values`, which made a list for every object.
 */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  const pending: object[] = [Object.freeze(value)];
  while (pending.length > 0) {
    const object = pending.pop() as Record<string, unknown>;
    if (Array.isArray(object)) {
      for (let at = 0; at < object.length; at++) {
        const item: unknown = object[at];
        if (item !== null && typeof item === 'object' && !Object.isFrozen(item)) pending.push(Object.freeze(item));
      }
    } else {
      for (const key in object) {
        const item = object[key];
        if (item !== null && typeof item === 'object' && !Object.isFrozen(item)) pending.push(Object.freeze(item));
      }
    }
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
