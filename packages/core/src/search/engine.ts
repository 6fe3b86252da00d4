import type { ArchiveInput } from '../schema/types';
import { type Token, tokenize } from './analysis/tokenize';
import { type Corpus, createCorpus, paragraphIndexOf, passageText } from './corpus';
import { createEntityCatalog, type EntityCatalog } from './entities';
import { countFacets, createFacetModel, emptyFacets, type FacetModel } from './facets';
import { resolveFilters } from './filters';
import { createFuzzyIndex, type FuzzyIndex } from './fuzzy';
import { createSynonymTable } from './lexicon';
import { phraseRanges } from './phrases';
import { type Concept, type PlanContext, planQuery, type QueryPlan } from './plan';
import { hasFilters, type NormalizedRequest, normalizeRequest } from './request';
import { makeSnippet } from './snippet';
import { createSuggestIndex, type SuggestIndex, suggestFrom } from './suggest';
import {
  buildTextIndex,
  documentFrequency,
  exportTextIndex,
  type FieldName,
  importTextIndex,
  postingsOf,
  RESOLUTION,
  type TextIndex,
  type TextIndexSnapshot,
} from './text-index';
import type { Archive, SearchHit, SearchResult } from './types';

/*
 * Scoring. Each free word is a concept; a passage's score is the sum over the concepts it matches of
 * BM25 (term frequency taken as 1: flexsearch stores first occurrences only) times the weight of the
 * alternative that matched (the word itself, a synonym, a corrected typo), nudged up when the word comes
 * early in the passage. The article's title and summary add a share of their own match, passages that
 * name an entity the query names count as matching those words and weigh more, and the total is scaled by
 * the share of the query's information (IDF) the passage covers.
 */
const K1 = 1.2;
const B = 0.5;
const TITLE_WEIGHT = 0.6;
const SUMMARY_WEIGHT = 0.3;
const EARLY_BONUS = 0.1;
const ENTITY_WEIGHT = 1.5;

export type Engine = Archive & {
  /** The text index as JSON, for a build step to write out and `loadEngine` to read back. */
  exportIndex(): TextIndexSnapshot;
};

type Parts = {
  corpus: Corpus;
  text: TextIndex;
  catalog: EntityCatalog;
  facets: FacetModel;
  context: PlanContext;
  suggestIndex: () => SuggestIndex;
};

/** Scratch space reused by every search of one engine (searches are synchronous, so never shared). */
type Scratch = {
  score: Float64Array;
  coverage: Float64Array;
  best: Float64Array;
  stamp: Uint32Array;
  excluded: Uint32Array;
  articleBoost: Float64Array;
  generation: number;
};

