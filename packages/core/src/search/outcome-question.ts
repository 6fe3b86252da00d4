import { OUTCOME_WORDS, OUTCOMES } from '../schema/vocabulary';
import type { Token } from './analysis/tokenize';
import { liftBestWhere, WINDOW } from './proximity';
import type { ScoredConcept } from './scoring';

/*
 * What a yes/no question asks beyond its words: "did the juarez cop get asylum", "is the sonora cop going to
 * be deported", and so do "what happened to the sonora cop", "what did the ninth circuit decide", "qué pasó
 * con…": they want the passage that states how the claim turned out. Question words are stop words, so
 * scoring never sees them; among the best passages, those with an outcome word near a query word are lifted
 * by a share, which reorders close passages without raising one that shares few of the query's words.
 * When- and why-questions have their own lifts (when-question.ts, why-question.ts): a stated time, a stated
 * reason, anywhere in the passage (nearness to a query word, tried first, is met by the name asked about).
 */

/**
 * Chosen on the tuning half (eval/BASELINE.md): 0.5 to 1.2 alike, 0.25 and less do nothing. 0.75 since the ninth
 * session's joint fit of the weights (every read set, each left out in turn: chosen in every fold).
 */
const OUTCOME_LIFT = 0.75;

/** Questions that ask yes or no: "did", "was", "is … going to be deported". */
const YES_NO = new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'will', 'has', 'have', 'can']);

/** The outcome vocabulary core's filters read, one word at a time (multi-word entries are filter syntax). */
const OUTCOME_TERMS: ReadonlySet<string> = new Set(
  OUTCOMES.flatMap((outcome) => OUTCOME_WORDS[outcome]).filter((word) => !word.includes(' ')),
);

/** Whether the query asks how things turned out: a yes/no question, "what happened…", "what did … decide". */
export function asksOutcome(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.folded;
  if (first !== undefined && YES_NO.has(first)) return true;
  return tokens.some(({ folded }, at) => {
    if (OUTCOME_ASKED.has(folded)) return true;
    const next = tokens[at + 1]?.folded;
    return (folded === 'what' || folded === 'que') && next !== undefined && BECAME.has(next);
  });
}

/** "what happened to…", "what became of…", "qué pasó con…", "qué fue de…": how things turned out. */
const BECAME: ReadonlySet<string> = new Set(['happened', 'happens', 'became', 'paso', 'fue']);
/**
 * Words that ask for the outcome wherever they stand: "what did the court decide", "the result of…", and the verbs
 * of a judgment ("when did the court rule on…", "appeals court upholds…", "the ruling on…"), whose answer is what
 * it decided.
 */
const OUTCOME_ASKED: ReadonlySet<string> = new Set(
  'decide decided outcome result resultado rule rules ruled ruling rulings uphold upholds upheld'.split(' '),
);

/** What has an outcome: an outcome word near one of these states how a claim ended ("his asylum case was denied"). */
const CLAIM_WORDS: ReadonlySet<string> = new Set(
  'asylum refuge sanctuary case claim petition application appeal'.split(' '),
);

/**
 * Lifts the best passages that hold an outcome word within a few words of a claim's word or of one of the
 * query's own words other than names: "refused bribes" is no outcome of an asylum claim, "asylum case was denied"
 * is, and "Alarcon refused bribes" is none either (a name says whose story it is, not what ended).
 */
export function liftOutcomes(
  asked: boolean,
  concepts: readonly ScoredConcept[],
  kept: ArrayLike<number>,
  scores: Float64Array,
  tokensOf: (passage: number) => readonly Token[],
  textOf: (passage: number) => string,
): void {
  if (!asked) return;
  const queried = new Set<string>();
  for (const concept of concepts)
    if (concept.counts && concept.named.length === 0)
      for (const { term } of concept.alternatives) queried.add(term);
  liftBestWhere(kept, scores, tokensOf, OUTCOME_LIFT, (tokens, passage) => {
    const text = textOf(passage);
    let lastQueried = -Infinity;
    let lastAsked = -Infinity;
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at] as Token;
      // Written with a capital, the word is part of a name: the "Court of Appeals" states no appeal.
      if (OUTCOME_TERMS.has(token.folded) && !isCapital(text.charCodeAt(token.start))) lastAsked = at;
      // Singular or plural: "claims were rejected".
      if (CLAIM_WORDS.has(token.folded.replace(/s$/, '')) || (token.term !== null && queried.has(token.term)))
        lastQueried = at;
      if (Math.abs(lastAsked - lastQueried) <= WINDOW) return true;
    }
    return false;
  });
}

const isCapital = (code: number) => code >= 65 && code <= 90;
