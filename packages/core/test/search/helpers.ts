import { expect } from 'vitest';
import { customArticle } from '../../../../tooling/testing/custom-archive.ts';
import { locateMentions } from '../../src/compiler/locate-mentions';
import { type SearchHit, type SearchResult, shippedDataset } from '../../src/index';
import type { ArchiveInput, Case } from '../../src/schema/types';
import { fold } from '../../src/search/analysis/fold';
import { createEngine } from '../../src/search/engine';

/** The highlighted words of a hit, as the reader sees them. */
export const highlighted = (hit: SearchHit) =>
  hit.highlights.map(([start, end]) => hit.snippet.slice(start, end));

export const foldedText = (hit: SearchHit) => fold(hit.text);

export const passageKeys = (result: SearchResult) =>
  result.hits.map((hit) => `${hit.articleId}#${hit.paragraphIndex}`);

/** Every hit of a result, however many there are (pages of 100). */
export function allHits(run: (offset: number) => SearchResult): SearchHit[] {
  const hits: SearchHit[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = run(offset);
    hits.push(...page.hits);
    if (page.hits.length < 100) return hits;
  }
}

/**
 * An engine over made-up stories (article id → paragraphs) and the people and places they name, their mentions
 * located by the data compiler's own `locateMentions`, as the shipped data's are, and the shipped lexicon (Spanish
 * words find English ones); `cases` as the schema has them.
 */
export function engineWithPeople(
  stories: Readonly<Record<string, string[]>>,
  people: ReadonlyArray<{
    id: string;
    name: string;
    aliases?: readonly string[];
    role: 'officer' | 'attorney';
    description?: string;
  }>,
  cases: ArchiveInput['cases'] = [],
  places: ReadonlyArray<{ id: string; name: string; aliases?: readonly string[] }> = [],
) {
  const articles = Object.entries(stories).map(([id, paragraphs]) => customArticle(id, paragraphs));
  const mentions = locateMentions(articles, [
    ...people.map(({ id, name, aliases = [] }) => ({ key: id, names: [name, ...aliases] })),
    ...places.map(({ id, name, aliases = [] }) => ({ key: id, names: [name, ...aliases] })),
  ]);
  return createEngine({
    articles,
    people: people.map(({ id, name, aliases = [], role, description = `A ${role}.` }) => ({
      id,
      name,
      aliases: [...aliases],
      roles: [role],
      description,
      statements: [],
      mentions: mentions.get(id) ?? [],
    })),
    cases,
    places: places.map(({ id, name, aliases = [] }) => ({
      id,
      name,
      aliases: [...aliases],
      kind: 'city' as const,
      country: null,
      within: null,
      coordinates: null,
      mentions: mentions.get(id) ?? [],
    })),
    lexicon: shippedDataset.lexicon,
  });
}

/** The hits of `query` over `paragraphs`, each the one paragraph of its own article. */
export function rankedAlone(paragraphs: readonly string[], query: string) {
  const engine = createEngine({
    articles: paragraphs.map((paragraph, at) => customArticle(`a${at}`, [paragraph])),
  });
  return engine.search(query).hits;
}

/**
 * In each case the two passages share the query's other words alike, and only `says` says what the query says (a
 * quantity word, a number): it must rank first, in either order, and score above the other.
 */
export function expectSaysFirst(cases: ReadonlyArray<{ query: string; says: string; other: string }>): void {
  for (const { query, says, other } of cases) {
    for (const paragraphs of [
      [says, other],
      [other, says],
    ]) {
      const hits = rankedAlone(paragraphs, query);
      expect(hits[0]?.text, query).toBe(says);
      expect(hits[0]?.score ?? 0, query).toBeGreaterThan(hits[1]?.score ?? 0);
    }
  }
}

/**
 * A question that asks for something beyond its words (an outcome, a time, a reason): in each case the two
 * passages share exactly the same index terms with the query and have as many words, and only `answers` says
 * what is asked. It must rank first, in either order, and only when asked: without the question's words
 * (`plain`) the two passages score alike.
 */
export function expectAskedFirst(
  cases: ReadonlyArray<{ asks: string; plain: string; answers: string; other: string }>,
): void {
  for (const { asks, plain, answers, other } of cases) {
    for (const paragraphs of [
      [answers, other],
      [other, answers],
    ]) {
      const hits = rankedAlone(paragraphs, asks);
      expect(hits, asks).toHaveLength(2);
      expect(hits[0]?.text, asks).toBe(answers);
      expect(hits[0]?.score ?? 0, asks).toBeGreaterThan(hits[1]?.score ?? 0);
      const [first, second] = rankedAlone(paragraphs, plain);
      expect(first?.score, plain).toBeCloseTo(second?.score ?? 0, 6);
    }
  }
}

/**
 * Maria Lopez's detention, defended by Pedro Sanz: the one case two rule tests build (the answers that follow a
 * relation, and a role asked of a person who does not hold it), cited from `articleId` by `excerpt`.
 */
export const lopezDetention = (articleId: string, excerpt: string): Case => ({
  id: 'lopez-detention',
  title: "Maria Lopez's detention",
  claimant: 'maria-lopez',
  claimantDescription: null,
  refugeCountry: 'US',
  forum: 'immigration-court',
  forumDetail: null,
  attorneys: ['pedro-sanz'],
  articleIds: [articleId],
  events: [
    {
      date: { value: null, precision: null, basis: 'not stated' },
      description: 'Lopez is detained.',
      outcome: null,
      citation: { articleId, excerpt },
    },
  ],
  outcome: null,
});
