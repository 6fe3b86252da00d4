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
 * the passage that introduces it; and the total is scaled by a power (COVERAGE_POWER) of the share of the
 * query's information (IDF) the passage covers, so that a passage matching the rare words beats one matching
 * many common ones.
 *
 * The constants were chosen on eval/queries.yaml (`pnpm eval`): BM25 values from the usual ranges, synonyms at
 * half the weight of the word typed, and boosts that move a passage a rank or two, never past a better text
 * match. K1 anywhere from 1.4 to 2.0 gives the same MRR@10 (0.951; 1.2 gives 0.948): 1.5 sits inside that range.
 */
const K1 = 1.5;
/**
 * How strongly coverage scales a passage's score: share ** COVERAGE_POWER. 0.5 → 0.55 in the fifteenth session
 * (eval/BASELINE.md), judged on every closed-book set's unread part pooled: it rose 0.771 → 0.775 and the freshest
 * unread part with it, no part fell by more than 0.01; at 0.6 (and 0.65, eighth session) read and unread parts
 * fell, a full match of common words overtaking a partial match of rare ones.
 */
const COVERAGE_POWER = 0.55;
const B = 0.5;
const TITLE_WEIGHT = 0.6;
const SUMMARY_WEIGHT = 0.3;
const ENTITY_WEIGHT = 1.3;
/**
 * A passage that names what the query names by another of its names (its people, a surname, an abbreviation)
 * counts the word at this share of its information. 0.6 → 0.8 in the ninth session, from a joint fit of the
 * weights over every read set with each set left out in turn (eval/BASELINE.md): chosen in every fold.
 */
const ALIAS_CREDIT = 0.8;
/** The passage that introduces a named person or place (its first mention in an article) says who it is. */
const INTRODUCTION_WEIGHT = 1.3;

/** Passages that name one thing the query names, and the ones among them that introduce it. */
export type NamedSource = {
  /** Ascending when there are introductions, so that both lists are walked together. */
  passages: readonly number[];
  /** Ascending, and a subset of `passages`. */
  introductions: readonly number[];
};

const NO_INTRODUCTIONS: readonly number[] = [];

/** A concept with what scoring needs.*/
export type ScoredConcept = {
  alternatives: ReadonlyArray<{ term: string; weight: number; idf: number }>;
  /** The IDF of the concept's best alternative: how much information matching it carries. */
  idf: number;
  /**
   * What the query names with this word (entities, figures): the passages that name it, and those that
   * introduce it. Shared with the entity catalog, never copied per search.
   */
  named: ReadonlyArray<NamedSource>;
  /** Free words count towards coverage; phrase words only add to the score. */
  counts: boolean;
};

/** Scratch space reused by every search of one engine (searches are synchronous, so never shared). */
export type Scratch = {
  score: Float64Array;
  coverage: Float64Array;
  /** The weight of the alternative behind `best` (1 the word typed, less a synonym or a correction). */
  bestWeight: Float64Array;
  /** The passage's best value for the concept being scored, valid where `conceptStamp` is that concept's. */
  best: Float64Array;
  /**
   * Which concept last touched the passage (its `visit`). Visits only grow, and a search numbers its concepts
   * from `firstVisit` on, so a passage is in the current search exactly when its stamp is at least that.
   */
  conceptStamp: Uint32Array;
  visit: number;
  firstVisit: number;
  /** Which search (`generation`) excluded the passage: one number per search, even one with no concepts. */
  excluded: Uint32Array;
  articleBoost: Float64Array;
  /** One concept's best title and summary match per article, zero between concepts. */
  titleShare: Float64Array;
  summaryShare: Float64Array;
  /** Final scores of the passages kept by the current search. */
  final: Float64Array;
  /** The passages the current search touched, in the order it touched them (a preallocated list). */
  touched: Int32Array;
  /** Which search last counted the passage as named by the concept being scored (`visit`). */
  namedStamp: Uint32Array;
  generation: number;
  /** Coverage shares seen and their power (`coveragePower`), a small cache kept across searches. */
  powerShare: Float64Array;
  power: Float64Array;
};

export function createScratch(corpus: Corpus): Scratch {
  return {
    score: new Float64Array(corpus.passageCount),
    coverage: new Float64Array(corpus.passageCount),
    bestWeight: new Float64Array(corpus.passageCount),
    best: new Float64Array(corpus.passageCount),
    conceptStamp: new Uint32Array(corpus.passageCount),
    visit: 0,
    firstVisit: 1,
    excluded: new Uint32Array(corpus.passageCount),
    articleBoost: new Float64Array(corpus.articles.length),
    titleShare: new Float64Array(corpus.articles.length),
    summaryShare: new Float64Array(corpus.articles.length),
    final: new Float64Array(corpus.passageCount),
    touched: new Int32Array(corpus.passageCount),
    namedStamp: new Uint32Array(corpus.passageCount),
    generation: 0,
    powerShare: new Float64Array(POWER_SLOTS).fill(Number.NaN),
    power: new Float64Array(POWER_SLOTS),
  };
}

