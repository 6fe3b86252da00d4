import type { ArchiveInput } from '../schema/types';
import { type Token, tokenize } from './analysis/tokenize';
import { type AnswerIndex, createAnswerIndex, type MatchedAnswer, matchAnswers } from './answers';
import { type Corpus, createCorpus, passageText } from './corpus';
import { describeEmptyReason } from './empty-reasons';
import { createEntityCatalog, type EntityCatalog } from './entities';
import { countFacets, createFacetModel, emptyFacets, type FacetModel } from './facets';
import { resolveFilters } from './filters';
import { createFuzzyIndex, type FuzzyIndex } from './fuzzy';
import { createHoldingMasks, type HoldingMasks, isRecordKind, RECORD_KINDS } from './holding';
import { liftOutcomes } from './outcome-question';
import { liftOutlets } from './outlet-question';
import { phraseRanges } from './phrases';
import { type PlanContext, planQuery, type QueryPlan } from './plan';
import { liftNearby } from './proximity';
import { hasFilters, type NormalizedRequest, normalizeRequest } from './request';
import { rankResult } from './results';
import {
  createScoringTables,
  createScratch,
  type QueryScores,
  type ScoringTables,
  type Scratch,
  scoreQuery,
} from './scoring';
import { type Analysis, analyse, fromSnapshot, type SearchSnapshot, toSnapshot } from './snapshot';
import { createSpellingIndex, type SpellingIndex } from './spelling';
import { createSuggestIndex, type SuggestIndex, suggestFrom } from './suggest';
import { knowsTerm, postingsOf, surfaceOf, type TextIndex } from './text-index';
import type { ArchiveSearch, EmptyingField, EmptyReason, SearchFilters, SearchResult } from './types';
import { liftTimes } from './when-question';
import { liftReasons } from './why-question';

/** The search half of an `Archive`, plus what the build step needs. */
export type Engine = ArchiveSearch & {
  /** The analysis as JSON, for a build step to write out and `loadEngine` to read back. */
  exportIndex(): SearchSnapshot;
};

type Parts = {
  data: ArchiveInput;
  analysis: Analysis;
  corpus: Corpus;
  text: TextIndex;
  catalog: EntityCatalog;
  facets: FacetModel;
  context: PlanContext;
  suggestIndex: () => SuggestIndex;
  answers: () => AnswerIndex;
  /** The passages that name an outlet (an organization of kind `outlet`): made on the first question for one. */
  outletPassages: () => ReadonlySet<number>;
  holding: HoldingMasks;
};

function assemble(data: ArchiveInput, corpus: Corpus, analysis: Analysis): Parts {
  const { text, synonyms } = analysis;
  const catalog = createEntityCatalog(data, corpus, analysis.names);
  const facets = createFacetModel(data, corpus, catalog);
  let fuzzy: FuzzyIndex | undefined;
  let numbers: string[] | undefined;
  let spelling: SpellingIndex | undefined;
  let suggestIndex: SuggestIndex | undefined;
  let answers: AnswerIndex | undefined;
  let outletPassages: Set<number> | undefined;
  const context: PlanContext = {
    knows: (term) => knowsTerm(text, term),
    surfaceOf: (term) => surfaceOf(text, term),
    synonyms,
    // Built on first need: most queries have no typo, and import must stay cheap.
    fuzzy: () => {
      fuzzy ??= createFuzzyIndex(text.vocabulary, (at) => text.forms[at] ?? '');
      return fuzzy;
    },
    numbers: () => {
      numbers ??= text.vocabulary.filter((term) => /^\d+$/.test(term));
      return numbers;
    },
    spelling: () => {
      spelling ??= createSpellingIndex(text.vocabulary, (at) => text.forms[at] ?? '');
      return spelling;
    },
    catalog,
  };
  return {
    data,
    analysis,
    corpus,
    text,
    catalog,
    facets,
    context,
    suggestIndex: () => {
      suggestIndex ??= createSuggestIndex(data, corpus, catalog);
      return suggestIndex;
    },
    // A few dozen small records, their text analysed at build time: assembled on the first search.
    answers: () => {
      answers ??= createAnswerIndex(data, corpus, catalog, analysis.answers);
      return answers;
    },
    outletPassages: () => {
      if (outletPassages === undefined) {
        const outlets = new Set(
          (data.organizations ?? []).filter(({ kind }) => kind === 'outlet').map(({ id }) => id),
        );
        outletPassages = new Set(
          catalog.entities
            .filter(({ kind, id }) => kind === 'organization' && outlets.has(id))
            .flatMap(({ passages }) => passages),
        );
      }
      return outletPassages;
    },
    holding: createHoldingMasks(data, corpus),
  };
}

