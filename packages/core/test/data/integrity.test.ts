import { describe, expect, it } from 'vitest';
import {
  articles,
  type Citation,
  cases,
  figures,
  getArticle,
  getCase,
  getOrganization,
  getPerson,
  getPlace,
  organizations,
  people,
  places,
  quotes,
} from '../../src/index';

/** Every citation in the shipped data, with a label saying where it is. */
const allCitations: Array<[string, Citation]> = [
  ...people.flatMap((p) =>
    p.statements.map((s, i) => [`${p.id}.statements[${i}]`, s.citation] as [string, Citation]),
  ),
  ...cases.flatMap((c) => c.events.map((e, i) => [`${c.id}.events[${i}]`, e.citation] as [string, Citation])),
  ...figures.map((f) => [f.id, f.citation] as [string, Citation]),
  ...quotes.map((q) => [q.id, q.citation] as [string, Citation]),
];

describe('shipped dataset integrity (read through the public entry point)', () => {
  it('has the five curated seeds, each with body text and no boilerplate', () => {
    expect(articles.map((a) => a.seed).sort()).toEqual([
      '000_10893fed5bf555e6',
      '001_598eb034a4bfeef7',
      '002_c0c8923120210115',
      '003_897bff44505dbb7c',
      '004_5983cea0e2c42b85',
    ]);
    const body = articles.flatMap((a) => a.paragraphs).join('\n');
    for (const boilerplate of [
      'Creative Commons license',
      'Republish our articles',
      'Fall Drive',
      'By posting comments',
      'Connect to share and comment',
      'Gavel courts justice hero',
      'This story is from the Fronteras Desk',
      'land and territories of Indigenous peoples',
      'master’s degree in journalism',
    ]) {
      expect(body, boilerplate).not.toContain(boilerplate);
    }
  });

  it('resolves every citation to the exact words of one paragraph of its article', () => {
    expect(allCitations.length).toBeGreaterThan(50);
    for (const [where, citation] of allCitations) {
      const article = getArticle(citation.articleId);
      expect(article, where).toBeDefined();
      expect(
        article?.paragraphs.some((p) => p.includes(citation.excerpt)),
        `${where}: "${citation.excerpt}"`,
      ).toBe(true);
    }
  });

  it('locates every mention at offsets that spell a name or alias of the entity', () => {
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const entity of [...people, ...organizations, ...places]) {
      expect(entity.mentions.length, entity.id).toBeGreaterThan(0);
      const names = [entity.name, ...entity.aliases].map(fold);
      for (const mention of entity.mentions.filter((m) => m.field === 'paragraph')) {
        const text = getArticle(mention.articleId)?.paragraphs[mention.index] ?? '';
        expect(names, entity.id).toContain(fold(text.slice(mention.start, mention.end)));
      }
    }
  });

  it('keeps Jose Alarcon as one person across two outlets, with both reported ages cited', () => {
    const alarcon = getPerson('jose-alarcon');
    expect(new Set(alarcon?.mentions.map((m) => m.articleId))).toEqual(
      new Set([
        'texas-observer-juarez-officer-denied-asylum',
        'globalpost-mexican-cop-in-search-of-sanctuary',
      ]),
    );
    const ages = alarcon?.statements.filter((s) => s.attribute === 'age');
    expect(ages?.map((s) => [s.value, s.citation.articleId]).sort()).toEqual([
      ['26', 'globalpost-mexican-cop-in-search-of-sanctuary'],
      ['27', 'texas-observer-juarez-officer-denied-asylum'],
    ]);
  });

  it('never invents a URL or a date: unknown stays null with an "unknown" basis, inferred says so', () => {
    for (const article of articles) {
      expect(article.url).toBeNull(); // no saved page states its canonical URL
      const { value, basis, precision } = article.published;
      if (value === null) {
        expect(basis, article.id).toMatch(/^unknown/);
        expect(precision).toBeNull();
      } else expect(basis, article.id).toMatch(/^(stated on the page|inferred from text)/);
    }
    expect(getArticle('fronteras-desk-court-denies-sonora-officer-asylum-appeal')?.published.value).toBe(
      '2019-03-22',
    );
  });

  it('marks editorial titles, the truncated page and every summary as editorial', () => {
    const editorial = articles.filter((a) => a.titleSource === 'editorial').map((a) => a.seed);
    expect(editorial.sort()).toEqual(['000_10893fed5bf555e6', '001_598eb034a4bfeef7']);
    expect(articles.filter((a) => a.truncated).map((a) => a.seed)).toEqual(['003_897bff44505dbb7c']);
    expect(articles.every((a) => a.summary.editorial)).toBe(true);
  });

  it('covers the reported statistics with the numbers the articles give', () => {
    const values = figures.map((f) => f.value);
    for (const n of [71, 3000, 900, 11000, 45000, 85, 6347, 170, 3500])
      expect(values, String(n)).toContain(n);
  });

  it('derives each case outcome from its latest decided event', () => {
    for (const c of cases) {
      const decided = c.events.filter((e) => e.outcome !== null);
      expect(c.outcome, c.id).toBe(decided.at(-1)?.outcome ?? null);
      expect(c.articleIds.length, c.id).toBeGreaterThan(0);
    }
    const duran = cases.find((c) => c.claimant === 'jose-jesus-duran-rodriguez');
    expect(duran?.outcome).toBe('denied');
    expect(duran?.forum).toBe('court-of-appeals');
  });

  it('resolves references between records', () => {
    for (const article of articles) {
      expect(getOrganization(article.outlet), article.id).toBeDefined();
      for (const author of article.authors) expect(getPerson(author), author).toBeDefined();
    }
    for (const place of places) if (place.within) expect(getPlace(place.within), place.id).toBeDefined();
    for (const c of cases) {
      if (c.claimant) expect(getPerson(c.claimant), c.id).toBeDefined();
      else expect(c.claimantDescription, c.id).not.toBeNull();
    }
  });

  it('returns undefined for unknown ids and exposes frozen data', () => {
    expect(getArticle('no-such-article')).toBeUndefined();
    expect(getCase('')).toBeUndefined();
    expect(Object.isFrozen(articles)).toBe(true);
    expect(Object.isFrozen(articles[0]?.paragraphs)).toBe(true);
  });
});
