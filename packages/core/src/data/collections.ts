import { dataset } from '../generated/dataset';
import type { Article, Case, Dataset, Figure, Organization, Person, Place, Quote } from '../schema/types';

/** Deep-freezes the shipped data so that no consumer can change what every other consumer sees. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const shipped: Readonly<Dataset> = deepFreeze(dataset);

export const articles: readonly Article[] = shipped.articles;
export const people: readonly Person[] = shipped.people;
export const organizations: readonly Organization[] = shipped.organizations;
export const places: readonly Place[] = shipped.places;
export const cases: readonly Case[] = shipped.cases;
export const figures: readonly Figure[] = shipped.figures;
export const quotes: readonly Quote[] = shipped.quotes;

/** The whole shipped dataset, as the compiler validated it. */
export const shippedDataset: Readonly<Dataset> = shipped;

function lookup<T extends { id: string }>(records: readonly T[]): (id: string) => T | undefined {
  let byId: Map<string, T> | undefined;
  return (id) => {
    byId ??= new Map(records.map((record) => [record.id, record]));
    return byId.get(id);
  };
}

export const getArticle = lookup(articles);
export const getPerson = lookup(people);
export const getOrganization = lookup(organizations);
export const getPlace = lookup(places);
export const getCase = lookup(cases);
export const getFigure = lookup(figures);
export const getQuote = lookup(quotes);