/** The engine over `data`, its index built afresh: flexsearch must be loaded first (`loadFlexsearch`). */
export function createEngine(data: ArchiveInput): Engine {
  const corpus = createCorpus(data);
  return engineFrom(assemble(data, corpus, analyse(data, corpus)));
}

/**
 * The engine over `data`, its analysis read from a snapshot (made afresh only if the snapshot does not fit).
 * `builtWithData`: the snapshot was generated together with `data`, so its fingerprint need not be checked.
 */
export function loadEngine(data: ArchiveInput, snapshot: SearchSnapshot, builtWithData = false): Engine {
  const corpus = createCorpus(data);
  const analysis = fromSnapshot(snapshot, data, corpus, builtWithData) ?? analyse(data, corpus);
  return engineFrom(assemble(data, corpus, analysis));
}

/** Passages whose tokens are kept between searches; past this the cache starts again (memory stays bounded). */
const MAX_CACHED_PASSAGES = 4096;

/**
 * A passage's tokens, computed once and kept across searches: the hits of one search are mostly the hits of
 * the next, and tokenizing them again cost about a third of a search's time (the highlighting reads them).
 */
function createTokenCache(corpus: Corpus): (passage: number) => readonly Token[] {
  const cache = new Map<number, readonly Token[]>();
  return (passage) => {
    let tokens = cache.get(passage);
    if (tokens === undefined) {
      if (cache.size >= MAX_CACHED_PASSAGES) cache.clear();
      tokens = tokenize(passageText(corpus, passage));
      cache.set(passage, tokens);
    }
    return tokens;
  };
}

function engineFrom(parts: Parts): Engine {
  const { corpus } = parts;
  const scratch = createScratch(corpus);
  const tables = createScoringTables(parts.text);
  const tokensOf = createTokenCache(corpus);
  return {
    search: (query, options) => runSearch(parts, tables, scratch, tokensOf, normalizeRequest(query, options)),
    suggest: (prefix, options) => suggestFrom(parts.suggestIndex(), prefix, options),
    exportIndex: () => toSnapshot(parts.analysis, parts.data, corpus),
  };
}

function emptyResult(why: EmptyReason[], didYouMean: readonly string[] = []): SearchResult {
  return {
    answers: [],
    hits: [],
    totalHits: 0,
    totalPassages: 0,
    totalArticles: 0,
    facets: emptyFacets(),
    reason: why.map(describeEmptyReason).join('; '),
    why,
    ...(didYouMean.length > 0 ? { didYouMean: [...didYouMean] } : {}),
  };
}

