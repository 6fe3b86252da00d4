import { fold } from './fold';
import { stemEnglish } from './stem-english';
import { STOP_WORDS } from './stop-words';

/** One word of a text: where it is, how it folds, and the index term it becomes (null for a stop word). */
export type Token = {
  /** [start, end) UTF-16 offsets into the analysed text. */
  start: number;
  end: number;
  /** The word folded (lower case, no accents, no thousands separators or acronym dots). */
  folded: string;
  /** The index term: the folded word stemmed; null when the word is a stop word. */
  term: string | null;
};

/*
 * A word is, in order of preference: an acronym with dots ("U.S." → "us"), a number with thousands separators
 * ("6,347" → "6347"), or a run of letters, marks and digits. Hyphens and apostrophes split words
 * ("Duran-Rodriguez", "Alarcon’s"), so every part of a compound is findable on its own.
 */
const WORD = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}|\d{1,3}(?:,\d{3})+(?![\d,]\d)|[\p{L}\p{M}\p{N}]+/gu;

/** Words longer than this are not language (base64, runaway input): they are cut so that work stays bounded. */
export const MAX_WORD_LENGTH = 64;

export function normalizeWord(raw: string): string {
  const folded = fold(raw).replace(/[.,]/g, '');
  return folded.length > MAX_WORD_LENGTH ? folded.slice(0, MAX_WORD_LENGTH) : folded;
}

/** Stems already computed: a vocabulary repeats itself, and stemming is the costliest step of analysis. */
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 100_000;

/** The index term of a folded word, or null for a stop word. */
export function termOf(folded: string): string | null {
  if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
  let stem = stems.get(folded);
  if (stem === undefined) {
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stem = stemEnglish(folded);
    stems.set(folded, stem);
  }
  return stem;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const folded = normalizeWord(match[0]);
    if (folded.length === 0) continue;
    tokens.push({ start, end: start + match[0].length, folded, term: termOf(folded) });
  }
  return tokens;
}

/** The index terms of a text, in order, stop words left out: what flexsearch stores for it. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) if (token.term !== null) terms.push(token.term);
  return terms;
}
