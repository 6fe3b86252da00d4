import { OUTCOME_WORDS, OUTCOMES } from '../schema/vocabulary';
import type { Token } from './analysis/tokenize';
import { bestPassages, RERANKED, WINDOW } from './proximity';
import type { ScoredConcept } from './scoring';

/*
 * What a question asks beyond its words: "when" wants the passage that dates the event, "why" the one that
 * gives a reason, "did … get asylum" the one that states the outcome. Question words are stop words, so
 * scoring never sees them; among the best passages, those with the asked-for wording near a query word are
 * lifted by a share, which reorders close passages without raising one that shares few of the query's words.
 */

export type Intent = 'time' | 'cause' | 'outcome';

/** Chosen on the tuning half (eval/BASELINE.md): 0.5 to 1.2 alike, 0.25 and less do nothing. */
const INTENT_LIFT = 0.5;

const WHEN = new Set(['when', 'cuando']);
const WHY = new Set(['why', 'porque']);
/** Questions that ask yes or no: "did", "was", "is … going to be deported". */
const YES_NO = new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'will', 'has', 'have', 'can']);

const MONTHS = `january february march april june july august september october november december
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre`;
const DAYS = `monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes
sabado domingo`;
/** Words that date an event; years are recognised by their digits. ("May" is left out: it is mostly a verb.) */
const TIME_WORDS: ReadonlySet<string> = new Set(
  `${MONTHS} ${DAYS} yesterday today ago ayer hoy anoche`.split(/\s+/),
);
/** Words that give a reason: causes, fears and threats, and a court's reasoning. */
const CAUSE_WORDS: ReadonlySet<string> = new Set(
  `because due cause caused reason reasons after fear feared afraid threat threats threatened ultimatum ruled
  concluded found porque debido causa razon tras miedo amenaza amenazas amenazado amenazaron`.split(/\s+/),
);
/** The outcome vocabulary core's filters read, one word at a time (multi-word entries are filter syntax). */
const OUTCOME_TERMS: ReadonlySet<string> = new Set(
  OUTCOMES.flatMap((outcome) => OUTCOME_WORDS[outcome]).filter((word) => !word.includes(' ')),
);

const WORDS_OF: Readonly<Record<Intent, ReadonlySet<string>>> = {
  time: TIME_WORDS,
  cause: CAUSE_WORDS,
  outcome: OUTCOME_TERMS,
};

const isYear = (word: string) => word.length === 4 && /^(?:19|20)\d\d$/.test(word);

/** What the query asks for, from its question word: a time, a cause, an outcome, or nothing in particular. */
export function intentOf(tokens: readonly Token[]): Intent | null {
  const words = tokens.map((token) => token.folded);
  for (const [at, word] of words.entries()) {
    if (WHEN.has(word)) return 'time';
    if (WHY.has(word) || (word === 'por' && words[at + 1] === 'que')) return 'cause';
  }
  // "did the juarez cop get asylum": a yes/no question at the start asks how things turned out.
  const first = words[0];
  return first !== undefined && YES_NO.has(first) ? 'outcome' : null;
}

/**
 * Lifts the best passages that hold the wording the query's question asks for within a few words of one of
 * the query's own words: "refused bribes" is no outcome of an asylum claim, "asylum case was denied" is.
 */
export function liftAsked(
  intent: Intent | null,
  concepts: readonly ScoredConcept[],
  kept: ArrayLike<number>,
  scores: Float64Array,
  tokensOf: (passage: number) => readonly Token[],
): void {
  if (intent === null) return;
  const asked = WORDS_OF[intent];
  const isAsked = (word: string) => asked.has(word) || (intent === 'time' && isYear(word));
  const queried = new Set<string>();
  for (const concept of concepts)
    if (concept.counts) for (const { term } of concept.alternatives) queried.add(term);
  for (const passage of bestPassages(kept, scores, RERANKED)) {
    const tokens = tokensOf(passage);
    let lastQueried = -Infinity;
    let lastAsked = -Infinity;
    let near = false;
    for (let at = 0; at < tokens.length && !near; at++) {
      const token = tokens[at] as Token;
      if (isAsked(token.folded)) lastAsked = at;
      if (token.term !== null && queried.has(token.term)) lastQueried = at;
      near = Math.abs(lastAsked - lastQueried) <= WINDOW;
    }
    if (near) scores[passage] = (scores[passage] as number) * (1 + INTENT_LIFT);
  }
}