function runSearch(
  parts: Parts,
  tables: ScoringTables,
  scratch: Scratch,
  tokensOf: (passage: number) => readonly Token[],
  request: NormalizedRequest,
): SearchResult {
  const { corpus, text } = parts;
  const filtered = hasFilters(request.filters);
  const filters = resolveFilters(parts.facets, corpus, request.filters);
  if (!filters.ok) return emptyResult([filters.reason]);
  const { holding: kind } = request.filters;
  if (kind !== undefined && !isRecordKind(kind))
    return emptyResult([{ code: 'unknown-holding', value: String(kind), kinds: [...RECORD_KINDS] }]);
  const holding = kind === undefined ? null : parts.holding(kind);

  const plan = planQuery(parts.context, request);
  const hasText = plan.concepts.length > 0;
  if (!hasText && plan.phrases.length === 0 && !filtered && request.exclude.length === 0) {
    return emptyResult([
      plan.onlyStopWords
        ? { code: 'only-common-words', query: request.text.trim() }
        : { code: 'empty-query' },
    ]);
  }
  if (
    hasText &&
    plan.concepts.every((concept) => concept.alternatives.length === 0) &&
    plan.phrases.length === 0
  ) {
    return emptyResult([{ code: 'no-passage-contains', terms: [...plan.unmatched] }], plan.didYouMean);
  }

  const scores = scoreQuery(text, tables, corpus, scratch, plan);
  // The candidates: passages that match a free word, else (phrases, filters or exclusions alone) all passages.
  const candidates: ArrayLike<number> = hasText
    ? scores.textCandidates
    : plan.phrases.length > 0
      ? phraseCandidates(parts, plan)
      : Array.from({ length: corpus.passageCount }, (_, passage) => passage);

  // Most searches have no filter, phrase or exclusion: their candidates are their hits, taken as they are.
  const checks =
    filters.allowed !== null ||
    filters.passages !== null ||
    holding !== null ||
    plan.phrases.length > 0 ||
    plan.excludePhrases.length > 0;
  let kept: ArrayLike<number> = candidates;
  if (checks || plan.excludeTerms.length > 0) {
    const passing: number[] = [];
    for (let at = 0; at < candidates.length; at++) {
      const passage = candidates[at] as number;
      if (scores.isExcluded(passage)) continue;
      if (filters.allowed && !filters.allowed[corpus.passageArticle[passage] ?? 0]) continue;
      if (holding && !holding[passage]) continue;
      if (filters.passages && !filters.passages[passage]) continue;
      if (plan.phrases.length > 0 || plan.excludePhrases.length > 0) {
        const tokens = tokensOf(passage);
        if (!plan.phrases.every((phrase) => phraseRanges(tokens, phrase).length > 0)) continue;
        if (plan.excludePhrases.some((phrase) => phraseRanges(tokens, phrase).length > 0)) continue;
      }
      passing.push(passage);
    }
    kept = passing;
  }
  scores.scoreInto(kept, scratch.final);
  scores.release();
  demoteUnmentioned(plan, corpus, kept, scratch.final);
  const matched = matchAnswers(
    parts.answers(),
    request.text,
    plan.concepts,
    filters.allowed,
    request.answerKinds,
    namingTerms(plan, parts.catalog),
    askedAbout(plan),
  );
  if (matched.length > 0) liftAnswering(matched, kept, scratch.final);
  liftOutcomes(plan.asksOutcome, scores.concepts, kept, scratch.final, tokensOf, (passage) =>
    passageText(corpus, passage),
  );
  liftTimes(plan.asksTime, kept, scratch.final, tokensOf, plan.yearsNamed);
  liftReasons(plan.asksWhy, kept, scratch.final, tokensOf);
  liftOutlets(plan.asksOutlet, parts.outletPassages, kept, scratch.final, tokensOf);
  liftNearby(scores.concepts, kept, scratch.final, tokensOf);
  putAnsweringPersonFirst(matched, kept, scratch.final);
  const answers = matched.map(({ passages: _, asked: __, ...answer }) => answer);

  const ranked = rankResult(
    { corpus, facets: parts.facets, plan, tokensOf, anchorTerms: anchorTermsOf(scores.concepts) },
    request,
    kept,
    scratch.final,
  );
  const result: SearchResult = { answers, ...ranked };
  if (result.totalHits > 0)
    return plan.didYouMean.length > 0 ? { ...result, didYouMean: plan.didYouMean } : result;
  const why: EmptyReason[] = [];
  if (plan.unmatched.length > 0) why.push({ code: 'no-passage-contains', terms: [...plan.unmatched] });
  const described = [request.text.trim(), ...plan.phrases.map((phrase) => `"${phrase.text}"`)]
    .filter(Boolean)
    .join(' ');
  const emptiedBy = filtered ? filterThatEmptied(parts, request, candidates, scores.isExcluded) : null;
  why.push({
    code: 'nothing-matches',
    query: described,
    withFilters: filtered,
    withExclusions: request.exclude.length > 0,
  });
  if (emptiedBy) why.push(emptiedBy);
  return emptyResult(why, plan.didYouMean);
}

const FILTER_FIELDS = ['outlet', 'author', 'person', 'place', 'outcome', 'country', 'topic'] as const;

/**
 * Which filter, alone, leaves none of the query's matches, and the values its field has among them: an empty
 * result should say what to change ("person:calderon leaves nothing; person among the matches: …").
 */
