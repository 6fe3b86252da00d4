import type { Token } from './analysis/tokenize';
import { tokenize } from './analysis/tokenize';

/** A phrase as the folded words it must contain, in order; punctuation between them does not matter. */
export type Phrase = { text: string; words: readonly string[] };

export function toPhrase(text: string): Phrase | null {
  const words = tokenize(text).map((token) => token.folded);
  return words.length > 0 ? { text, words } : null;
}

/** Every [start, end) range of the passage where the phrase occurs. */
export function phraseRanges(tokens: readonly Token[], phrase: Phrase): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const { words } = phrase;
  for (let i = 0; i + words.length <= tokens.length; i++) {
    let matches = true;
    for (let j = 0; j < words.length; j++) {
      if (tokens[i + j]?.folded !== words[j]) {
        matches = false;
        break;
      }
    }
    if (matches) ranges.push([tokens[i]?.start ?? 0, tokens[i + words.length - 1]?.end ?? 0]);
  }
  return ranges;
}
