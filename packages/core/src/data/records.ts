import type { ArchiveInput, Lexicon } from '../schema/types';
import type { ArchiveRecords } from '../search/types';

/** A lookup by id, built on first use; a Map, so ids such as "constructor" or "__proto__" find nothing. */
function lookup<T extends { id: string }>(records: readonly T[]): (id: string) => T | undefined {
  let byId: Map<string, T> | undefined;
  return (id) => {
    byId ??= new Map(records.map((record) => [record.id, record]));
    return byId.get(id);
  };
}

/**
 * The records of a dataset (missing kinds as empty lists) with a lookup for each kind: the record half of an
 * `Archive`, synchronous and without search or validation (`createArchive` validates). Public as `createRecords`.
 */
export function recordsOf(data: ArchiveInput, lexicon: Lexicon = data.lexicon ?? { synonyms: [] }): ArchiveRecords {
  const articles = data.articles;
  const people = data.people ?? [];
  const organizations = data.organizations ?? [];
  const places = data.places ?? [];
  const cases = data.cases ?? [];
  const figures = data.figures ?? [];
  const quotes = data.quotes ?? [];
  return {
    articles,
    people,
    organizations,
    places,
    cases,
    figures,
    quotes,
    lexicon,
    getArticle: lookup(articles),
    getPerson: lookup(people),
    getOrganization: lookup(organizations),
    getPlace: lookup(places),
    getCase: lookup(cases),
    getFigure: lookup(figures),
    getQuote: lookup(quotes),
  };
}
