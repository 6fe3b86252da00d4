import type { Corpus } from './corpus';
import type { Concept, QueryPlan } from './plan';
import {
  documentFrequency,
  type FieldName,
  MAX_COUNTED_REPEATS,
  postingsOf,
  repeatTerm,
  type TextIndex,
} from './text-index';

/*
 * Relevance. Each word of the query is a concept; a passage earns, per concept, BM25 for the best of the
 * concept's alternatives (the word itself, a synonym, a corrected typo) times that alternative's weight.
 * Term frequency comes from the index's repeat postings (see text-index.ts), counted up to three. The article's title and summary lift its passages
 * by a share of their own match; a passage that names an entity or figure the query names weighs more (or,
 * naming it by another of its names, counts as matching the words it lacks, at a discount), the more so in
 * the passage that introduces it; and the total is scaled by the square root of the share of the query's
 * information (IDF) the passage covers, so that a passage matching the rare words beats one matching many
 * common ones.
 *
 * The constants were chosen on eval/queries.yaml (`pnpm eval`): standard BM25 values, synonyms at half the
 * weight of the word typed, and boosts that move a passage a rank or two, never past a better text match.
 */
const K1 = 1.2;
const B = 0.5;
const TITLE_WEIGHT = 0.6;
const SUMMARY_WEIGHT = 0.3;
const ENTITY_WEIGHT = 1.3;
const ALIAS_CREDIT = 0.6;
/** The passage that introduces a named person or place (its first mention in an article) says who it is. */
const INTRODUCTION_WEIGHT = 1.3;

/** A concept with what both stages need to score it. */
export type ScoredConcept = {
  alternatives: ReadonlyArray<{ term: string; weight: number; idf: number }>;
  /** The IDF of the concept's best alternative: how much information matching it carries. */
  idf: number;
  /** Passages that name an entity or figure the query names with this word. */
  named: ReadonlySet<number>;
  /** Of those, the ones that introduce the entity in their article. */
  introductions: ReadonlySet<number>;
  /** Free words count towards coverage; phrase words only add to the score. */
  counts: boolean;
};

/** Scratch space reused by every search of one engine (searches are synchronous, so never shared). */
export type Scratch = {
  score: Float64Array;
  coverage: Float64Array;
  best: Float64Array;
  stamp: Uint32Array;
  excluded: Uint32Array;
  articleBoost: Float64Array;
  /** Final scores of the passages kept by the current search. */
  final: Float64Array;
  generation: number;
};

export function createScratch(corpus: Corpus): Scratch {
  return {
    score: new Float64Array(corpus.passageCount),
    coverage: new Float64Array(corpus.passageCount),
    best: new Float64Array(corpus.passageCount),
    stamp: new Uint32Array(corpus.passageCount),
    excluded: new Uint32Array(corpus.passageCount),
    articleBoost: new Float64Array(corpus.articles.length),
    final: new Float64Array(corpus.passageCount),
    generation: 0,
  };
}

/** The score of a concept in a passage that names what the concept names, given its text match. */
function namedScore(concept: ScoredConcept, passage: number, matched: number): number {
  const score = matched > 0 ? matched * ENTITY_WEIGHT : concept.idf * ALIAS_CREDIT;
  return concept.introductions.has(passage) ? score * INTRODUCTION_WEIGHT : score;
}

export function idf(documents: number, df: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/** BM25's saturation of term frequency, normalised by passage length. */
function saturation(tf: number, length: number, averageLength: number): number {
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / (averageLength || 1)));
}

function forEachPosting(
  text: TextIndex,
  field: FieldName,
  term: string,
  visit: (document: number, slot: number) => void,
): void {
  postingsOf(text, field, term).forEach((documents, slot) => {
    if (documents) for (const document of documents) visit(document, slot);
  });
}

/** The scores of one search: valid until the engine's next search. */
export type QueryScores = {
  concepts: readonly ScoredConcept[];
  /** Passages matching at least one free word (or naming what the query names). */
  textCandidates: readonly number[];
  /** Sum of the free words' IDF: the denominator of coverage. */
  totalCoverage: number;
  isExcluded: (passage: number) => boolean;
  /** The passage's score, title and summary included, coverage applied. */
  scoreOf: (passage: number) => number;
  articleBoost: (article: number) => number;
  /** Clears what the next search must not see. */
  release: () => void;
};

