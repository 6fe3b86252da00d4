import type { Token } from './analysis/tokenize';
import { liftBestWhere } from './proximity';

/*
 * What a why-question asks beyond its words: "why was alarcon denied asylum", "por qué le negaron el asilo"
 * want the passage that gives a reason ("the judge ruled that…", "because…", "did not meet the standard"), not
 * the one that only reports the outcome. Question words are stop words, so scoring never sees them; among the
 * best passages, those that give a reason are lifted by a share.
 */

/** Chosen on the tuning half and the older held-out parts (eval/BASELINE.md, fourth session). */
const WHY_LIFT = 1;

/** Words that give a reason on their own. */
const REASON_WORDS: ReadonlySet<string> = new Set([
  'because',
  'reason',
  'reasons',
  'due',
  'cause',
  'caused',
  'causes',
  'standard',
  'prove',
  'proved',
  'porque',
  'debido',
  'motivo',
  'razon',
  'causa',
]);
/** Verbs of a ruling or finding that give its reason when "that" follows: "the judge ruled that…". */
const FINDING_VERBS: ReadonlySet<string> = new Set([
  'ruled',
  'ruling',
  'found',
  'concluded',
  'decided',
  'determined',
  'held',
]);

/** "why …", "por qué …", "how come …", "what was the reason …", "razones del juez…". */
export function asksWhy(tokens: readonly Token[]): boolean {
  for (let at = 0; at < tokens.length; at++) {
    const word = (tokens[at] as Token).folded;
    const next = tokens[at + 1]?.folded;
    if (word === 'why' || (word === 'por' && next === 'que') || (word === 'how' && next === 'come'))
      return true;
    if (REASON_NOUNS.has(word)) return true;
  }
  return false;
}

/** Nouns that ask for a reason in a query ("the reason the court…", "razones del juez", "motivo"). */
const REASON_NOUNS: ReadonlySet<string> = new Set([
  'reason',
  'reasons',
  'razon',
  'razones',
  'motivo',
  'motivos',
]);

/**
 * The words of a why-question that only say a reason is asked ("reason", "razones"): the passage that gives the
 * reason rarely names it so, so they are left out of the query's terms (the reason lift looks for it instead).
 */
export function reasonQuestionWords(tokens: readonly Token[]): number[] {
  const found: number[] = [];
  tokens.forEach((token, at) => {
    if (REASON_NOUNS.has(token.folded)) found.push(at);
  });
  return found;
}

function givesReason(tokens: readonly Token[]): boolean {
  for (let at = 0; at < tokens.length; at++) {
    const word = (tokens[at] as Token).folded;
    if (REASON_WORDS.has(word)) return true;
    if (FINDING_VERBS.has(word) && tokens[at + 1]?.folded === 'that') return true;
  }
  return false;
}

/** Lifts the best passages that give a reason. */
export function liftReasons(
  asked: boolean,
  kept: ArrayLike<number>,
  scores: Float64Array,
  tokensOf: (passage: number) => readonly Token[],
): void {
  if (asked) liftBestWhere(kept, scores, tokensOf, WHY_LIFT, givesReason);
}
