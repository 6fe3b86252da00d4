import type { Token } from './analysis/tokenize';
import type { ScoredConcept } from './scoring';

/*
 * Proximity. BM25 counts words, not where they sit: "Alarcon's asylum case was denied" and a story's opening
 * that says "asylum" in one sentence and "denied" three sentences later earn alike. Among the best-scored
 * passages, each pair of different query words found within a few words of each other lifts the passage by a
 * share of PROXIMITY_LIFT, so the passage that states the answer in one breath outranks one that only shares
 * its words. Chosen on the tuning half of eval/queries.yaml (`pnpm eval`): lifts from 0.7 to 1.5 and windows
 * of 5 to 12 words all raise it alike; 0.7 and 8 sit inside that range.
 */
const PROXIMITY_LIFT = 0.7;
/** Two words at most this many words apart (stop words counted) are near each other. */
export const WINDOW = 8;
/** Only the best passages are looked at again: the words of each must be read, and lower ones stay lower. */
const RERANKED = 20;

/** The `count` kept passages with the highest scores, best first (a small insertion-sorted list). */
function bestPassages(kept: ArrayLike<number>, scores: Float64Array, count: number): number[] {
  const top: number[] = [];
  for (let at = 0; at < kept.length; at++) {
    const passage = kept[at] as number;
    const score = scores[passage] as number;
    if (top.length === count && score <= (scores[top[count - 1] as number] as number)) continue;
    let slot = top.length === count ? count - 1 : top.length;
    while (slot > 0 && (scores[top[slot - 1] as number] as number) < score) {
      top[slot] = top[slot - 1] as number;
      slot--;
    }
    top[slot] = passage;
  }
  return top;
}

/**
 * Lifts by a share (`1 + lift`) the best passages whose words hold what a question asks for beyond its words:
 * an outcome, a time, a reason (outcome-question.ts, when-question.ts, why-question.ts).
 */
export function liftBestWhere(
  kept: ArrayLike<number>,
  scores: Float64Array,
  tokensOf: (passage: number) => readonly Token[],
  lift: number,
  holds: (tokens: readonly Token[], passage: number) => boolean,
): void {
  for (const passage of bestPassages(kept, scores, RERANKED)) {
    if (holds(tokensOf(passage), passage)) scores[passage] = (scores[passage] as number) * (1 + lift);
  }
}

/** Lifts the scores of the best passages whose matched query words sit close together. */
export function liftNearby(
  concepts: readonly ScoredConcept[],
  kept: ArrayLike<number>,
  scores: Float64Array,
  tokensOf: (passage: number) => readonly Token[],
): void {
  const conceptOf = new Map<string, number>();
  let counted = 0;
  concepts.forEach((concept, index) => {
    if (!concept.counts) return;
    counted++;
    for (const { term } of concept.alternatives) if (!conceptOf.has(term)) conceptOf.set(term, index);
  });
  if (counted < 2) return;
  const possiblePairs = (counted * (counted - 1)) / 2;
  for (const passage of bestPassages(kept, scores, RERANKED)) {
    const positions: number[] = [];
    const owners: number[] = [];
    tokensOf(passage).forEach((token, position) => {
      const concept = token.term === null ? undefined : conceptOf.get(token.term);
      if (concept !== undefined) {
        positions.push(position);
        owners.push(concept);
      }
    });
    // Each pair of different query words near each other counts once, however often it recurs.
    const pairs = new Set<number>();
    for (let i = 0; i < positions.length; i++) {
      for (
        let j = i + 1;
        j < positions.length && (positions[j] as number) - (positions[i] as number) <= WINDOW;
        j++
      ) {
        const a = owners[i] as number;
        const b = owners[j] as number;
        if (a !== b) pairs.add(Math.min(a, b) * concepts.length + Math.max(a, b));
      }
    }
    if (pairs.size > 0)
      scores[passage] = (scores[passage] as number) * (1 + (PROXIMITY_LIFT * pairs.size) / possiblePairs);
  }
}
