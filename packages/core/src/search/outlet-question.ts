import type { Token } from './analysis/tokenize';
import { liftBestWhere } from './proximity';

/*
 * What "which newspaper praised the officer…", "which toronto paper vouched for him", "¿cuál fue el periódico de
 * Toronto…?" ask beyond their words: an outlet's name. The passage that names one ("The Toronto Globe and Mail last
 * week highlighted…") answers; one that only says "the paper" does not, however many of the words it shares. Among
 * the best passages, those naming an outlet are lifted by a share, as a when-question lifts those that say when.
 */

/** As the outcome and answer lifts. */
const OUTLET_LIFT = 0.75;

const OUTLET_WORDS =
  /^(newspapers?|papers?|outlets?|publications?|magazines?|periodicos?|diarios?|revistas?)$/;
const WHICH: ReadonlySet<string> = new Set(['which', 'what', 'que', 'cual']);

/** Whether the query asks which outlet: "which", "what", "qué", "cuál" up to three words before "newspaper"… */
export function asksOutlet(tokens: readonly Token[]): boolean {
  return tokens.some(
    ({ folded }, at) =>
      OUTLET_WORDS.test(folded) &&
      tokens.slice(Math.max(0, at - 3), at).some((token) => WHICH.has(token.folded)),
  );
}

/** Lifts the best passages that name an outlet (`naming`: made on first need), when the query asks for one. */
export function liftOutlets(
  asked: boolean,
  naming: () => ReadonlySet<number>,
  kept: ArrayLike<number>,
  scores: Float64Array,
  tokensOf: (passage: number) => readonly Token[],
): void {
  if (!asked) return;
  const passages = naming();
  liftBestWhere(kept, scores, tokensOf, OUTLET_LIFT, (_, passage) => passages.has(passage));
}
