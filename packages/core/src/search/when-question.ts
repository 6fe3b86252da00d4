import { isNumberWord, TIME_UNITS, YEAR } from './analysis/numbers';
import type { Token } from './analysis/tokenize';
import { liftBestWhere } from './proximity';

/*
 * What a when-question asks beyond its words: "when was de la rosa detained", "cuándo detuvieron a de la rosa",
 * "what year did the court rule" want the passage that says when ("arrested last week", "in early January",
 * "In 2013"), and "how long did alarcon wait" the one that says for how long ("another 18 months"). Question
 * words are stop words, so scoring never sees them; among the best passages, those that state a time (or a
 * duration) are lifted by a share: a passage that cannot answer the question falls behind close ones that can.
 */

/** Chosen on the tuning half and the older held-out parts (eval/BASELINE.md, fourth session). */
const WHEN_LIFT = 1;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'setiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
/** The English name of a month (1–12), as a text would write it. */
export const monthName = (month: number): string | undefined =>
  month >= 1 && month <= 12 ? MONTHS[month - 1] : undefined;

const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'lunes',
  'martes',
  'miercoles',
  'jueves',
  'viernes',
  'sabado',
  'domingo',
];
/** Words that date something on their own ("May" is left out: it is a verb far more often than a month). */
const DATING_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS.filter((month) => month !== 'may'),
  ...WEEKDAYS,
  'ago',
  'yesterday',
  'ayer',
  'hace',
]);
/** "last week", "earlier this year", "el año pasado": a relative date is one of these before a unit of time. */
const RELATIVE: ReadonlySet<string> = new Set([
  'last',
  'next',
  'this',
  'earlier',
  'later',
  'previous',
  'pasado',
  'pasada',
  'proximo',
  'proxima',
]);
/** Units a relative date counts in: "the next day" orders a story's events, "next year" dates one. */
const PERIODS: ReadonlySet<string> = new Set(
  [...TIME_UNITS].filter((unit) => !/^(day|dia|hour|hora)s?$/.test(unit)),
);
/** Words that count a unit of time without being a number: "a week", "a couple of months", "a few years". */
const COUNTING_WORDS: ReadonlySet<string> = new Set(['a', 'un', 'una', 'couple', 'few', 'several']);
/** Whether a word counts what follows: a number in digits or words ("18", "eighteen", "dieciocho"), "a", "few". */
const counts = (word: string) => /^\d/.test(word) || isNumberWord(word) || COUNTING_WORDS.has(word);

/** What a question asks about time: a date ("when"), a length of time ("how long"), or nothing. */
export type TimeAsked = 'date' | 'duration' | null;

/** "when …", "cuándo …", "what year …", "since when …" ask for a date; "how long …", "cuánto tiempo …" a length. */
export function asksTime(tokens: readonly Token[]): TimeAsked {
  const words = tokens.map((token) => token.folded);
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as string;
    const next = words[at + 1];
    if ((word === 'how' && next === 'long') || (word === 'cuanto' && next === 'tiempo')) return 'duration';
    if (word === 'when' || word === 'cuando') return 'date';
    if (asksForTime(words, at)) return 'date';
  }
  return null;
}

/** Nouns of a date: "what year…", "the date of…", "fecha en que…" ask when with one of these. */
const TIME_NOUNS: ReadonlySet<string> = new Set([
  'year',
  'date',
  'month',
  'day',
  'ano',
  'fecha',
  'mes',
  'dia',
]);
/** Before a time noun, words that make it the question: "what year", "which date", "en qué año". */
const ASKING_BEFORE: ReadonlySet<string> = new Set(['what', 'which', 'que', 'en']);
/** After a time noun, words that make it the question: "the date of the massacre", "starting date for…". */
const ASKING_AFTER: ReadonlySet<string> = new Set(['of', 'for', 'when', 'de', 'del', 'en']);

/**
 * Whether the word at `at` is a time noun that asks when ("year of the decision", "what month…"), rather than one
 * that states a time ("last year", "27 year old", "one day in Tijuana"): the question's word, not the answer's.
 */
function asksForTime(words: readonly string[], at: number): boolean {
  if (!TIME_NOUNS.has(words[at] as string)) return false;
  const before = words[at - 1];
  if (before !== undefined && ASKING_BEFORE.has(before)) return true;
  if (before !== undefined && (RELATIVE.has(before) || counts(before))) return false;
  const after = words[at + 1];
  return after !== undefined && ASKING_AFTER.has(after);
}

/**
 * The words of a when-question that only say a date is asked ("year", "date", "fecha"): matched as text they would
 * find "court date" or "last year" rather than the date asked for, so they are left out of the query's terms.
 */
export function timeQuestionWords(tokens: readonly Token[]): number[] {
  const words = tokens.map((token) => token.folded);
  const found: number[] = [];
  for (let at = 0; at < words.length; at++) if (asksForTime(words, at)) found.push(at);
  return found;
}

/**
 * Whether the words hold a date: a year (one of `years`, when the query names any), a month or weekday, "ago",
 * "last week".
 */
function statesDate(tokens: readonly Token[], years: ReadonlySet<string>): boolean {
  for (let at = 0; at < tokens.length; at++) {
    const word = (tokens[at] as Token).folded;
    if (DATING_WORDS.has(word) || (YEAR.test(word) && (years.size === 0 || years.has(word)))) return true;
    if (RELATIVE.has(word) && PERIODS.has(tokens[at + 1]?.folded ?? '')) return true;
    // "el año pasado": the unit first, then the relative word.
    if (PERIODS.has(word) && RELATIVE.has(tokens[at + 1]?.folded ?? '')) return true;
  }
  return false;
}

/** Whether the words hold a length of time: a number, or a number word, before a unit ("18 months"). */
function statesDuration(tokens: readonly Token[]): boolean {
  for (let at = 1; at < tokens.length; at++) {
    const before = (tokens[at - 1] as Token).folded;
    if (TIME_UNITS.has((tokens[at] as Token).folded) && counts(before)) return true;
  }
  return false;
}

/**
 * Lifts the best passages that say when (or, for "how long", for how long). A query that names a year asks about
 * that year ("sonora 2019 appeal ruling, what month"): a passage whose only date is another year ("In 2013") does
 * not say when.
 */
export function liftTimes(
  asked: TimeAsked,
  kept: ArrayLike<number>,
  scores: Float64Array,
  tokensOf: (passage: number) => readonly Token[],
  years: ReadonlySet<string>,
): void {
  if (asked === null) return;
  liftBestWhere(
    kept,
    scores,
    tokensOf,
    WHEN_LIFT,
    asked === 'date' ? (tokens) => statesDate(tokens, years) : statesDuration,
  );
}
