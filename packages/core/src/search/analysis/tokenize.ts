import { fold } from './fold';
import { scanWords } from './scan-words';
import { stemEnglish } from './stem-english';
import { UNINDEXED_WORDS } from './stop-words';

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

/** Words longer than this are not language (base64, runaway input): they are cut so that work stays bounded. */
export const MAX_WORD_LENGTH = 64;

const SEPARATORS = /[.,]/g;

export function normalizeWord(raw: string): string {
  let folded = fold(raw);
  // Only acronyms and numbers carry dots or commas: most words skip the replacement.
  if (folded.includes('.') || folded.includes(',')) folded = folded.replace(SEPARATORS, '');
  return folded.length > MAX_WORD_LENGTH ? folded.slice(0, MAX_WORD_LENGTH) : folded;
}

/**
 * An English negative contraction ("didn't", "won't", "isn’t") is two words to the scanner, "didn" and "t": the
 * auxiliary says nothing ("won" is no win), the "t" says "not". Typed without the apostrophe ("didnt", "wont"),
 * the word says "not" too.
 */
const NOT = 'not';
const APOSTROPHES = new Set([0x27, 0x2019]);
const NEGATED: ReadonlySet<string> = new Set(
  'dont didnt doesnt isnt wasnt werent arent cant couldnt wouldnt shouldnt wont hasnt havent hadnt aint mustnt neednt'.split(
    ' ',
  ),
);

/**
 * Terms already computed, stop words included (as null): a vocabulary repeats itself, stemming is the costliest
 * step of analysis, and one lookup answers both questions.
 */
const terms = new Map<string, string | null>();
const MAX_CACHED_TERMS = 100_000;

/** The index term of a folded word, or null for a stop word. */
export function termOf(folded: string): string | null {
  let term = terms.get(folded);
  if (term === undefined) {
    if (terms.size >= MAX_CACHED_TERMS) terms.clear();
    term =
      folded.length === 0 || UNINDEXED_WORDS.has(folded)
        ? null
        : NEGATED.has(folded)
          ? NOT
          : stemEnglish(folded);
    terms.set(folded, term);
  }
  return term;
}

/**
 * Seeds the term cache with folded words whose term is already known — from a snapshot made by this analyser
 * (its version is checked before) — so that the first searches after a start do not stem the words of the
 * passages they read again.
 */
export function rememberTerm(folded: string, term: string): void {
  if (terms.size < MAX_CACHED_TERMS) terms.set(folded, term);
}

/** A word as written → its folded form and term: texts repeat their words, so each is analysed once. */
const words = new Map<string, { folded: string; term: string | null }>();

function analyseWord(raw: string): { folded: string; term: string | null } {
  let analysed = words.get(raw);
  if (analysed === undefined) {
    const folded = normalizeWord(raw);
    analysed = { folded, term: folded.length > 0 ? termOf(folded) : null };
    // Runaway "words" (pasted base64, 100k characters of one letter) are not worth keeping.
    if (raw.length <= MAX_WORD_LENGTH) {
      if (words.size >= MAX_CACHED_TERMS) words.clear();
      words.set(raw, analysed);
    }
  }
  return analysed;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (start, end) => {
    const { folded, term } = analyseWord(text.slice(start, end));
    if (folded.length === 0) return;
    const previous = tokens[tokens.length - 1];
    if (
      folded === 't' &&
      previous !== undefined &&
      previous.end === start - 1 &&
      previous.folded.endsWith('n') &&
      APOSTROPHES.has(text.charCodeAt(start - 1))
    ) {
      previous.term = null;
      tokens.push({ start, end, folded: NOT, term: NOT });
    } else tokens.push({ start, end, folded, term });
  });
  return tokens;
}

/** The index terms of a text, in order, stop words left out: what flexsearch stores for it. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) if (token.term !== null) terms.push(token.term);
  return terms;
}
