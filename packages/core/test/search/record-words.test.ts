import { describe, expect, it } from 'vitest';
import { customArticle } from '../../../../tooling/testing/custom-archive.ts';
import { locateMentions } from '../../src/compiler/locate-mentions';
import type { ArchiveInput, Figure, PersonStatement } from '../../src/schema/types';
import { createEngine } from '../../src/search/engine';

/*
 * The curated records say things about the passages they cite in words the passage may not use: a person's
 * statement ("age 27" for "Maria Lopez, 27, …"), what a figure counts. A passage is found by those words too,
 * weighed below the words it says itself.
 */
const MARIA = 'Maria Lopez';

function archive(paragraphs: Record<string, string>, statements: PersonStatement[], figures: Figure[] = []) {
  const articles = Object.entries(paragraphs).map(([id, paragraph]) => customArticle(id, [paragraph]));
  const mentions = locateMentions(articles, [{ key: 'maria-lopez', names: [MARIA] }]);
  const data: ArchiveInput = {
    articles,
    people: [
      {
        id: 'maria-lopez',
        name: MARIA,
        aliases: [],
        roles: ['officer'],
        description: 'An officer.',
        statements,
        mentions: mentions.get('maria-lopez') ?? [],
      },
    ],
    figures,
  };
  return createEngine(data);
}

const statedAge = (articleId: string, excerpt: string): PersonStatement => ({
  attribute: 'age',
  value: '27',
  citation: { articleId, excerpt },
});

describe('the words of the curated records', () => {
  it('find the passage a record cites, in either order', () => {
    const cited = 'Maria Lopez, 27, left the harbour town at night.';
    const other = 'Maria Lopez left the harbour town at night, alone.';
    for (const order of [
      { a: cited, b: other },
      { a: other, b: cited },
    ]) {
      const citedId = order.a === cited ? 'a' : 'b';
      const engine = archive(order, [statedAge(citedId, 'Maria Lopez, 27')]);
      const [first, second] = engine.search('maria lopez age').hits;
      expect(first?.text).toBe(cited);
      expect(first?.score ?? 0).toBeGreaterThan(second?.score ?? 0);
    }
  });

  it('find it by what a figure counts', () => {
    const figure: Figure = {
      id: 'harbour-departures',
      value: 40,
      qualifier: 'approximate',
      unit: 'people',
      counts: 'departures from the harbour town',
      scope: 'harbour town',
      period: null,
      citation: { articleId: 'b', excerpt: 'About 40 left' },
    };
    const engine = archive(
      { a: 'Maria Lopez saw the harbour town empty.', b: 'About 40 left by boat that year.' },
      [],
      [figure],
    );
    expect(engine.search('departures').hits.map((hit) => hit.text)).toEqual([
      'About 40 left by boat that year.',
    ]);
  });

  it('find it by the year and month of the case event it reports', () => {
    const reports = 'Maria Lopez was detained last week at the bridge.';
    const other = 'Maria Lopez was detained once before, at the bridge.';
    const data: ArchiveInput = {
      articles: [customArticle('a', [other]), customArticle('b', [reports])],
      cases: [
        {
          id: 'lopez-detention',
          title: "Maria Lopez's detention",
          claimant: null,
          claimantDescription: 'Maria Lopez',
          refugeCountry: 'US',
          forum: 'immigration-court',
          forumDetail: null,
          attorneys: [],
          articleIds: ['b'],
          events: [
            {
              date: { value: '2010-03', precision: 'month', basis: 'stated on the page' },
              description: 'Lopez is detained.',
              outcome: null,
              citation: { articleId: 'b', excerpt: 'detained last week' },
            },
          ],
          outcome: null,
        },
      ],
    };
    const hits = createEngine(data).search('lopez detained march 2010').hits;
    expect(hits[0]?.text).toBe(reports);
    expect(hits[0]?.score ?? 0).toBeGreaterThan(hits[1]?.score ?? 0);
  });

  it('leave out the names of people and places: a record naming someone is no mention of them', () => {
    const engine = archive(
      { a: 'Maria Lopez fled the harbour town.', b: 'Her lawyer took the case in June.' },
      [
        {
          attribute: 'client',
          value: 'Maria Lopez',
          citation: { articleId: 'b', excerpt: 'Her lawyer took' },
        },
      ],
    );
    expect(engine.search('maria lopez').hits.map((hit) => hit.text)).toEqual([
      'Maria Lopez fled the harbour town.',
    ]);
    expect(engine.search('client').hits.map((hit) => hit.text)).toEqual([
      'Her lawyer took the case in June.',
    ]);
  });

  it('weigh below the same word in the passage itself', () => {
    const saysIt = 'Maria Lopez, age 27, left the harbour town.';
    const givenIt = 'Maria Lopez, 27, left the harbour town.';
    const engine = archive({ a: givenIt, b: saysIt }, [statedAge('a', 'Maria Lopez, 27')]);
    const hits = engine.search('lopez age').hits;
    expect(hits.map((hit) => hit.text)).toEqual([saysIt, givenIt]);
    expect(hits[0]?.score ?? 0).toBeGreaterThan(hits[1]?.score ?? 0);
  });
});
