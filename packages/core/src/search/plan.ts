import { DIGITS, readNumbers, type StatedNumber, wordsForValue, YEAR } from './analysis/numbers';
import { stemSpanish } from './analysis/stem-spanish';
import { type Token, termOf, tokenize } from './analysis/tokenize';
import type { EntityCatalog, EntityMatch, FigureLocation } from './entities';
import { findNamedEntities } from './entities';
import { correct, type FuzzyIndex } from './fuzzy';
import type { SynonymTable } from './lexicon';
import { asksOutcome } from './outcome-question';
import { asksOutlet } from './outlet-question';
import { type Phrase, toPhrase } from './phrases';
import { MAX_WORDS, type NormalizedRequest } from './request';
import { type SpellingIndex, spellingKey } from './spelling';
import { asksTime, type TimeAsked, timeQuestionWords } from './when-question';
import { asksWhy, reasonQuestionWords } from './why-question';

/** How much a match on another word than the one typed counts, relative to the word itself. */
const SYNONYM_WEIGHT = 0.5;
/** A corrected typo counts less the further it is from what was typed. */
const TYPO_WEIGHT = [1, 0.85, 0.7];
/**
 * How much each word of a run-together word counts ("texasobserver" → texas, observer): a reading of what was
 * typed, as a synonym is. At full weight a compound the archive lacks ("nationwide") weighed its halves as if
 * typed ("the Nation", "wide"): eval/BASELINE.md, sixteenth session.
 */
const SPLIT_WEIGHT = SYNONYM_WEIGHT;
/** The shortest word a run-together word is split into: no "a", "of", "el" glued to a word. */
const MIN_SPLIT_PART = 3;

/** An index term that satisfies a query word, and how much a match on it is worth. */
export type Alternative = { term: string; weight: number };

/** One word of the query and every index term that satisfies it (itself, synonyms, typo corrections). */
export type Concept = { word: string; alternatives: Alternative[] };

export type QueryPlan = {
  /** The free words: a passage must match at least one; each one it matches adds to its score. */
  concepts: Concept[];
  /** The words of required phrases: they add to the score; the phrases themselves decide the match. */
  phraseConcepts: Concept[];
  phrases: Phrase[];
  excludeTerms: string[];
  excludePhrases: Phrase[];
  /** Entities the free words name, with the concepts (indices into `concepts`) that name them. */
  entities: Array<{ match: EntityMatch; concepts: number[] }>;
  figures: Array<{ figure: FigureLocation; concept: number }>;
  /** Words that no passage, synonym or correction can match. */
  unmatched: string[];
  /** Corrections offered for misspelt words ("did you mean"). */
  didYouMean: string[];
  /** The text had words, but only common ones. */
  onlyStopWords: boolean;
  /** A yes/no question ("did the cop get asylum"): it asks how things turned out. */
  asksOutcome: boolean;
  /** A when-question ("when was…", "cuándo…", "what year…") asks for a date; "how long…" for a length of time. */
  asksTime: TimeAsked;
  /** A why-question ("why…", "por qué…", "how come…") asks for a reason. */
  asksWhy: boolean;
  /** "which newspaper…", "cuál fue el periódico…" asks for an outlet's name. */
  asksOutlet: boolean;
  /** The years the query names ("sonora 2019 ruling"): a when-question asks about those, not another year. */
  yearsNamed: ReadonlySet<string>;
};

export type PlanContext = {
  knows: (term: string) => boolean;
  /** The index's numbers (terms of digits only), in no particular order: made on first need. */
  numbers?: () => readonly string[];
  surfaceOf: (term: string) => string;
  synonyms: SynonymTable;
  fuzzy: () => FuzzyIndex;
  spelling: () => SpellingIndex;
  catalog: EntityCatalog;
};

function expand(context: PlanContext, term: string, weight: number, into: Map<string, number>): void {
  const add = (candidate: string, candidateWeight: number) => {
    if (context.knows(candidate) && candidateWeight > (into.get(candidate) ?? 0))
      into.set(candidate, candidateWeight);
  };
  add(term, weight);
  for (const synonym of context.synonyms.byTerm.get(term) ?? []) {
    if (synonym !== term) add(synonym, weight * SYNONYM_WEIGHT);
  }
}