export function scoreQuery(text: TextIndex, corpus: Corpus, scratch: Scratch, plan: QueryPlan): QueryScores {
  scratch.generation = (scratch.generation + 1) >>> 0 || 1;
  const generation = scratch.generation;
  const { passageCount } = corpus;

  // Exclusions first, so that excluded passages are never scored.
  for (const term of plan.excludeTerms) {
    forEachPosting(text, 'body', term, (passage) => {
      scratch.excluded[passage] = generation;
    });
  }
  const isExcluded = (passage: number) => scratch.excluded[passage] === generation;

  const named = new Map<number, Set<number>>();
  const introductions = new Map<number, Set<number>>();
  const addTo = (map: Map<number, Set<number>>, concept: number, passages: Iterable<number>) => {
    const set = map.get(concept) ?? new Set<number>();
    for (const passage of passages) set.add(passage);
    map.set(concept, set);
  };
  for (const { match, concepts } of plan.entities) {
    for (const concept of concepts) {
      addTo(named, concept, match.entity.passages);
      addTo(introductions, concept, match.entity.introductions);
    }
  }
  for (const { figure, concept } of plan.figures) addTo(named, concept, figure.passages);

  const toScored = (concept: Concept, index: number, counts: boolean): ScoredConcept => {
    const alternatives = concept.alternatives.map(({ term, weight }) => ({
      term,
      weight,
      idf: idf(passageCount, documentFrequency(postingsOf(text, 'body', term))),
    }));
    return {
      alternatives,
      idf: Math.max(0, ...alternatives.map((alternative) => alternative.idf)),
      named: (counts && named.get(index)) || new Set(),
      introductions: (counts && introductions.get(index)) || new Set(),
      counts,
    };
  };
  const concepts = [
    ...plan.concepts.map((concept, index) => toScored(concept, index, true)),
    ...plan.phraseConcepts.map((concept, index) => toScored(concept, index, false)),
  ];

  const touched: number[] = [];
  const touchedArticles: number[] = [];
  let textTouched = 0;
  let totalCoverage = 0;
  for (const concept of concepts) {
    const changed: number[] = [];
    const articleShare = new Map<number, number>();
    for (const { term, weight, idf: termIdf } of concept.alternatives) {
      const score = (tf: number, passage: number) =>
        weight * termIdf * saturation(tf, text.passageLength[passage] ?? 0, text.averagePassageLength);
      forEachPosting(text, 'body', term, (passage) => {
        if (isExcluded(passage)) return;
        const value = score(1, passage);
        if (scratch.best[passage] === 0) changed.push(passage);
        if (value > (scratch.best[passage] ?? 0)) scratch.best[passage] = value;
      });
      // Repeats: every passage here is already in `changed`, from the term's own postings.
      for (let repeat = 2; repeat <= MAX_COUNTED_REPEATS; repeat++) {
        forEachPosting(text, 'body', repeatTerm(term, repeat), (passage) => {
          if (isExcluded(passage)) return;
          const value = score(repeat, passage);
          if (value > (scratch.best[passage] ?? 0)) scratch.best[passage] = value;
        });
      }
      // Weighted by the word's rarity among passages: a handful of titles says little about rarity.
      for (const [field, share, sign] of [
        ['title', TITLE_WEIGHT, 1],
        ['summary', SUMMARY_WEIGHT, -1],
      ] as const) {
        forEachPosting(text, field, term, (article) => {
          const key = sign > 0 ? article : -1 - article;
          articleShare.set(key, Math.max(articleShare.get(key) ?? 0, share * weight * termIdf));
        });
      }
    }
    // A concept lifts an article once per field, by its best alternative there.
    for (const [key, value] of articleShare) {
      const article = key >= 0 ? key : -1 - key;
      if (scratch.articleBoost[article] === 0) touchedArticles.push(article);
      scratch.articleBoost[article] = (scratch.articleBoost[article] ?? 0) + value;
    }
    for (const passage of concept.named) {
      if (isExcluded(passage)) continue;
      const matched = scratch.best[passage] ?? 0;
      if (matched === 0) changed.push(passage);
      scratch.best[passage] = namedScore(concept, passage, matched);
    }
    if (concept.counts) totalCoverage += concept.idf;
    for (const passage of changed) {
      if (scratch.stamp[passage] !== generation) {
        scratch.stamp[passage] = generation;
        scratch.score[passage] = 0;
        scratch.coverage[passage] = 0;
        touched.push(passage);
      }
      scratch.score[passage] = (scratch.score[passage] ?? 0) + (scratch.best[passage] ?? 0);
      if (concept.counts) scratch.coverage[passage] = (scratch.coverage[passage] ?? 0) + concept.idf;
      scratch.best[passage] = 0;
    }
    if (concept.counts) textTouched = touched.length;
  }

  const articleBoost = (article: number) => scratch.articleBoost[article] ?? 0;
  return {
    concepts,
    textCandidates: touched.slice(0, textTouched),
    totalCoverage,
    isExcluded,
    scoreOf: (passage) => {
      if (scratch.stamp[passage] !== generation) return 0;
      const coverage = totalCoverage > 0 ? (scratch.coverage[passage] ?? 0) / totalCoverage : 1;
      const article = corpus.passageArticle[passage] ?? 0;
      return ((scratch.score[passage] ?? 0) + articleBoost(article)) * Math.sqrt(coverage);
    },
    articleBoost,
    release: () => {
      for (const article of touchedArticles) scratch.articleBoost[article] = 0;
    },
  };
}
