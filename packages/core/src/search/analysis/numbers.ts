import type { Token } from './tokenize';

/*
 * Numbers as members type them: "forty five thousand", "twenty-six", "nine hundred", "seis mil", "cuarenta y
 * cinco", "45 thousand", "a couple hundred", "hundreds", "miles de", "the 2000s". The index knows a number only
 * as digits ("45,000" is the term 45000), so a query's number words are read into the value they say, and the
 * search matches that value (plan.ts). One reader for English and Spanish; the words are folded (no accents).
 */

/** Words that are a number on their own, and their value. */
const VALUES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    dozen: 12,
    cero: 0,
    uno: 1,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    doce: 12,
    trece: 13,
    catorce: 14,
    quince: 15,
    dieciseis: 16,
    diecisiete: 17,
    dieciocho: 18,
    diecinueve: 19,
    veinte: 20,
    veintiuno: 21,
    veintiun: 21,
    veintiuna: 21,
    veintidos: 22,
    veintitres: 23,
    veinticuatro: 24,
    veinticinco: 25,
    veintiseis: 26,
    veintisiete: 27,
    veintiocho: 28,
    veintinueve: 29,
    treinta: 30,
    cuarenta: 40,
    cincuenta: 50,
    sesenta: 60,
    setenta: 70,
    ochenta: 80,
    noventa: 90,
    cien: 100,
    ciento: 100,
    doscientos: 200,
    doscientas: 200,
    trescientos: 300,
    trescientas: 300,
    cuatrocientos: 400,
    cuatrocientas: 400,
    quinientos: 500,
    quinientas: 500,
    seiscientos: 600,
    seiscientas: 600,
    setecientos: 700,
    setecientas: 700,
    ochocientos: 800,
    ochocientas: 800,
    novecientos: 900,
    novecientas: 900,
    docena: 12,
  }),
);

/** Words that multiply what comes before them ("nine hundred", "seis mil"); alone they mean one of them. */
const SCALES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    hundred: 100,
    thousand: 1_000,
    million: 1_000_000,
    billion: 1_000_000_000,
    mil: 1_000,
    millon: 1_000_000,
    millones: 1_000_000,
  }),
);

/**
 * Words of magnitude and the numbers each means, as people use them: "hundreds" from 100 up to the thousands, "thousands"
 * up to the tens of thousands ("thousands dead" for 11,000). "miles" is a magnitude only before "de" ("miles de
 * muertos"): in English it is a distance.
 */
const MAGNITUDES: ReadonlyMap<string, readonly [least: number, below: number]> = new Map(
  Object.entries({
    dozens: [24, 240],
    docenas: [24, 240],
    hundreds: [100, 10_000],
    cientos: [100, 10_000],
    centenares: [100, 10_000],
    thousands: [1_000, 100_000],
    miles: [1_000, 100_000],
    millares: [1_000, 100_000],
    millions: [1_000_000, 100_000_000],
  }),
);

/**
 * Words that are a number only before a scale: "a hundred", "un millón", "a couple hundred", "once mil" (Spanish
 * eleven; in English "once" is no number).
 */
const ONE_BEFORE_SCALE: ReadonlyMap<string, number> = new Map(
  Object.entries({ a: 1, an: 1, un: 1, una: 1, uno: 1, couple: 2, par: 2, once: 11 }),
);

/** Words that join the parts of one number: "one hundred and five", "cuarenta y cinco". */
const JOINERS: ReadonlySet<string> = new Set(['and', 'y']);

/** Words before a number that say it is not exact: "about 900", "more than 6,000", "casi mil". */
const APPROXIMATE: ReadonlySet<string> = new Set([
  'about',
  'around',
  'roughly',
  'approximately',
  'nearly',
  'almost',
  'some',
  'over',
  'under',
  'like',
  'than',
  'least',
  'unos',
  'unas',
  'casi',
  'cerca',
  'aproximadamente',
  'alrededor',
  'mas',
  'menos',
]);

const DIGITS = /^\d+$/;
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
};

/** The words that say a value on their own: 7 → "seven", "siete"; 12 → "twelve", "dozen", "doce", "docena". */
export function wordsForValue(value: number): string[] {
  const words: string[] = [];
  for (const [word, said] of VALUES) if (said === value) words.push(word);
  return words;
}

/** Whether a word is part of a number written in words (for "18 months" and "eighteen months" alike). */
export function isNumberWord(folded: string): boolean {
  return VALUES.has(folded) || SCALES.has(folded) || MAGNITUDES.has(folded);
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
    found.push({ start, end: read.end, value: read.value, approximate });
    at = read.end;
  }
  return found;
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
    const value = VALUES.get(folded) ?? (any && folded === 'once' ? 11 : undefined);
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