/** How far an estimate may be from a number the archive states: "about 1,000" is 900, "more than 6,000" 6,347. */
const ESTIMATE_RATIO = 1.25;

/**
 * The concept for a number the query states, in digits or in words ("forty five thousand", "seis mil"): the
 * archive's number itself at full weight, and at a synonym's weight the archive's counts it may mean: those within
 * an estimate's reach of it (said as one, "about 900", or round, "6,000"), or in the range a word of magnitude says
 * ("hundreds"). A year is matched only as a year and a count only as a count: "in 2008" is no estimate of "2,500
 * dead", nor "the 2000s" a count.
 */
function conceptForNumber(context: PlanContext, stated: StatedNumber, typed: string): Concept {
  const alternatives = new Map<string, number>();
  const { value, below } = stated;
  if (below === undefined) {
    // Said in words, the number is also its other words ("dos": two; "twelve": dozen). Typed as digits, it is
    // the digits alone: a "2" in the query asks for that figure, not for every "two" of the archive (held-out-6 B
    // fell when it did, eval/BASELINE.md).
    const words = DIGITS.test(typed) ? [] : wordsForValue(value);
    for (const term of [String(value), ...words.map(termOf)])
      if (term !== null && context.knows(term)) alternatives.set(term, 1);
  }
  const estimate = stated.approximate || (value >= 100 && value % 100 === 0);
  const typedYear = below === undefined ? YEAR.test(String(value)) : stated.year === true;
  if (below !== undefined || (estimate && !typedYear)) {
    for (const number of context.numbers?.() ?? []) {
      if (alternatives.has(number) || YEAR.test(number) !== typedYear) continue;
      const count = Number(number);
      const near =
        below !== undefined
          ? count >= value && count < below
          : count > 0 && Math.max(count, value) / Math.min(count, value) <= ESTIMATE_RATIO;
      if (near) alternatives.set(number, SYNONYM_WEIGHT);
    }
  }
  return {
    word: below === undefined ? String(value) : typed,
    alternatives: [...alternatives].map(([term, weight]) => ({ term, weight })),
  };
}

/** Letters a cognate must share from its start ("asil-o", "asyl-um"; "polic-ía", "polic-e"). */
const COGNATE_PREFIX = 4;

/** Whether a Spanish word and an English index term are one word in two spellings (y/i, c/z/s, v/b…). */
function isCognate(folded: string, term: string): boolean {
  const a = spellingKey(folded).replace(/y/g, 'i');
  const b = spellingKey(term).replace(/y/g, 'i');
  const length = Math.min(COGNATE_PREFIX, b.length);
  return length >= 3 && a.slice(0, length) === b.slice(0, length);
}

/** The archive's words that `folded` spells by ear (s/z/c, b/v, ll/y…: see spelling.ts), if any. */
function byEar(context: PlanContext, folded: string): readonly string[] {
  return context.spelling().get(spellingKey(folded)) ?? [];
}

const writtenByEar = (context: PlanContext, folded: string) => byEar(context, folded).length > 0;

