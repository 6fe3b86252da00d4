import {
  type Citation,
  cases,
  figures,
  getArticle,
  people,
  quotes,
  type SearchHit,
  search,
} from '@asylum-archive/core';
import { describe, expect, it } from 'vitest';
import { parseQuery, QuerySyntaxError, query, toQueryPlan } from '../src/index';

describe('toQueryPlan', () => {
  it('maps every construct onto core’s SearchRequest', () => {
    const plan = toQueryPlan(
      parseQuery(
        'alarcon juarez "ninth circuit" -canada -"el paso" outlet:globalpost outlet:"texas observer" author:becker ' +
          'person:alarcon place:dallas country:MX topic:asylum outcome:denied outcome:appealed year:2009..2011 ' +
          'after:2009-06 before:2019-03-22',
      ),
    );
    expect(plan).toEqual({
      request: {
        text: 'alarcon juarez',
        phrases: ['ninth circuit'],
        exclude: ['canada', 'el paso'],
        filters: {
          outlet: ['globalpost', 'texas observer'],
          author: ['becker'],
          person: ['alarcon'],
          place: ['dallas'],
          country: ['MX'],
          topic: ['asylum'],
          outcome: ['denied', 'appealed'],
          yearFrom: 2009,
          yearTo: 2011,
          after: '2009-06',
          before: '2019-03-22',
        },
      },
    });
  });

  it('maps a single year to a one-year range and carries type: beside the request', () => {
    expect(toQueryPlan(parseQuery('year:2019 type:quote'))).toEqual({
      request: { filters: { yearFrom: 2019, yearTo: 2019 } },
      resultType: 'quote',
    });
  });

  it('leaves out every part the query does not have', () => {
    expect(toQueryPlan(parseQuery('  '))).toEqual({ request: {} });
  });
});

const key = (hit: SearchHit) => `${hit.articleId}#${hit.paragraphIndex}`;
const paragraphOf = (hit: SearchHit) => getArticle(hit.articleId)?.paragraphs[hit.paragraphIndex] ?? '';
const cites = (citations: Citation[], hit: SearchHit) =>
  citations.some((c) => c.articleId === hit.articleId && paragraphOf(hit).includes(c.excerpt));

describe('query on the shipped archive', () => {
  it('gives exactly what core’s search gives for the parsed request', () => {
    const line = 'alarcon -canada outcome:denied';
    expect(query(line, { limit: 5 })).toEqual(
      search({ text: 'alarcon', exclude: ['canada'], filters: { outcome: ['denied'] } }, { limit: 5 }),
    );
  });

  it('accepts an already parsed tree', () => {
    expect(query(parseQuery('juarez police'))).toEqual(query('juarez police'));
  });

  it('throws a QuerySyntaxError for a line it cannot read', () => {
    expect(() => query('outcome:maybe')).toThrow(QuerySyntaxError);
  });

  it('returns one hit per article for type:article', () => {
    const result = query('type:article asylum', { limit: 100 });
    const ids = result.hits.map((hit) => hit.articleId);
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(result).toEqual(search({ text: 'asylum' }, { limit: 100, groupBy: 'article' }));
  });

  const holds = {
    quote: (hit: SearchHit) =>
      cites(
        quotes.map((q) => q.citation),
        hit,
      ),
    figure: (hit: SearchHit) =>
      cites(
        figures.map((f) => f.citation),
        hit,
      ),
    case: (hit: SearchHit) =>
      cites(
        cases.flatMap((c) => c.events.map((e) => e.citation)),
        hit,
      ),
    person: (hit: SearchHit) =>
      people.some((p) =>
        p.mentions.some(
          (m) => m.field === 'paragraph' && m.articleId === hit.articleId && m.index === hit.paragraphIndex,
        ),
      ),
  };

  it.each([
    ['quote', 'police'],
    ['figure', 'police'],
    ['case', 'denied'],
    ['person', 'judge'],
  ] as const)(
    'keeps, for type:%s, exactly the matching passages that hold one, in core’s order',
    (type, words) => {
      const all = search({ text: words }, { limit: 100 });
      const expected = all.hits.filter(holds[type]).map(key);
      const result = query(`type:${type} ${words}`, { limit: 100 });
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.totalHits);
      expect(result.hits.map(key)).toEqual(expected);
      expect(result.totalHits).toBe(expected.length);
      // Facets count the passages kept, like total.
      expect(result.facets).toEqual(search({ text: words, filters: { holding: type } }).facets);
    },
  );

  it('pages a type: restriction with limit and offset', () => {
    const all = query('type:figure police', { limit: 100 }).hits.map(key);
    expect(all.length).toBeGreaterThan(3);
    expect(query('type:figure police', { limit: 2, offset: 1 }).hits.map(key)).toEqual(all.slice(1, 3));
  });

  it('groups a type: restriction by article after restricting, so each article shows its best such passage', () => {
    const passages = query('type:figure police', { limit: 100 }).hits;
    const grouped = query('type:figure police', { limit: 100, groupBy: 'article' }).hits;
    const firstPerArticle = passages.filter(
      (hit, i) => passages.findIndex((h) => h.articleId === hit.articleId) === i,
    );
    expect(grouped.map(key)).toEqual(firstPerArticle.map(key));
    expect(grouped.length).toBeLessThan(passages.length);
  });

  it('explains an empty type: restriction when the words did match', () => {
    const words = search({ text: 'asylum' }, { limit: 100 });
    const someWithoutQuote = words.hits.find((hit) => !holds.quote(hit));
    if (!someWithoutQuote) throw new Error('expected a passage about asylum that holds no quote');
    // An exact phrase of that passage narrows the words to passages without a quote.
    const phrase = paragraphOf(someWithoutQuote).split(/\s+/).slice(0, 6).join(' ').replace(/["“”]/g, '');
    const line = `type:quote "${phrase}"`;
    const direct = query(`"${phrase}"`);
    const narrowed = direct.hits.filter(holds.quote);
    if (narrowed.length > 0) throw new Error(`the phrase "${phrase}" also occurs in a quoted passage`);
    const result = query(line);
    expect(result.hits).toEqual([]);
    expect(result.totalHits).toBe(0);
    expect(result.reason).toBe(`none of the ${direct.totalPassages} matching passages holds a quote`);
  });

  it('passes on core’s reason when the words match nothing at all', () => {
    const result = query('type:quote zzqxjvv');
    expect(result.totalHits).toBe(0);
    expect(result.reason).toBe(search({ text: 'zzqxjvv' }).reason);
  });
});
