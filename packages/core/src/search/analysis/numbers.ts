import type { Token } from './tokenize';

/*
 * Numbers as members type them: "forty five thousand", "twenty-six", "nine hundred", "seis mil", "cuarenta y
 * cinco", "45 thousand", "a couple hundred", "hundreds", "miles de", "the 2000s". The index knows a number only
 * as digits ("45,000" is the term 45000), so a query's number words are read into the value they say, and the
 * search matches that value (plan.ts). One reader for English and Spanish; the words are folded (no accents).
 */

const SPANISH_UNITS = 'uno dos tres cuatro cinco seis siete ocho nueve';
const SPANISH_HUNDREDS =
  'doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos';

/** Words in a row that say 0, 1, 2…, and then tens; "_" holds a place no word of the list says. */
const inOrder = (): ReadonlyArray<readonly [words: string, first: number, step: number]> => [
  [
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
    0,
    1,
  ],
  ['twenty thirty forty fifty sixty seventy eighty ninety', 20, 10],
  // Spanish "once" (11) is the English "once": it is a number only within one (`readValue`).
  [
    `cero ${SPANISH_UNITS} diez _ doce trece catorce quince dieciseis diecisiete dieciocho diecinueve veinte`,
    0,
    1,
  ],
  ['treinta cuarenta cincuenta sesenta setenta ochenta noventa', 30, 10],
  [SPANISH_HUNDREDS, 200, 100],
  // "veintiuno"… "veintinueve" are "veinti" and the unit ("veintiséis" folds to "veintiseis").
  [SPANISH_UNITS.replace(/(\w+)/g, 'veinti$1'), 21, 1],
  // "doscientas personas": the hundreds agree with a feminine noun.
  [SPANISH_HUNDREDS.replace(/os\b/g, 'as'), 200, 100],
];

/** Words that are a number on their own, and their value: made on first need (importing the package stays cheap). */
let values: ReadonlyMap<string, number> | undefined;
const valuesOf = (): ReadonlyMap<string, number> =>
  (values ??= new Map([
    ...inOrder().flatMap(([words, first, step]) =>
      words.split(' ').map((word, at) => [word, first + at * step] as const),
    ),
    ['veintiun', 21],
    ['veintiuna', 21],
    ['cien', 100],
    ['ciento', 100],
    ['dozen', 12],
    ['docena', 12],
  ]));

/** Words that multiply what comes before them ("nine hundred", "seis mil"); alone they mean one of them. */
const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['mil', 1e3],
  ['millon', 1e6],
  ['millones', 1e6],
]);

/**
 * Words of magnitude and the numbers each means, as people use them: "hundreds" from 100 up to the thousands,
 * "thousands" up to the tens of thousands ("thousands dead" for 11,000). "miles" is a magnitude only before "de"
 * ("miles de muertos"): in English it is a distance.
 */
const MAGNITUDES: ReadonlyMap<string, readonly [least: number, below: number]> = new Map(
  (
    [
      ['dozens docenas', 24, 240],
      ['hundreds cientos centenares', 100, 1e4],
      ['thousands miles millares', 1e3, 1e5],
      ['millions', 1e6, 1e8],
    ] as const
  ).flatMap(([words, least, below]) => words.split(' ').map((word) => [word, [least, below]] as const)),
);

/**
 * Words that are a number only before a scale: "a hundred", "un millón", "a couple hundred", "once mil" (Spanish
 * eleven; in English "once" is no number).
 */
const ONE_BEFORE_SCALE: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['un', 1],
  ['una', 1],
  ['uno', 1],
  ['couple', 2],
  ['par', 2],
  ['once', 11],
]);

/** Words that join the parts of one number: "one hundred and five", "cuarenta y cinco". */
const JOINERS: ReadonlySet<string> = new Set(['and', 'y']);

/** Words before a number that say it is not exact: "about 900", "more than 6,000", "casi mil". */
const APPROXIMATE: ReadonlySet<string> = new Set(
  'about around roughly approximately nearly almost some over under like than least unos unas casi cerca aproximadamente alrededor mas menos'.split(
    ' ',
  ),
);