/** The concept for one typed word, and the correction used when the word itself matches nothing. */
function conceptFor(
  context: PlanContext,
  folded: string,
  term: string,
): { concept: Concept; corrected: string[] } {
  const alternatives = new Map<string, number>();
  const known = context.knows(term);
  expand(context, term, 1, alternatives);
  if (!known) {
    // A Spanish word the corpus lacks: its lexicon group speaks for it, the word's own translation (a cognate:
    // "asilo" → asylum, not sanctuary) at full weight and the rest as synonyms; all at full weight when the
    // group holds no cognate ("abogado" → attorney, lawyer).
    // A word the lexicon does not list is taken for an unlisted form of a Spanish word it does list only when
    // it is no spelling by ear of a word of the archive: "dayas" is Dallas, not a form of "days".
    const group = (
      context.synonyms.byTerm.get(term) ??
      (writtenByEar(context, folded) ? undefined : context.synonyms.bySpanishStem.get(stemSpanish(folded))) ??
      []
    ).filter((synonym) => context.knows(synonym));
    const cognates = group.filter((synonym) => isCognate(folded, synonym));
    for (const synonym of group)
      alternatives.set(synonym, cognates.length === 0 || cognates.includes(synonym) ? 1 : SYNONYM_WEIGHT);
  }
  let corrected: string[] = [];
  if (alternatives.size === 0) {
    // A word written by ear ("juares", "hermosiyo") first, then the nearest spelling of the stem or the word.
    const swapped = byEar(context, folded);
    const nearest =
      swapped.length > 0 ? { terms: [...swapped], distance: 1 } : correct(context.fuzzy(), term);
    const { terms, distance } =
      nearest.terms.length > 0 || folded === term ? nearest : correct(context.fuzzy(), folded);
    corrected = terms;
    for (const candidate of terms) expand(context, candidate, TYPO_WEIGHT[distance] ?? 0.5, alternatives);
  }
  return {
    concept: {
      word: folded,
      alternatives: [...alternatives].map(([alt, weight]) => ({ term: alt, weight })),
    },
    corrected,
  };
}

/**
 * A word that matches nothing, not even as a typo, read as two words of the archive typed without the space
 * between them ("texasobserver", a hashtag "#TexasObserver", "turncoat"): the two words with their index terms, the
 * split with the longest first word that gives two index terms of at least MIN_SPLIT_PART letters each, or null.
 */
function splitRunTogether(
  knows: (term: string) => boolean,
  folded: string,
): { word: string; term: string }[] | null {
  if (folded.length < 2 * MIN_SPLIT_PART || /\d/.test(folded)) return null;
  for (let cut = folded.length - MIN_SPLIT_PART; cut >= MIN_SPLIT_PART; cut--) {
    const left = termOf(folded.slice(0, cut));
    const right = termOf(folded.slice(cut));
    if (left !== null && right !== null && knows(left) && knows(right))
      return [
        { word: folded.slice(0, cut), term: left },
        { word: folded.slice(cut), term: right },
      ];
  }
  return null;
}

/** Words that open a request to the archive ("find…", "show me…", "busca…", "dame…"). */
const REQUESTS: ReadonlySet<string> = new Set([
  'find',
  'show',
  'search',
  'look',
  'busca',
  'buscame',
  'dame',
  'muestra',
]);

/**
 * The words of a query that frame it and say nothing of what it is about: the opening word of a request to the
 * archive ("find the part where the lawyers explain…", "busca el articulo de…"), "part" or "parte" before "where"
 * or "donde", and "count" before "as" ("why doesn't being a cop count as persecution": is taken for, not a number).
 */
function framingWords(tokens: readonly Token[]): number[] {
  const found: number[] = [];
  tokens.forEach(({ folded }, at) => {
    const next = tokens[at + 1]?.folded ?? '';
    if (
      (at === 0 && REQUESTS.has(folded)) ||
      (/^parte?$/.test(folded) && /^(where|donde)$/.test(next)) ||
      (/^count(s|ed)?$/.test(folded) && /^(as|como)$/.test(next))
    )
      found.push(at);
  });
  return found;
}

