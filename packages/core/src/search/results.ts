import type { Token } from './analysis/tokenize';
import { type Corpus, paragraphIndexOf, passageText } from './corpus';
import { countFacets, type FacetModel } from './facets';
import { phraseRanges } from './phrases';
import type { QueryPlan } from './plan';
import type { NormalizedRequest } from './request';
import { makeSnippet } from './snippet';
import type { SearchHit, SearchResult } from './types';

/** Highest score first; equal scores in reading order (article, then paragraph). */
export function byScore(scoreOf: (passage: number) => number) {
  return (a: number, b: number) => scoreOf(b) - scoreOf(a) || a - b;
}

/** The first k items in `compare` order, without sorting everything (k is small, the input may be huge). */
export function topK(
  items: readonly number[],
  k: number,
  compare: (a: number, b: number) => number,
): number[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return [...items].sort(compare).slice(0, k);
  const kept: number[] = [];
  for (const item of items) {
    if (kept.length < k) {
      kept.push(item);
      if (kept.length === k) kept.sort(compare);
      continue;
    }
    const last = kept[k - 1];
    if (last === undefined || compare(item, last) >= 0) continue;
    let low = 0;
    let high = k - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const pivot = kept[middle];
      if (pivot !== undefined && compare(item, pivot) < 0) high = middle;
      else low = middle + 1;
    }
    kept.splice(low, 0, item);
    kept.pop();
  }
  return kept.sort(compare);
}

export type RankContext = {
  corpus: Corpus;
  facets: FacetModel;
  plan: QueryPlan;
  tokensOf: (passage: number) => readonly Token[];
};

/** Pages the ranked passages (or their articles' best passages) and counts facets over all of them. */
export function rankResult(
  context: RankContext,
  request: NormalizedRequest,
  passages: readonly number[],
  scoreOf: (passage: number) => number,
): SearchResult {
  const { corpus } = context;
  const compare = byScore(scoreOf);
  // Per article: how many hits it has, and (grouping by article) its best passage.
  const perArticle = new Int32Array(corpus.articles.length);
  const best = new Int32Array(corpus.articles.length).fill(-1);
  const articles: number[] = [];
  for (const passage of passages) {
    const article = corpus.passageArticle[passage] ?? 0;
    if (perArticle[article] === 0) articles.push(article);
    perArticle[article] = (perArticle[article] ?? 0) + 1;
    const current = best[article] ?? -1;
    if (current < 0 || compare(passage, current) < 0) best[article] = passage;
  }
  let units: readonly number[] = passages;
  if (request.groupBy === 'article') {
    units = articles.map((article) => best[article] ?? 0);
    for (const article of articles) perArticle[article] = 1;
  }
  const page = topK(units, request.offset + request.limit, compare).slice(request.offset);
  return {
    hits: page.map((passage) => toHit(context, passage, scoreOf(passage))),
    total: units.length,
    facets: countFacets(context.facets, perArticle, articles),
  };
}

/** A hit with its snippet: every matched word, phrase and named entity highlighted. */
function toHit(context: RankContext, passage: number, score: number): SearchHit {
  const { corpus, plan } = context;
  const text = passageText(corpus, passage);
  const tokens = context.tokensOf(passage);
  const terms = new Set<string>();
  for (const concept of [...plan.concepts, ...plan.phraseConcepts]) {
    for (const alternative of concept.alternatives) terms.add(alternative.term);
  }
  const ranges: Array<readonly [number, number]> = [];
  for (const token of tokens)
    if (token.term !== null && terms.has(token.term)) ranges.push([token.start, token.end]);
  for (const phrase of plan.phrases) ranges.push(...phraseRanges(tokens, phrase));
  for (const { match } of plan.entities) ranges.push(...(match.entity.spans.get(passage) ?? []));
  const { snippet, highlights } = makeSnippet(text, ranges);
  return {
    articleId: corpus.articles[corpus.passageArticle[passage] ?? 0]?.id ?? '',
    paragraphIndex: paragraphIndexOf(corpus, passage),
    text,
    snippet,
    highlights,
    score: Math.round(score * 1e4) / 1e4,
  };
}