function idf(documents: number, df: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

function assemble(data: ArchiveInput, corpus: Corpus, text: TextIndex): Parts {
  const catalog = createEntityCatalog(data, corpus);
  const facets = createFacetModel(data, corpus, catalog);
  const synonyms = createSynonymTable(data.lexicon);
  let fuzzy: FuzzyIndex | undefined;
  let suggestIndex: SuggestIndex | undefined;
  const context: PlanContext = {
    knows: (term) => text.surfaces.has(term),
    surfaceOf: (term) => text.surfaces.get(term) ?? term,
    synonyms,
    // Built on first need: most queries have no typo, and import must stay cheap.
    fuzzy: () => {
      fuzzy ??= createFuzzyIndex(text.vocabulary);
      return fuzzy;
    },
    catalog,
  };
  return {
    corpus,
    text,
    catalog,
    facets,
    context,
    suggestIndex: () => {
      suggestIndex ??= createSuggestIndex(data, corpus, catalog);
      return suggestIndex;
    },
  };
}

export function createEngine(data: ArchiveInput): Engine {
  const corpus = createCorpus(data);
  return engineFrom(assemble(data, corpus, buildTextIndex(corpus)));
}

/** The engine over `data`, its text index read from a snapshot (rebuilt only if the snapshot does not fit). */
export function loadEngine(data: ArchiveInput, snapshot: TextIndexSnapshot): Engine {
  const corpus = createCorpus(data);
  const text = importTextIndex(snapshot, corpus) ?? buildTextIndex(corpus);
  return engineFrom(assemble(data, corpus, text));
}

function engineFrom(parts: Parts): Engine {
  const { corpus } = parts;
  const scratch: Scratch = {
    score: new Float64Array(corpus.passageCount),
    coverage: new Float64Array(corpus.passageCount),
    best: new Float64Array(corpus.passageCount),
    stamp: new Uint32Array(corpus.passageCount),
    excluded: new Uint32Array(corpus.passageCount),
    articleBoost: new Float64Array(corpus.articles.length),
    generation: 0,
  };
  return {
    search: (query, options) => runSearch(parts, scratch, normalizeRequest(query, options)),
    suggest: (prefix, options) => suggestFrom(parts.suggestIndex(), prefix, options),
    exportIndex: () => exportTextIndex(parts.text, corpus),
  };
}

function emptyResult(reason: string, suggestions: readonly string[] = []): SearchResult {
  return {
    hits: [],
    total: 0,
    facets: emptyFacets(),
    reason,
    ...(suggestions.length > 0 ? { suggestions: [...suggestions] } : {}),
  };
}

const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;

/** Calls `visit(document, slot)` for every posting of a term in a field. */
function forEachPosting(
  parts: Parts,
  field: FieldName,
  term: string,
  visit: (document: number, slot: number) => void,
): number {
  const postings = postingsOf(parts.text, field, term);
  postings.forEach((documents, slot) => {
    if (documents) for (const document of documents) visit(document, slot);
  });
  return documentFrequency(postings);
}

function runSearch(parts: Parts, scratch: Scratch, request: NormalizedRequest): SearchResult {
  const { corpus } = parts;
  const filtered = hasFilters(request.filters);
  const filters = resolveFilters(parts.facets, corpus, request.filters);
  if (!filters.ok) return emptyResult(filters.reason);

  const plan = planQuery(parts.context, request);
  const hasText = plan.concepts.length > 0;
  if (!hasText && plan.phrases.length === 0 && !filtered && request.exclude.length === 0) {
    return emptyResult(
      plan.onlyStopWords
        ? `only common words in ${quote(request.text.trim())}: add a more specific word`
        : 'empty query: type a word, a name or a number to search for',
    );
  }
  if (
    hasText &&
    plan.concepts.every((concept) => concept.alternatives.length === 0) &&
    plan.phrases.length === 0
  ) {
    return emptyResult(`no passage contains ${plan.unmatched.map(quote).join(' or ')}`, plan.suggestions);
  }

  scratch.generation = (scratch.generation + 1) >>> 0 || 1;
  const generation = scratch.generation;
  const tokenCache = new Map<number, Token[]>();
  const tokensOf = (passage: number) => {
    const cached = tokenCache.get(passage);
    if (cached) return cached;
    const tokens = tokenize(passageText(corpus, passage));
    tokenCache.set(passage, tokens);
    return tokens;
  };

  // Exclusions first, so that excluded passages are never scored.
  for (const term of plan.excludeTerms) {
    forEachPosting(parts, 'body', term, (passage) => {
      scratch.excluded[passage] = generation;
    });
  }

  const touched: number[] = [];
  const touchedArticles: number[] = [];
  let totalCoverage = 0;
  const scoreConcepts = (
    concepts: readonly Concept[],
    candidatesFromText: boolean,
    entityConcepts: Map<number, number[]>,
  ) => {
    concepts.forEach((concept, index) => {
      const changed: number[] = [];
      const articleShare = new Map<number, number>();
      let conceptIdf = 0;
      for (const { term, weight } of concept.alternatives) {
        const df = documentFrequency(postingsOf(parts.text, 'body', term));
        const termIdf = idf(corpus.passageCount, df);
        conceptIdf = Math.max(conceptIdf, termIdf);
        forEachPosting(parts, 'body', term, (passage, slot) => {
          if (scratch.excluded[passage] === generation) return;
          const length = parts.text.passageLength[passage] ?? 0;
          const norm = (K1 + 1) / (1 + K1 * (1 - B + (B * length) / (parts.text.averagePassageLength || 1)));
          const early = 1 + EARLY_BONUS * (1 - slot / (RESOLUTION - 1));
          const value = weight * termIdf * norm * early;
          if (scratch.best[passage] === 0) changed.push(passage);
          if (value > (scratch.best[passage] ?? 0)) scratch.best[passage] = value;
        });
        // Title and summary matches lift every passage of the article.
        for (const [field, share] of [
          ['title', TITLE_WEIGHT],
          ['summary', SUMMARY_WEIGHT],
        ] as const) {
          const articleDf = documentFrequency(postingsOf(parts.text, field, term));
          const articleIdf = idf(corpus.articles.length, articleDf);
          forEachPosting(parts, field, term, (article) => {
            const value = share * weight * articleIdf;
            const key = field === 'title' ? article : -1 - article;
            if (value > (articleShare.get(key) ?? 0)) articleShare.set(key, value);
          });
        }
      }
      // One concept lifts an article once per field, by its best alternative there.
      for (const [key, value] of articleShare) {
        const article = key >= 0 ? key : -1 - key;
        if (scratch.articleBoost[article] === 0) touchedArticles.push(article);
        scratch.articleBoost[article] = (scratch.articleBoost[article] ?? 0) + value;
      }
      // Passages that name an entity the query names count as matching its words, and weigh more.
      for (const passage of entityConcepts.get(index) ?? []) {
        if (scratch.excluded[passage] === generation) continue;
        if (scratch.best[passage] === 0) changed.push(passage);
        scratch.best[passage] = Math.max(scratch.best[passage] ?? 0, conceptIdf) * ENTITY_WEIGHT;
      }
      if (candidatesFromText) totalCoverage += conceptIdf;
      for (const passage of changed) {
        if (scratch.stamp[passage] !== generation) {
          scratch.stamp[passage] = generation;
          scratch.score[passage] = 0;
          scratch.coverage[passage] = 0;
          touched.push(passage);
        }
        scratch.score[passage] = (scratch.score[passage] ?? 0) + (scratch.best[passage] ?? 0);
        if (candidatesFromText) scratch.coverage[passage] = (scratch.coverage[passage] ?? 0) + conceptIdf;
        scratch.best[passage] = 0;
      }
    });
  };

  const entityConcepts = new Map<number, number[]>();
  const addNamed = (concept: number, passages: readonly number[]) => {
    const list = entityConcepts.get(concept) ?? [];
    entityConcepts.set(concept, [...list, ...passages]);
  };
  for (const { match, concepts } of plan.entities)
    for (const concept of concepts) addNamed(concept, match.entity.passages);
  for (const { figure, concept } of plan.figures) addNamed(concept, figure.passages);

  scoreConcepts(plan.concepts, true, entityConcepts);
  const textTouched = touched.length;
  scoreConcepts(plan.phraseConcepts, false, new Map());

  // The candidates: passages that match a free word, else (phrases, filters or exclusions alone) all passages.
  let candidates: number[];
  if (hasText) candidates = touched.slice(0, textTouched);
  else if (plan.phrases.length > 0) candidates = phraseCandidates(parts, plan, scratch, generation);
  else candidates = Array.from({ length: corpus.passageCount }, (_, passage) => passage);

  const kept: number[] = [];
  const finalScore = new Map<number, number>();
  for (const passage of candidates) {
    if (scratch.excluded[passage] === generation) continue;
    const article = corpus.passageArticle[passage] ?? 0;
    if (filters.allowed && !filters.allowed[article]) continue;
    if (plan.phrases.length > 0 || plan.excludePhrases.length > 0) {
      const tokens = tokensOf(passage);
      if (!plan.phrases.every((phrase) => phraseRanges(tokens, phrase).length > 0)) continue;
      if (plan.excludePhrases.some((phrase) => phraseRanges(tokens, phrase).length > 0)) continue;
    }
    const fresh = scratch.stamp[passage] === generation;
    const base = fresh ? (scratch.score[passage] ?? 0) : 0;
    const coverage = fresh && totalCoverage > 0 ? (scratch.coverage[passage] ?? 0) / totalCoverage : 1;
    finalScore.set(passage, (base + (scratch.articleBoost[article] ?? 0)) * coverage);
    kept.push(passage);
  }
  for (const article of touchedArticles) scratch.articleBoost[article] = 0;

  const result = rank(parts, request, kept, finalScore, plan, tokensOf);
  if (result.total === 0) {
    const parts_: string[] = [];
    if (plan.unmatched.length > 0)
      parts_.push(`no passage contains ${plan.unmatched.map(quote).join(' or ')}`);
    const described = [request.text.trim(), ...plan.phrases.map((phrase) => `"${phrase.text}"`)]
      .filter(Boolean)
      .join(' ');
    parts_.push(
      `nothing matches ${described ? quote(described) : 'the query'}${filtered ? ' with these filters' : ''}` +
        (request.exclude.length > 0 ? ' and exclusions' : ''),
    );
    return emptyResult(parts_.join('; '), plan.suggestions);
  }
  return plan.suggestions.length > 0 ? { ...result, suggestions: plan.suggestions } : result;
}

/** Passages that contain every phrase: drawn from the postings of each phrase's rarest word. */
function phraseCandidates(parts: Parts, plan: QueryPlan, scratch: Scratch, generation: number): number[] {
  const sets: number[][] = [];
  for (const phrase of plan.phrases) {
    const terms = tokenize(phrase.text)
      .map((token) => token.term)
      .filter((term): term is string => term !== null);
    if (terms.length === 0) continue;
    let rarest: number[] | null = null;
    for (const term of terms) {
      const passages: number[] = [];
      forEachPosting(parts, 'body', term, (passage) => passages.push(passage));
      if (rarest === null || passages.length < rarest.length) rarest = passages;
    }
    sets.push(rarest ?? []);
  }
  if (sets.length === 0) {
    // Phrases of common words only ("in the"): every passage is checked.
    return Array.from({ length: parts.corpus.passageCount }, (_, passage) => passage).filter(
      (passage) => scratch.excluded[passage] !== generation,
    );
  }
  sets.sort((a, b) => a.length - b.length);
  const [first = [], ...rest] = sets;
  const others = rest.map((set) => new Set(set));
  return first.filter((passage) => others.every((set) => set.has(passage)));
}

/** Highest score first; equal scores in reading order (article, then paragraph). */
function compareHits(scores: ReadonlyMap<number, number>) {
  return (a: number, b: number) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a - b;
}

function rank(
  parts: Parts,
  request: NormalizedRequest,
  passages: number[],
  scores: Map<number, number>,
  plan: QueryPlan,
  tokensOf: (passage: number) => Token[],
): SearchResult {
  const { corpus } = parts;
  const perArticle = new Map<number, number>();
  let units: number[];
  if (request.groupBy === 'article') {
    const bestOf = new Map<number, number>();
    for (const passage of passages) {
      const article = corpus.passageArticle[passage] ?? 0;
      const current = bestOf.get(article);
      if (current === undefined || compareHits(scores)(passage, current) < 0) bestOf.set(article, passage);
    }
    units = [...bestOf.values()];
    for (const article of bestOf.keys()) perArticle.set(article, 1);
  } else {
    units = passages;
    for (const passage of passages) {
      const article = corpus.passageArticle[passage] ?? 0;
      perArticle.set(article, (perArticle.get(article) ?? 0) + 1);
    }
  }
  const page = topK(units, request.offset + request.limit, compareHits(scores)).slice(request.offset);
  return {
    hits: page.map((passage) => toHit(parts, passage, scores.get(passage) ?? 0, plan, tokensOf)),
    total: units.length,
    facets: countFacets(parts.facets, perArticle),
  };
}

/** The first k items in `compare` order, without sorting everything (k is small, the input may be huge). */
function topK(items: readonly number[], k: number, compare: (a: number, b: number) => number): number[] {
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
    // Insert in order (binary search); k ≤ MAX_OFFSET + MAX_LIMIT keeps this cheap.
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

function toHit(
  parts: Parts,
  passage: number,
  score: number,
  plan: QueryPlan,
  tokensOf: (passage: number) => Token[],
): SearchHit {
  const { corpus } = parts;
  const text = passageText(corpus, passage);
  const tokens = tokensOf(passage);
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
  const article = corpus.articles[corpus.passageArticle[passage] ?? 0];
  return {
    articleId: article?.id ?? '',
    paragraphIndex: paragraphIndexOf(corpus, passage),
    text,
    snippet,
    highlights,
    score: Math.round(score * 1e4) / 1e4,
  };
}