export function planQuery(context: PlanContext, request: NormalizedRequest): QueryPlan {
  const tokens = tokenize(request.text);
  const seen = new Set<string>();
  const concepts: Concept[] = [];
  /** Per concept, the term that stands for it in name matching (the correction, for a typo). */
  const nameTerms: string[] = [];
  const unmatched: string[] = [];
  const didYouMean: string[] = [];
  // Words that only say what kind of answer is asked ("the year of…", "reasons for…") are no terms to match,
  // unless they are all the query says ("reasons", "year of"): then they are its words.
  const asking = new Set([
    ...timeQuestionWords(tokens),
    ...reasonQuestionWords(tokens),
    ...framingWords(tokens),
  ]);
  if (tokens.every((token, at) => token.term === null || asking.has(at))) asking.clear();
  const numbers = new Map(readNumbers(tokens).map((stated) => [stated.start, stated]));
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as (typeof tokens)[number];
    const stated = numbers.get(at);
    if (stated !== undefined && !asking.has(at)) {
      // A number, in digits or words: one concept for all its words.
      const typed = tokens
        .slice(at, stated.end)
        .map(({ folded }) => folded)
        .join(' ');
      at = stated.end - 1;
      if (seen.has(`#${typed}`) || concepts.length >= MAX_WORDS) continue;
      seen.add(`#${typed}`);
      const concept = conceptForNumber(context, stated, typed);
      concepts.push(concept);
      nameTerms.push(concept.alternatives[0]?.term ?? typed);
      if (concept.alternatives.length === 0) unmatched.push(typed);
      // A share ("nine in ten") is a percentage, and the archive says one with the word: "85 percent".
      const percent = stated.share ? termOf('percent') : null;
      if (percent !== null && context.knows(percent) && !seen.has(percent) && concepts.length < MAX_WORDS) {
        seen.add(percent);
        concepts.push({ word: 'percent', alternatives: [{ term: percent, weight: 1 }] });
        nameTerms.push(percent);
      }
      continue;
    }
    if (token.term === null || seen.has(token.term) || asking.has(at)) continue;
    if (concepts.length >= MAX_WORDS) break;
    seen.add(token.term);
    const { concept, corrected } = conceptFor(context, token.folded, token.term);
    const words = concept.alternatives.length === 0 ? splitRunTogether(context.knows, token.folded) : null;
    if (words !== null) {
      // Two words typed as one: each a concept of its own, offered as the correction.
      for (const { word, term } of words) {
        if (seen.has(term) || concepts.length >= MAX_WORDS) continue;
        seen.add(term);
        concepts.push({ word, alternatives: [{ term, weight: SPLIT_WEIGHT }] });
        nameTerms.push(term);
      }
      didYouMean.push(words.map(({ word }) => word).join(' '));
      continue;
    }
    concepts.push(concept);
    nameTerms.push(corrected[0] ?? token.term);
    for (const term of corrected) didYouMean.push(context.surfaceOf(term));
    if (concept.alternatives.length === 0) unmatched.push(token.folded);
  }

  const entities = findNamedEntities(context.catalog, nameTerms).map((match) => ({
    match,
    concepts: [...match.words],
  }));
  const figures: QueryPlan['figures'] = [];
  concepts.forEach((concept, index) => {
    if (!/^\d+$/.test(concept.word)) return;
    const value = Number(concept.word);
    for (const figure of context.catalog.figures)
      if (figure.value === value) figures.push({ figure, concept: index });
  });

  const phrases = request.phrases.map(toPhrase).filter((phrase): phrase is Phrase => phrase !== null);
  const phraseConcepts: Concept[] = [];
  for (const phrase of phrases) {
    for (const token of tokenize(phrase.text)) {
      if (token.term === null || seen.has(token.term) || !context.knows(token.term)) continue;
      seen.add(token.term);
      phraseConcepts.push({ word: token.folded, alternatives: [{ term: token.term, weight: 1 }] });
    }
  }

  const excludeTerms: string[] = [];
  const excludePhrases: Phrase[] = [];
  for (const text of request.exclude) {
    const words = tokenize(text);
    if (words.length === 1 && words[0]?.term) excludeTerms.push(words[0].term);
    else {
      const phrase = toPhrase(text);
      if (phrase) excludePhrases.push(phrase);
    }
  }

  return {
    concepts,
    phraseConcepts,
    phrases,
    excludeTerms,
    excludePhrases,
    entities,
    figures,
    unmatched,
    didYouMean: [...new Set(didYouMean)],
    onlyStopWords: tokens.length > 0 && concepts.length === 0,
    asksOutcome: asksOutcome(tokens),
    asksTime: asksTime(tokens),
    asksWhy: asksWhy(tokens),
    asksOutlet: asksOutlet(tokens),
    yearsNamed: new Set(concepts.map(({ word }) => word).filter((word) => YEAR.test(word))),
  };
}