/** Slots of the coverage power cache: a search's passages share a few dozen coverage values at most. */
const POWER_SLOTS = 256;

/**
 * share ** COVERAGE_POWER, looked up: Math.pow costs over ten times a square root, and a search at 10k articles
 * takes it for tens of thousands of passages that share a few coverage values (one per set of words matched).
 */
function coveragePower(scratch: Scratch, share: number): number {
  const slot = ((share * 1_048_576) | 0) & (POWER_SLOTS - 1);
  if (scratch.powerShare[slot] === share) return scratch.power[slot] as number;
  const power = share ** COVERAGE_POWER;
  scratch.powerShare[slot] = share;
  scratch.power[slot] = power;
  return power;
}

/**
 * How much of a query word an alternative covers: the word itself or a correction of it (weights above a
 * synonym's) all of it, a synonym its own weight, so that a passage that says "asylum" outranks one that only
 * says "sanctuary" for the query "asylum".
 */
function coverWeight(weight: number): number {
  return weight > SYNONYM_SHARE ? 1 : weight;
}
const SYNONYM_SHARE = 0.5;

/**
 * A passage is indexed also under the words the curated records say about it (see record-text.ts): such a word
 * counts as one occurrence at this share of its weight, in score and in coverage, and only where the passage's
 * own text matched the query word by nothing better. 0.3 to 0.5 rank every read part alike and lower no unread
 * one (eval/BASELINE.md, thirteenth session); at full weight in the body the records' words lowered them.
 */
const RECORD_SHARE = 0.3;

/** The score of a concept in a passage that names what the concept names, given its text match. */
function namedScore(concept: ScoredConcept, introduces: boolean, matched: number): number {
  const score = matched > 0 ? matched * ENTITY_WEIGHT : concept.idf * ALIAS_CREDIT;
  return introduces ? score * INTRODUCTION_WEIGHT : score;
}