/** A number in digits. */
export const DIGITS = /^\d+$/;
/** A number from 1800 to 2099 is taken for a year (the index folds "2,000" as "2000"): a date, never a count. */
export const YEAR = /^(1[89]|20)\d\d$/;
/** "2000s", "1990s", "90s": a decade. */
const DECADE = /^(\d0|\d{3}0)s$/;

/** A number the query states, over the tokens [start, end). */
export type StatedNumber = {
  start: number;
  end: number;
  /** The value said ("forty five thousand": 45000), or the least of a range ("hundreds": 100). */
  value: number;
  /** A range ("hundreds", "the 1990s"): the numbers from `value` up to, not including, this. */
  below?: number;
  /** Said as an estimate ("about 900", "more than 6,000"). */
  approximate: boolean;
  /** A range of years ("the 1990s"), not of counts. */
  year?: boolean;
  /** A share said as a part of a whole ("nine in ten", "cuatro de cada cinco"): `value` is its percentage. */
  share?: boolean;
};

/** The words that say a value on their own: 7 → "seven", "siete"; 12 → "twelve", "dozen", "doce", "docena". */
export function wordsForValue(value: number): string[] {
  const words: string[] = [];
  for (const [word, said] of valuesOf()) if (said === value) words.push(word);
  return words;
}

/** Whether a word is part of a number written in words (for "18 months" and "eighteen months" alike). */
export function isNumberWord(folded: string): boolean {
  return valuesOf().has(folded) || SCALES.has(folded) || MAGNITUDES.has(folded);
}

/**
 * The numbers in a run of tokens, in order: digits, number words, both ("45 thousand"), words of magnitude
 * ("hundreds", "tens of thousands", "miles de"), and decades ("the 2000s", "the 90s").
 */
export function readNumbers(tokens: readonly Token[]): StatedNumber[] {
  const found: StatedNumber[] = [];
  const word = (at: number) => tokens[at]?.folded ?? '';
  let at = 0;
  while (at < tokens.length) {
    const start = at;
    const approximate = APPROXIMATE.has(word(at - 1)) || APPROXIMATE.has(word(at - 2));
    const first = word(at);
    const decade = DECADE.exec(first);
    if (decade) {
      const digits = decade[1] as string;
      const value = digits.length === 2 ? 1900 + Number(digits) : Number(digits);
      found.push({ start, end: at + 1, value, below: value + 10, approximate: true, year: true });
      at++;
      continue;
    }
    // "tens of thousands", "hundreds of thousands", "decenas de miles": the two magnitudes multiplied.
    const tens = first === 'tens' || first === 'decenas' ? ([10, 1_000] as const) : MAGNITUDES.get(first);
    const of = ['of', 'de'].includes(word(at + 1)) ? MAGNITUDES.get(word(at + 2)) : undefined;
    if (tens !== undefined && of !== undefined && of[0] > tens[0]) {
      const least = tens[0] * of[0];
      found.push({ start, end: at + 3, value: least, below: least * 100, approximate: true });
      at += 3;
      continue;
    }
    const magnitude = MAGNITUDES.get(first);
    if (magnitude !== undefined && (first !== 'miles' || word(at + 1) === 'de')) {
      found.push({ start, end: at + 1, value: magnitude[0], below: magnitude[1], approximate: true });
      at++;
      continue;
    }
    const read = readValue(tokens, at);
    if (read === null) {
      at++;
      continue;
    }
    const whole = wholeOfShare(tokens, read.end);
    if (whole !== null && read.value >= 1 && read.value < whole.value) {
      const value = Math.round((100 * read.value) / whole.value);
      found.push({ start, end: whole.end, value, approximate: true, share: true });
      at = whole.end;
      continue;
    }
    found.push({ start, end: read.end, value: read.value, approximate });
    at = read.end;
  }
  return found;
}

