import { describe, expect, it } from 'vitest';
import {
  articles,
  type Citation,
  cases,
  figures,
  getArticle,
  getCase,
  getFigure,
  getOrganization,
  getPerson,
  getPlace,
  getQuote,
  organizations,
  people,
  places,
  quotes,
  shippedDataset,
} from '../../src/index';

/*
 * Rules that hold for whatever data the archive ships, read through the public entry point. None names an
 * article, counts them or quotes a title: adding an article (or a draft) must never mean editing this file.
 * What is true of the five seed pages in particular is in seed-articles.test.ts.
 */

/** Every citation in the shipped data, with a label saying where it is. */
const allCitations: Array<[string, Citation]> = [
  ...people.flatMap((p) =>
    p.statements.map((s, i) => [`${p.id}.statements[${i}]`, s.citation] as [string, Citation]),
  ),
  ...cases.flatMap((c) => c.events.map((e, i) => [`${c.id}.events[${i}]`, e.citation] as [string, Citation])),
  ...figures.map((f) => [f.id, f.citation] as [string, Citation]),
  ...quotes.map((q) => [q.id, q.citation] as [string, Citation]),
];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('shipped dataset: rules that hold for every record', () => {
  it('every article has a body of trimmed, non-empty paragraphs and a curators’ summary', () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      expect(article.paragraphs.length, article.id).toBeGreaterThan(0);
      for (const paragraph of article.paragraphs) {
        expect(paragraph, article.id).toBe(paragraph.trim());
        expect(paragraph, article.id).not.toBe('');
      }
      expect(article.summary.editorial, article.id).toBe(true);
    }
  });

  it('ids are unique within each collection', () => {
    for (const [name, records] of Object.entries({
      articles,
      people,
      organizations,
      places,
      cases,
      figures,
      quotes,
    })) {
      const ids = records.map((record) => record.id);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('every citation is the exact words of one paragraph of its article', () => {
    expect(allCitations.length).toBeGreaterThan(0);
    for (const [where, citation] of allCitations) {
      const article = getArticle(citation.articleId);
      expect(article, where).toBeDefined();
      expect(
        article?.paragraphs.some((p) => p.includes(citation.excerpt)),
        `${where}: "${citation.excerpt}"`,
      ).toBe(true);
    }
  });

  it('every citation carries the index of the first paragraph that holds its excerpt', () => {
    for (const [where, citation] of allCitations) {
      const paragraphs = getArticle(citation.articleId)?.paragraphs ?? [];
      expect(citation.paragraph, where).toBe(paragraphs.findIndex((p) => p.includes(citation.excerpt)));
    }
  });

  it("every quote's words occur in its excerpt", () => {
    for (const quote of quotes) expect(quote.citation.excerpt, quote.id).toContain(quote.text);
  });

  it('every person, organisation and place is mentioned, at offsets that spell one of its names', () => {
    for (const entity of [...people, ...organizations, ...places]) {
      expect(entity.mentions.length, entity.id).toBeGreaterThan(0);
      const names = [entity.name, ...entity.aliases].map(fold);
      for (const mention of entity.mentions) {
        expect(getArticle(mention.articleId), entity.id).toBeDefined();
        if (mention.field !== 'paragraph') continue;
        const text = getArticle(mention.articleId)?.paragraphs[mention.index] ?? '';
        expect(names, entity.id).toContain(fold(text.slice(mention.start, mention.end)));
      }
    }
  });

  it("a statement about a person cites an article that mentions them; disagreeing reports each keep their source", () => {
    for (const person of people) {
      const mentionedIn = new Set(person.mentions.map((m) => m.articleId));
      for (const statement of person.statements) {
        expect(mentionedIn.has(statement.citation.articleId), `${person.id}.${statement.attribute}`).toBe(true);
      }
      // Two values for one attribute (an age of 26 and of 27) each keep their own source.
      const attributes = new Map<string, string[]>();
      for (const s of person.statements) attributes.set(s.attribute, [...(attributes.get(s.attribute) ?? []), s.value]);
      for (const [attribute, values] of attributes) {
        if (new Set(values).size < 2) continue;
        const citations = person.statements
          .filter((s) => s.attribute === attribute)
          .map((s) => `${s.citation.articleId}\u0000${s.citation.excerpt}`);
        expect(new Set(citations).size, `${person.id}.${attribute}`).toBe(values.length);
      }
    }
  });

  it('never invents a date: unknown stays null with an "unknown" basis; a known one says how it is known', () => {
    const dates = [
      ...articles.map((a) => [a.id, a.published] as const),
      ...cases.flatMap((c) => c.events.map((e, i) => [`${c.id}.events[${i}]`, e.date] as const)),
    ];
    for (const [where, { value, precision, basis }] of dates) {
      if (value === null) {
        expect(precision, where).toBeNull();
        expect(basis, where).toMatch(/^unknown: \S/);
        continue;
      }
      expect(precision, where).toBe(['year', 'month', 'day'][value.split('-').length - 1]);
      expect(basis, where).toMatch(
        /^(stated on the page|inferred from text|inferred from the address|from other reporting): \S/,
      );
      // A real calendar date: 2008-02-30 would roll over to March.
      const [year, month = 1, day = 1] = value.split('-').map(Number);
      const date = new Date(Date.UTC(year as number, month - 1, day));
      expect(date.toISOString().slice(0, value.length), where).toBe(value);
    }
  });

  it('an address, where known, is an absolute http(s) URL that says how it is known', () => {
    for (const article of articles) {
      if (article.url === null) {
        expect(article.urlBasis ?? null, article.id).toBeNull();
        continue;
      }
      expect(new URL(article.url).protocol, article.id).toMatch(/^https?:$/);
      expect(article.urlBasis, article.id).toMatch(/^(stated on the page|checked at the address): \S/);
    }
  });

  it('derives each case outcome from its latest decided event and its articles from its citations', () => {
    for (const c of cases) {
      const decided = c.events.filter((e) => e.outcome !== null);
      expect(c.outcome, c.id).toBe(decided.at(-1)?.outcome ?? null);
      expect(new Set(c.articleIds), c.id).toEqual(new Set(c.events.map((e) => e.citation.articleId)));
    }
  });

  it('resolves references between records', () => {
    for (const article of articles) {
      // A court opinion is published by its court (ingest proposes the court as its outlet).
      const publisher = article.genre === 'court-opinion' ? 'court' : 'outlet';
      expect(getOrganization(article.outlet)?.kind, article.id).toBe(publisher);
      if (article.via) expect(getOrganization(article.via), article.id).toBeDefined();
      for (const author of article.authors) expect(getPerson(author), author).toBeDefined();
    }
    for (const place of places) if (place.within) expect(getPlace(place.within), place.id).toBeDefined();
    for (const c of cases) {
      if (c.claimant) expect(getPerson(c.claimant), c.id).toBeDefined();
      else expect(c.claimantDescription, c.id).not.toBeNull();
      for (const attorney of c.attorneys) expect(getPerson(attorney), c.id).toBeDefined();
    }
    for (const q of quotes) {
      if (q.speaker) expect(getPerson(q.speaker), q.id).toBeDefined();
      else expect(q.speakerDescription, q.id).not.toBeNull();
      if (q.to) expect(getPerson(q.to) ?? getOrganization(q.to), q.id).toBeDefined();
    }
  });

  it('finds every record by its id', () => {
    for (const a of articles) expect(getArticle(a.id)).toBe(a);
    for (const p of people) expect(getPerson(p.id)).toBe(p);
    for (const c of cases) expect(getCase(c.id)).toBe(c);
    for (const f of figures) expect(getFigure(f.id)).toBe(f);
    for (const q of quotes) expect(getQuote(q.id)).toBe(q);
  });

  it.each([
    'no-such-article',
    '',
    'constructor',
    '__proto__',
    'toString',
  ])('returns undefined for the unknown id %j', (id) => {
    for (const lookup of [getArticle, getPerson, getOrganization, getPlace, getCase, getFigure, getQuote]) {
      expect(lookup(id)).toBeUndefined();
    }
  });

  it('exposes frozen data', () => {
    expect(Object.isFrozen(articles)).toBe(true);
    for (const article of articles) expect(Object.isFrozen(article.paragraphs), article.id).toBe(true);
  });

  it('freezes every object and list of the shipped data, however deep', () => {
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (value === null || typeof value !== 'object') return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
    };
    walk(shippedDataset, 'dataset');
    expect(unfrozen).toEqual([]);
  });
});