export function idf(documents: number, df: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/** BM25's saturation of term frequency, normalised by passage length. */
function saturationOf(tf: number, length: number, averageLength: number): number {
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
  /** Passages matching at least one free word (or naming what the query names): a view of scratch space. */
  textCandidates: ArrayLike<number>;
  /** Sum of the free words' IDF: the denominator of coverage. */
  totalCoverage: number;
  isExcluded: (passage: number) => boolean;
  /** Writes each passage's score (title and summary included, coverage applied) into `out`. */
  scoreInto: (passages: ArrayLike<number>, out: Float64Array) => void;
  articleBoost: (article: number) => number;
  /** Clears what the next search must not see. */
  release: () => void;
};

/** Per passage, BM25's saturation for a term seen 1, 2 or 3 times: constant for an index, computed once. */
export type ScoringTables = { saturation: ReadonlyArray<Float32Array> };

export function createScoringTables(text: TextIndex): ScoringTables {
  const saturation = [new Float32Array(0)];
  for (let tf = 1; tf <= MAX_COUNTED_REPEATS; tf++) {
    const table = new Float32Array(text.passageLength.length);
    for (let passage = 0; passage < table.length; passage++) {
      table[passage] = saturationOf(tf, text.passageLength[passage] as number, text.averagePassageLength);
    }
    saturation[tf] = table;
  }
  return { saturation };
}

/**
 * The passages touched by the free words, from the touched list. When they are a large share of the archive
 * and no phrase word touched any others, they are listed again in passage order, found by one sequential scan
 * of the stamps: the passes that follow over every candidate (final scores, per-article counts, top k) then
 * read memory in order instead of jumping about in posting order, which at 10k articles is most of their time.
 */
function inPassageOrder(scratch: Scratch, touchedCount: number, textTouched: number, passageCount: number) {
  const { touched, conceptStamp, firstVisit } = scratch;
  if (textTouched !== touchedCount || textTouched * DENSE_SHARE < passageCount) {
    return touched.subarray(0, textTouched);
  }
  let count = 0;
  // `touched` is free to overwrite: every passage it lists is found again by the scan.
  for (let passage = 0; passage < passageCount; passage++) {
    if ((conceptStamp[passage] as number) >= firstVisit) touched[count++] = passage;
  }
  return touched.subarray(0, count);
}

/** A search that touched more than one passage in this many is scanned in passage order. */
const DENSE_SHARE = 8;

export function scoreQuery(
  text: TextIndex,
  tables: ScoringTables,
  corpus: Corpus,
  scratch: Scratch,
  plan: QueryPlan,
): QueryScores {
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

  const named = new Map<number, NamedSource[]>();
  const addTo = (concept: number, source: NamedSource) =>
    named.set(concept, [...(named.get(concept) ?? []), source]);
  for (const { match, concepts } of plan.entities)
    for (const concept of concepts) addTo(concept, match.entity);
  for (const { figure, concept } of plan.figures) {
    addTo(concept, { passages: figure.passages, introductions: NO_INTRODUCTIONS });
  }

  const toScored = (concept: Concept, index: number, counts: boolean): ScoredConcept => {
    const alternatives = concept.alternatives.map(({ term, weight }) => ({
      term,
      weight,
      // A word only the curated records hold is as rare as the passages they give it to.
      idf: idf(
        passageCount,
        documentFrequency(postingsOf(text, 'body', term)) ||
          documentFrequency(postingsOf(text, 'records', term)),
      ),
    }));
    return {
      alternatives,
      idf: Math.max(0, ...alternatives.map((alternative) => alternative.idf)),
      named: (counts && named.get(index)) || [],
      counts,
    };
  };
  const concepts = [
    ...plan.concepts.map((concept, index) => toScored(concept, index, true)),
    ...plan.phraseConcepts.map((concept, index) => toScored(concept, index, false)),
  ];

  const touchedArticles: number[] = [];
  const { best, excluded, conceptStamp, namedStamp, score, coverage, titleShare, summaryShare, touched } =
    scratch;
  const { bestWeight } = scratch;
  const hasExclusions = plan.excludeTerms.length > 0;
  // How many passages this search has touched: `touched` is preallocated, so adding one is a store.
  let touchedCount = 0;
  let textTouched = 0;
  let totalCoverage = 0;
  // A search's visits must not wrap around, or "stamp ≥ firstVisit" would lie: start the count afresh first.
  if (scratch.visit + concepts.length + 1 >= 0xffffffff) {
    conceptStamp.fill(0);
    namedStamp.fill(0);
    scratch.visit = 0;
  }
  const firstVisit = scratch.visit + 1;
  scratch.firstVisit = firstVisit;
  for (const concept of concepts) {
    // One pass per concept: a passage's score grows by the concept's best alternative in it, no more.
    const visit = ++scratch.visit;
    const conceptIdf = concept.counts ? concept.idf : 0;
    const sharedArticles: number[] = [];
    for (const { term, weight, idf: termIdf } of concept.alternatives) {
      // The hot loop of every search: plain loops over flexsearch's slots, BM25 saturation looked up.
      const factor = weight * termIdf;
      // Coverage: the word typed (or its correction) covers the word; a synonym only covers part of it.
      const covers = coverWeight(weight);
      // The passage's own words, seen once, twice or three times or more; then the curated records' words
      // for it, as one occurrence at a share of the word's weight.
      for (let pass = 1; pass <= MAX_COUNTED_REPEATS + 1; pass++) {
        const inRecords = pass > MAX_COUNTED_REPEATS;
        const postings = inRecords
          ? postingsOf(text, 'records', term)
          : postingsOf(text, 'body', pass === 1 ? term : repeatTerm(term, pass));
        const saturated = tables.saturation[inRecords ? 1 : pass] as Float32Array;
        const passFactor = inRecords ? factor * RECORD_SHARE : factor;
        const passCovers = inRecords ? covers * RECORD_SHARE : covers;
        for (let slot = 0; slot < postings.length; slot++) {
          const passages = postings[slot];
          if (!passages) continue;
          for (let at = 0; at < passages.length; at++) {
            const passage = passages[at] as number;
            if (hasExclusions && excluded[passage] === generation) continue;
            const value = passFactor * (saturated[passage] as number);
            // A concept's `visit` is unique across searches, so a passage stamped with it is already in
            // this search: only a better alternative changes its score.
            if (conceptStamp[passage] === visit) {
              const previous = best[passage] as number;
              if (value > previous) {
                score[passage] = (score[passage] as number) + value - previous;
                best[passage] = value;
              }
              // Coverage follows the best-weighted alternative found: the word itself beats its synonyms.
              const covered = bestWeight[passage] as number;
              if (passCovers > covered) {
                coverage[passage] = (coverage[passage] as number) + conceptIdf * (passCovers - covered);
                bestWeight[passage] = passCovers;
              }
              continue;
            }
            const inSearch = (conceptStamp[passage] as number) >= firstVisit;
            conceptStamp[passage] = visit;
            best[passage] = value;
            bestWeight[passage] = passCovers;
            if (!inSearch) {
              score[passage] = value;
              coverage[passage] = conceptIdf * passCovers;
              touched[touchedCount++] = passage;
            } else {
              score[passage] = (score[passage] as number) + value;
              coverage[passage] = (coverage[passage] as number) + conceptIdf * passCovers;
            }
          }
        }
      }
      // Weighted by the word's rarity among passages: a handful of titles says little about rarity.
      const titleValue = TITLE_WEIGHT * factor;
      const summaryValue = SUMMARY_WEIGHT * factor;
      for (const [field, value, shares] of [
        ['title', titleValue, titleShare],
        ['summary', summaryValue, summaryShare],
      ] as const) {
        const postings = postingsOf(text, field, term);
        for (let slot = 0; slot < postings.length; slot++) {
          const articles = postings[slot];
          if (!articles) continue;
          for (let at = 0; at < articles.length; at++) {
            const article = articles[at] as number;
            if (titleShare[article] === 0 && summaryShare[article] === 0) sharedArticles.push(article);
            if (value > (shares[article] as number)) shares[article] = value;
          }
        }
      }
    }
    // A concept lifts an article once per field, by its best alternative there.
    for (const article of sharedArticles) {
      if (scratch.articleBoost[article] === 0) touchedArticles.push(article);
      scratch.articleBoost[article] =
        (scratch.articleBoost[article] as number) +
        (titleShare[article] as number) +
        (summaryShare[article] as number);
      titleShare[article] = 0;
      summaryShare[article] = 0;
    }
    // Passages that name what the query names: once each, even when two names of the query point at them.
    for (const source of concept.named) {
      const { passages, introductions } = source;
      // The next introduction at or after the current passage: both lists ascend, so no lookup is needed.
      let nextIntroduction = 0;
      for (let at = 0; at < passages.length; at++) {
        const passage = passages[at] as number;
        while (
          nextIntroduction < introductions.length &&
          (introductions[nextIntroduction] as number) < passage
        )
          nextIntroduction++;
        if ((hasExclusions && excluded[passage] === generation) || namedStamp[passage] === visit) continue;
        namedStamp[passage] = visit;
        const stamped = conceptStamp[passage] as number;
        const value = namedScore(
          concept,
          introductions[nextIntroduction] === passage,
          stamped === visit ? (best[passage] as number) : 0,
        );
        if (stamped < firstVisit) {
          score[passage] = 0;
          coverage[passage] = 0;
          touched[touchedCount++] = passage;
        }
        if (conceptStamp[passage] !== visit) {
          conceptStamp[passage] = visit;
          best[passage] = value;
          bestWeight[passage] = 1;
          score[passage] = (score[passage] as number) + value;
          coverage[passage] = (coverage[passage] as number) + conceptIdf;
        } else {
          // Naming what the query names covers the word fully, whichever alternative matched the text.
          coverage[passage] =
            (coverage[passage] as number) + conceptIdf * (1 - (bestWeight[passage] as number));
          bestWeight[passage] = 1;
          if (value > (best[passage] as number)) {
            score[passage] = (score[passage] as number) + value - (best[passage] as number);
            best[passage] = value;
          }
        }
      }
    }
    if (concept.counts) {
      totalCoverage += concept.idf;
      textTouched = touchedCount;
    }
  }

  const articleBoost = (article: number) => scratch.articleBoost[article] ?? 0;
  return {
    concepts,
    textCandidates: inPassageOrder(scratch, touchedCount, textTouched, corpus.passageCount),
    totalCoverage,
    isExcluded,
    scoreInto: (passages, out) => {
      const { passageArticle } = corpus;
      const boost = scratch.articleBoost;
      const inverse = totalCoverage > 0 ? 1 / totalCoverage : 0;
      for (let at = 0; at < passages.length; at++) {
        const passage = passages[at] as number;
        if ((conceptStamp[passage] as number) < firstVisit) {
          out[passage] = 0;
          continue;
        }
        const share = inverse > 0 ? (coverage[passage] as number) * inverse : 1;
        const lift = boost[passageArticle[passage] as number] as number;
        out[passage] = ((score[passage] as number) + lift) * coveragePower(scratch, share);
      }
    },
    articleBoost,
    release: () => {
      for (const article of touchedArticles) scratch.articleBoost[article] = 0;
    },
  };
}