/** The words between a part and its whole: "nine in ten", "four out of five", "one of every three", "ocho de cada diez". */
const SHARE_WORDS: ReadonlyArray<readonly string[]> = [
  ['in'],
  ['out', 'of'],
  ['of', 'every'],
  ['de', 'cada'],
];
/** The wholes people give a share of ("one in three", "nine in ten", "1 in 100"). */
const WHOLES: ReadonlySet<number> = new Set([2, 3, 4, 5, 6, 8, 10, 100]);
/**
 * Words for a unit of time, folded: what a count before them measures ("three weeks", "dos años"), and, after a
 * share's whole, what makes it a length of time ("3 in 10 days") instead of a share.
 */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'weekend',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'hour',
  'hours',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
  'dia',
  'dias',
  'semana',
  'semanas',
  'mes',
  'meses',
  'ano',
  'anos',
  'hora',
  'horas',
]);

/** The whole of a share said at `from` ("… in ten", "… de cada diez"), or null when none is said there. */
function wholeOfShare(tokens: readonly Token[], from: number): { value: number; end: number } | null {
  for (const words of SHARE_WORDS) {
    if (!words.every((word, at) => tokens[from + at]?.folded === word)) continue;
    const whole = readValue(tokens, from + words.length);
    if (whole !== null && WHOLES.has(whole.value) && !TIME_UNITS.has(tokens[whole.end]?.folded ?? ''))
      return whole;
  }
  return null;
}

/** One number from `at`: digits or number words, with their scales. Null when no number starts there. */
function readValue(tokens: readonly Token[], from: number): { value: number; end: number } | null {
  const word = (at: number) => tokens[at]?.folded ?? '';
  let at = from;
  let total = 0;
  let current = 0;
  let any = false;
  /** The place the last word filled: units after tens ("forty five"), not after units ("two three"). */
  let last: 'none' | 'units' | 'tens' | 'hundreds' | 'scale' = 'none';
  const leading = ONE_BEFORE_SCALE.get(word(at));
  if (leading !== undefined && SCALES.has(word(at + 1))) {
    current = leading;
    any = true;
    last = 'units';
    at++;
  } else if (DIGITS.test(word(at))) {
    current = Number(word(at));
    // "6.000", "45.000": Spanish thousands separators split the digits into groups of three.
    while (
      DIGITS.test(word(at + 1)) &&
      word(at + 1).length === 3 &&
      (tokens[at + 1] as Token).start === (tokens[at] as Token).end + 1
    ) {
      current = current * 1000 + Number(word(at + 1));
      at++;
    }
    any = true;
    last = 'scale';
    at++;
    const scale = SCALES.get(word(at));
    if (scale === undefined) return { value: current, end: at };
  }
  for (; at < tokens.length; at++) {
    const folded = word(at);
    // Spanish "once" (11) within a number: "ciento once", "dos mil once".
    const value = valuesOf().get(folded) ?? (any && folded === 'once' ? 11 : undefined);
    if (value !== undefined) {
      const place = value >= 100 ? 'hundreds' : value >= 20 && value % 10 === 0 ? 'tens' : 'units';
      if (any && !fits(last, place, current)) break;
      current += value;
      last = place;
      any = true;
      continue;
    }
    const scale = SCALES.get(folded);
    if (scale !== undefined) {
      if (scale === 100) {
        current = (current || 1) * 100;
        last = 'hundreds';
      } else {
        total += (current || 1) * scale;
        current = 0;
        last = 'scale';
      }
      any = true;
      continue;
    }
    if (any && JOINERS.has(folded) && isNumberWord(word(at + 1))) continue;
    break;
  }
  return any ? { value: total + current, end: at } : null;
}

/** Whether a word of `place` may follow one of `last` in the same number ("forty five", not "five four"). */
function fits(last: string, place: string, current: number): boolean {
  const below100 = current % 100;
  if (place === 'hundreds') return last === 'scale' || last === 'none';
  if (place === 'tens') return below100 === 0;
  // Units: after a ten ("forty five") or after hundreds or a scale ("dos mil tres").
  return below100 === 0 || (last === 'tens' && below100 % 10 === 0);
}
