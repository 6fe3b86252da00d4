import type { Token } from './analysis/tokenize';
import { type Corpus, paragraphIndexOf, passageText } from './corpus';
import { countFacets, type FacetModel } from './facets';
import { phraseRanges } from './phrases';
import type { QueryPlan } from './plan';
import type { NormalizedRequest } from './request';
import { makeSnippet } from './snippet';
import type { SearchHit, SearchResult } from './types';

/** Highest score first; equal scores in reading order (article, then paragraph). */
export function byScore(scores: Float64Array) {
  return (a: number, b: number) => (scores[b] as number) - (scores[a] as number) || a - b;
}

/**
 * The first k passages by score, without sorting them all: k is at most a few hundred, the candidates may be
 * tens of thousands, and most of them fall below the k-th best at a glance.
 */
export function topK(items: ArrayLike<number>, k: number, scores: Float64Array): number[] {
  const compare = byScore(scores);
  if (k <= 0) return [];
  if (items.length <= k * 4) return Array.from(items).sort(compare).slice(0, k);
  const kept = Array.prototype.slice.call(items, 0, k).sort(compare);
  let last = kept[k - 1] as number;
  let lastScore = scores[last] as number;
  for (let at = k; at < items.length; at++) {
    const item = items[at] as number;
    const score = scores[item] as number;
    if (score < lastScore || (score === lastScore && item > last)) continue;
    let low = 0;
    let high = k - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(item, kept[middle] as number) < 0) high = middle;
      else low = middle + 1;
    }
    kept.splice(low, 0, item);
    kept.pop();
    last = kept[k - 1] as number;
    lastScore = scores[last] as number;
  }
  return kept;
}

export type RankContext = {
  corpus: Corpus;
  facets: FacetModel;
  plan: QueryPlan;
  /** The query's matched terms, most telling first (numbers, then the rarest): the snippet must show one. */
  anchorTerms: readonly string[];
  tokensOf: (passage: number) => readonly Token[];
};

/** Pages the ranked passages (or their articles' best passages) and counts facets over all of them. */
export function rankResult(
  context: RankContext,
  request: NormalizedRequest,
  passages: ArrayLike<number>,
  scores: Float64Array,
): Omit<SearchResult, 'answers'> {
  const { corpus } = context;
  const grouping = request.groupBy === 'article';
  const compare = byScore(scores);
  // Per article: how many hits it has, and (grouping by article) its best passage.
  const perArticle = new Int32Array(corpus.articles.length);
  const best = grouping ? new Int32Array(corpus.articles.length).fill(-1) : null;
  const articles: number[] = [];
  const { passageArticle } = corpus;
  for (let at = 0; at < passages.length; at++) {
    const passage = passages[at] as number;
    const article = passageArticle[passage] as number;
    if (perArticle[article] === 0) articles.push(article);
    (perArticle[article] as number)++;
    if (best) {
      const current = best[article] as number;
      if (current < 0 || compare(passage, current) < 0) best[article] = passage;
    }
  }
  let units: ArrayLike<number> = passages;
  if (best) {
    units = articles.map((article) => best[article] as number);
    for (const article of articles) perArticle[article] = 1;
  }
  const page = topK(units, request.offset + request.limit, scores).slice(request.offset);
  const terms = new Set<string>();
  for (const concept of [...context.plan.concepts, ...context.plan.phraseConcepts]) {
    for (const alternative of concept.alternatives) terms.add(alternative.term);
  }
  return {
    hits: page.map((passage) => toHit(context, terms, passage, scores[passage] as number)),
    totalHits: units.length,
    totalPassages: passages.length,
    totalArticles: articles.length,
    facets: countFacets(context.facets, perArticle, articles, {
      passages,
      passageArticle: corpus.passageArticle,
      byArticle: grouping,
    }),
  };
}

/** A hit with its snippet: every matched word (`terms`: the query's), phrase and named entity highlighted. */
function toHit(context: RankContext, terms: ReadonlySet<string>, passage: number, score: number): SearchHit {
  const { corpus, plan } = context;
  const text = passageText(corpus, passage);
  const tokens = context.tokensOf(passage);
  const ranges: Array<readonly [number, number]> = [];
  let anchor: readonly [number, number] | undefined;
  let anchorRank = context.anchorTerms.length;
  for (const token of tokens) {
    if (token.term === null || !terms.has(token.term)) continue;
    ranges.push([token.start, token.end]);
    const rank = context.anchorTerms.indexOf(token.term);
    if (rank >= 0 && rank < anchorRank) {
      anchorRank = rank;
      anchor = [token.start, token.end];
    }
  }
  for (const phrase of plan.phrases) ranges.push(...phraseRanges(tokens, phrase));
  for (const { match } of plan.entities) ranges.push(...match.entity.spansIn(passage));
  const { snippet, highlights } = makeSnippet(text, ranges, anchor);
  return {
    articleId: corpus.articles[corpus.passageArticle[passage] ?? 0]?.id ?? '',
    paragraphIndex: paragraphIndexOf(corpus, passage),
    text,
    snippet,
    highlights,
    score: Math.round(score * 1e4) / 1e4,
  };
}