function filterThatEmptied(
  parts: Parts,
  request: NormalizedRequest,
  candidates: ArrayLike<number>,
  isExcluded: (passage: number) => boolean,
): EmptyReason | null {
  const { corpus } = parts;
  const matches: number[] = [];
  for (let at = 0; at < candidates.length; at++) {
    const passage = candidates[at] as number;
    if (!isExcluded(passage)) matches.push(passage);
  }
  if (matches.length === 0) return null;
  const { filters } = request;
  const dates = {
    yearFrom: filters.yearFrom,
    yearTo: filters.yearTo,
    after: filters.after,
    before: filters.before,
  };
  const singles: Array<[EmptyingField, SearchFilters]> = [
    ...FILTER_FIELDS.filter((field) => (filters[field]?.length ?? 0) > 0).map(
      (field) => [field, { [field]: filters[field] }] as [EmptyingField, SearchFilters],
    ),
    ...(Object.values(dates).some((value) => value !== undefined)
      ? [['date', dates] as [EmptyingField, SearchFilters]]
      : []),
  ];
  for (const [field, single] of singles) {
    const resolved = resolveFilters(parts.facets, corpus, single);
    if (!resolved.ok) continue;
    const keeps = matches.some(
      (passage) =>
        (!resolved.allowed || resolved.allowed[corpus.passageArticle[passage] ?? 0]) &&
        (!resolved.passages || resolved.passages[passage]),
    );
    if (keeps) continue;
    const perArticle = new Int32Array(corpus.articles.length);
    const articles: number[] = [];
    for (const passage of matches) {
      const article = corpus.passageArticle[passage] ?? 0;
      if (perArticle[article] === 0) articles.push(article);
      (perArticle[article] as number)++;
    }
    const facets = countFacets(parts.facets, perArticle, articles, {
      passages: matches,
      passageArticle: corpus.passageArticle,
      byArticle: false,
    });
    const present = facets[field === 'date' ? 'year' : field]
      .slice(0, 8)
      .map((facet) => ({ value: facet.value, count: facet.count }));
    const values = field === 'date' ? [] : [...(filters[field] ?? [])];
    return { code: 'filter-leaves-none', field, values, matches: matches.length, present };
  }
  return null;
}

/** The query's terms, numbers first, then by rarity (IDF): which one a snippet must show. */
function anchorTermsOf(concepts: QueryScores['concepts']): string[] {
  const terms = concepts.flatMap((concept) => concept.alternatives);
  const isNumber = (term: string) => /^\d/.test(term);
  return terms
    .sort(
      (a, b) => Number(isNumber(b.term)) - Number(isNumber(a.term)) || b.idf * b.weight - a.idf * a.weight,
    )
    .map((alternative) => alternative.term);
}

/** Index term → how many entities have it in a name or alias ("jose" is two people's, "alarcon" one's). */
const sharedNameTerms = new WeakMap<EntityCatalog, Map<string, number>>();

/**
 * Per person or place the query names, the words the query names it by, keeping those that are its own when
 * there are any: "Jose Alarcon" is told from "Jose Jesus Duran-Rodriguez" by "alarcon", while "mexicans" (a
 * word several names share) stays as typed. An answer must be about what the query names.
 */
export function namingTerms(plan: QueryPlan, catalog: EntityCatalog): string[][] {
  // Every list this returns starts as a copy of NO_NAMES, so it has one hidden class (object elements) whether
  // the query names anyone or not: an empty `[]` has small-integer elements, and `matchAnswers`, compiled on
  // queries that named no one, was thrown away at the first that did ("wrong map" at `naming.every`, V8's
  // --log-deopt, mid-way through the bot's 1,000 req/s benchmark), then compiled again on the server's core.
  const lists = NO_NAMES.slice();
  if (plan.entities.length === 0) return lists;
  let shared = sharedNameTerms.get(catalog);
  if (!shared) {
    shared = new Map();
    for (const entity of catalog.entities)
      for (const term of new Set(entity.names.flat())) shared.set(term, (shared.get(term) ?? 0) + 1);
    sharedNameTerms.set(catalog, shared);
  }
  const counts = shared;
  for (const { match } of plan.entities) {
    if (match.entity.kind === 'organization') continue;
    const names = new Set(match.entity.names.flat());
    const typed = match.words.flatMap((concept) =>
      (plan.concepts[concept]?.alternatives ?? []).map(({ term }) => term).filter((term) => names.has(term)),
    );
    const own = typed.filter((term) => counts.get(term) === 1);
    lists.push(own.length > 0 ? own : typed.length > 0 ? typed : [...names]);
  }
  return lists;
}

/** An empty list of lists with object elements, copied by `namingTerms` (see there). */
const NO_NAMES: string[][] = [[]].slice(1);

/**
 * A query that names a person or a place is about them: a passage from a story that never mentions them keeps
 * this share of its score, however rare the other words it shares ("who threatened alarcon": not another man's
 * threats; "when were the tijuana cops killed": not Juarez's). Organizations are left out: "the juarez cartel"
 * names a subject ("cartels") more often than one cartel. Shares from 0.1 to 0.75 rank the development sets
 * alike (eval/BASELINE.md, fifth session); 0.25 sits inside.
 */
