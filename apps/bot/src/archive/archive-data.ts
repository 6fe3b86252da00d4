import {
  type ArchiveRecords,
  type Article,
  type Case,
  type Figure,
  type Organization,
  type Person,
  type Quote,
  RECORD_LISTS,
  type RecordListName,
  type RecordLists,
} from '@asylum-archive/core';

/** How often a person is named in one article. */
export type Appearance = { article: Article; mentions: number };

/** A person's part in a case. */
export type CaseRole = 'claimant' | 'attorney';

/**
 * A base whose instances carry one read-only list per kind of record (`articles`, `people`…), taken from an
 * archive: the lists are core's RECORD_LISTS, so a kind of record added there reaches the bot unedited.
 */
const WithRecordLists = class {
  constructor(records: ArchiveRecords) {
    for (const kind of Object.keys(RECORD_LISTS) as RecordListName[])
      Object.defineProperty(this, kind, { value: records[kind], enumerable: true });
  }
} as new (
  records: ArchiveRecords,
) => RecordLists;

/**
 * The archive's records with the cross-references the cards need (who is quoted where, which figures an
 * article holds…), computed once per dataset so each reply is a few map look-ups.
 */
export class ArchiveData extends WithRecordLists {
  readonly #records: ArchiveRecords;
  readonly #quotesBySpeaker = new Map<string, Quote[]>();
  readonly #figuresByArticle = new Map<string, Figure[]>();
  readonly #casesByPerson = new Map<string, { case: Case; role: CaseRole }[]>();

  /** Reads the records and lookups of an archive (`shippedArchive`, or one built by `createArchive`). */
  constructor(records: ArchiveRecords) {
    super(records);
    this.#records = records;

    for (const quote of this.quotes) {
      if (quote.speaker !== null) push(this.#quotesBySpeaker, quote.speaker, quote);
    }
    for (const figure of this.figures) push(this.#figuresByArticle, figure.citation.articleId, figure);
    for (const record of this.cases) {
      if (record.claimant !== null)
        push(this.#casesByPerson, record.claimant, { case: record, role: 'claimant' });
      for (const attorney of record.attorneys)
        push(this.#casesByPerson, attorney, { case: record, role: 'attorney' });
    }
  }

  article(id: string): Article | undefined {
    return this.#records.getArticle(id);
  }

  person(id: string): Person | undefined {
    return this.#records.getPerson(id);
  }

  organization(id: string): Organization | undefined {
    return this.#records.getOrganization(id);
  }

  case(id: string): Case | undefined {
    return this.#records.getCase(id);
  }

  figure(id: string): Figure | undefined {
    return this.#records.getFigure(id);
  }

  /** A person's or organisation's display name, or the id itself when the record is missing. */
  nameOf(id: string): string {
    return this.#records.getPerson(id)?.name ?? this.#records.getOrganization(id)?.name ?? id;
  }

  outletName(article: Article): string {
    return this.nameOf(article.outlet);
  }

  quotesBy(personId: string): readonly Quote[] {
    return this.#quotesBySpeaker.get(personId) ?? [];
  }

  figuresIn(articleId: string): readonly Figure[] {
    return this.#figuresByArticle.get(articleId) ?? [];
  }

  casesOf(personId: string): readonly { case: Case; role: CaseRole }[] {
    return this.#casesByPerson.get(personId) ?? [];
  }

  /** Articles that name the person, most mentions first (ties in archive order). */
  appearancesOf(person: Person): Appearance[] {
    const counts = new Map<string, number>();
    for (const mention of person.mentions)
      counts.set(mention.articleId, (counts.get(mention.articleId) ?? 0) + 1);
    const appearances: Appearance[] = [];
    for (const article of this.articles) {
      const mentions = counts.get(article.id);
      if (mentions !== undefined) appearances.push({ article, mentions });
    }
    return appearances.sort((a, b) => b.mentions - a.mentions);
  }

  /** People named in an article, most mentions first. */
  peopleIn(articleId: string): { person: Person; mentions: number }[] {
    const found: { person: Person; mentions: number }[] = [];
    for (const person of this.people) {
      const mentions = person.mentions.filter(
        (mention) => mention.articleId === articleId && mention.field !== 'byline',
      );
      if (mentions.length > 0) found.push({ person, mentions: mentions.length });
    }
    return found.sort((a, b) => b.mentions - a.mentions);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