const UNMENTIONED_SHARE = 0.25;

function demoteUnmentioned(plan: QueryPlan, corpus: Corpus, kept: ArrayLike<number>, scores: Float64Array) {
  for (const { match } of plan.entities) {
    if (match.entity.kind === 'organization') continue;
    const mentioning = new Set(match.entity.articles);
    for (let at = 0; at < kept.length; at++) {
      const passage = kept[at] as number;
      if (!mentioning.has(corpus.passageArticle[passage] as number))
        scores[passage] = (scores[passage] as number) * UNMENTIONED_SHARE;
    }
  }
}

/**
 * The people a query names beside words of its own: asked who ("who defended de la rosa", "quién defendió a…"),
 * it asks for someone else. A query of names alone ("who is gustavo de la rosa") asks who they are.
 */
function askedAbout(plan: QueryPlan): ReadonlySet<string> {
  const names = new Set(plan.entities.flatMap(({ match }) => match.entity.names.flat()));
  const besideOtherWords = plan.concepts.some(
    ({ alternatives }) => alternatives.length > 0 && !alternatives.some(({ term }) => names.has(term)),
  );
  return new Set(
    besideOtherWords
      ? plan.entities
          .filter(({ match }) => match.entity.kind === 'person')
          .map(({ match }) => match.entity.id)
      : [],
  );
}

/**
 * How much the passages an answer cites are lifted: the first answer's most, the others' less. 0.5 → 0.75 in the
 * fourth session (tuning half and older held-out parts: all 0.924 → 0.928; 1.0 gave 0.926): see eval/BASELINE.md.
 */
const ANSWER_LIFT = 0.75;

/** A passage that states the answer outranks one that only shares its words (the story's opening, say). */
function liftAnswering(
  answers: readonly MatchedAnswer[],
  kept: ArrayLike<number>,
  scores: Float64Array,
): void {
  const lift = new Map<number, number>();
  answers.forEach((answer, rank) => {
    for (const passage of answer.passages)
      if (!lift.has(passage)) lift.set(passage, 1 + ANSWER_LIFT / (rank + 1));
  });
  for (let at = 0; at < kept.length; at++) {
    const passage = kept[at] as number;
    const factor = lift.get(passage);
    if (factor !== undefined) scores[passage] = (scores[passage] as number) * factor;
  }
}

/**
 * When the query asks who ("who…", "quién…") and its first answer is a person, the passage that introduces that
 * person comes first: the answer is shown first, and the words that say who they are come right after, not below
 * passages that only share the query's words ("the lawyer for the human rights activist": the paragraph naming
 * the attorney, not the one about the activist). Figures, cases and quotes were tried the same way and kept out:
 * their passages already rank by the answer lift, and a wrong first answer then cost more than it gained.
 */
function putAnsweringPersonFirst(
  answers: readonly MatchedAnswer[],
  kept: ArrayLike<number>,
  scores: Float64Array,
): void {
  const [first] = answers;
  const introduction = first?.passages[0];
  if (!first?.asked || first.kind !== 'person' || introduction === undefined) return;
  if (!((scores[introduction] ?? 0) > 0)) return;
  let best = 0;
  for (let at = 0; at < kept.length; at++) best = Math.max(best, scores[kept[at] as number] as number);
  scores[introduction] = Math.max(scores[introduction] as number, best * FIRST_MARGIN);
}

/** Just above the best other passage: first, without inflating its score. */
const FIRST_MARGIN = 1.01;

/** Passages that contain every phrase: drawn from the postings of each phrase's rarest word. */
function phraseCandidates(parts: Parts, plan: QueryPlan): number[] {
  const sets: number[][] = [];
  for (const phrase of plan.phrases) {
    let rarest: number[] | null = null;
    for (const token of tokenize(phrase.text)) {
      if (token.term === null) continue;
      const passages: number[] = [];
      postingsOf(parts.text, 'body', token.term).forEach((slot) => {
        if (slot) passages.push(...slot);
      });
      if (rarest === null || passages.length < rarest.length) rarest = passages;
    }
    if (rarest !== null) sets.push(rarest);
  }
  // Phrases of common words only ("in the") leave every passage to be checked.
  if (sets.length === 0) return Array.from({ length: parts.corpus.passageCount }, (_, passage) => passage);
  sets.sort((a, b) => a.length - b.length);
  const [smallest = [], ...rest] = sets;
  const others = rest.map((set) => new Set(set));
  return smallest.filter((passage) => others.every((set) => set.has(passage)));
}
