/**
 * The Porter2 ("English") stemming algorithm, written from its published description, so that
 * deny/denies/denied, officer/officers and killing/killed meet in one index term. Input must already be
 * folded (lower case, no accents); a word that is not plain a–z (numbers, other scripts) is returned as is.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const DOUBLES = ['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt'];
const LI_ENDINGS = new Set(['c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't']);

const EXCEPTIONS: Readonly<Record<string, string>> = {
  skis: 'ski',
  skies: 'sky',
  dying: 'die',
  lying: 'lie',
  tying: 'tie',
  idly: 'idl',
  gently: 'gentl',
  ugly: 'ugli',
  early: 'earli',
  only: 'onli',
  singly: 'singl',
  sky: 'sky',
  news: 'news',
  howe: 'howe',
  atlas: 'atlas',
  cosmos: 'cosmos',
  bias: 'bias',
  andes: 'andes',
  // Porter2 conflates these with a different word ("officer" to "offic"); kept apart, as news text needs.
  office: 'office',
  offices: 'office',
};

const INVARIANT_AFTER_1A = new Set([
  'inning',
  'outing',
  'canning',
  'herring',
  'earring',
  'proceed',
  'exceed',
  'succeed',
]);

const isVowel = (char: string | undefined): boolean => char !== undefined && VOWELS.has(char);

/** Start of the region after the first non-vowel that follows a vowel, from `from` on. */
function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
  }
  return word.length;
}

function endsWithShortSyllable(word: string): boolean {
  const n = word.length;
  if (n === 2) return isVowel(word[0]) && !isVowel(word[1]);
  const last = word[n - 1];
  return (
    n > 2 &&
    !isVowel(word[n - 3]) &&
    isVowel(word[n - 2]) &&
    !isVowel(last) &&
    last !== 'w' &&
    last !== 'x' &&
    last !== 'Y'
  );
}

/** The longest suffix of `word` found in `suffixes`, or undefined. */
function longestSuffix(word: string, suffixes: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && (best === undefined || suffix.length > best.length)) best = suffix;
  }
  return best;
}

const STEP2: ReadonlyArray<readonly [string, string]> = [
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['abli', 'able'],
  ['entli', 'ent'],
  ['izer', 'ize'],
  ['ization', 'ize'],
  ['ational', 'ate'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['aliti', 'al'],
  ['alli', 'al'],
  ['fulness', 'ful'],
  ['ousli', 'ous'],
  ['ousness', 'ous'],
  ['iveness', 'ive'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['bli', 'ble'],
  ['ogi', 'og'],
  ['fulli', 'ful'],
  ['lessli', 'less'],
  ['li', ''],
];
const STEP2_SUFFIXES = STEP2.map(([suffix]) => suffix);

const STEP3: ReadonlyArray<readonly [string, string]> = [
  ['tional', 'tion'],
  ['ational', 'ate'],
  ['alize', 'al'],
  ['icate', 'ic'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
  ['ative', ''],
];
const STEP3_SUFFIXES = STEP3.map(([suffix]) => suffix);

const STEP4_SUFFIXES = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
  'ion',
];

function step1a(word: string): string {
  const suffix = longestSuffix(word, ['sses', 'ied', 'ies', 'us', 'ss', 's']);
  switch (suffix) {
    case 'sses':
      return word.slice(0, -2);
    case 'ied':
    case 'ies':
      return word.length > 4 ? word.slice(0, -2) : word.slice(0, -1);
    case 's': {
      // Delete a final s when a vowel occurs before the letter that precedes it ("gas" stays, "gaps" → "gap").
      const stem = word.slice(0, -2);
      for (const char of stem) if (isVowel(char)) return word.slice(0, -1);
      return word;
    }
    default:
      return word;
  }
}

function step1b(word: string, r1: number): string {
  const suffix = longestSuffix(word, ['eed', 'eedly', 'ed', 'edly', 'ing', 'ingly']);
  if (suffix === undefined) return word;
  if (suffix === 'eed' || suffix === 'eedly') {
    return word.length - suffix.length >= r1 ? `${word.slice(0, -suffix.length)}ee` : word;
  }
  const stem = word.slice(0, -suffix.length);
  if (![...stem].some(isVowel)) return word;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`;
  if (DOUBLES.some((double) => stem.endsWith(double))) return stem.slice(0, -1);
  if (endsWithShortSyllable(stem) && r1 >= stem.length) return `${stem}e`;
  return stem;
}

function step1c(word: string): string {
  const last = word[word.length - 1];
  if ((last === 'y' || last === 'Y') && word.length > 2 && !isVowel(word[word.length - 2])) {
    return `${word.slice(0, -1)}i`;
  }
  return word;
}

function step2(word: string, r1: number): string {
  const suffix = longestSuffix(word, STEP2_SUFFIXES);
  if (suffix === undefined || word.length - suffix.length < r1) return word;
  const stem = word.slice(0, -suffix.length);
  if (suffix === 'ogi') return stem.endsWith('l') ? `${stem}og` : word;
  if (suffix === 'li') return LI_ENDINGS.has(stem[stem.length - 1] ?? '') ? stem : word;
  const replacement = STEP2.find(([candidate]) => candidate === suffix)?.[1] ?? '';
  return stem + replacement;
}

function step3(word: string, r1: number, r2: number): string {
  const suffix = longestSuffix(word, STEP3_SUFFIXES);
  if (suffix === undefined || word.length - suffix.length < r1) return word;
  if (suffix === 'ative' && word.length - suffix.length < r2) return word;
  const replacement = STEP3.find(([candidate]) => candidate === suffix)?.[1] ?? '';
  return word.slice(0, -suffix.length) + replacement;
}

function step4(word: string, r2: number): string {
  const suffix = longestSuffix(word, STEP4_SUFFIXES);
  if (suffix === undefined || word.length - suffix.length < r2) return word;
  const stem = word.slice(0, -suffix.length);
  if (suffix === 'ion') return stem.endsWith('s') || stem.endsWith('t') ? stem : word;
  return stem;
}

function step5(word: string, r1: number, r2: number): string {
  const last = word[word.length - 1];
  const at = word.length - 1;
  if (last === 'e') {
    if (at >= r2) return word.slice(0, -1);
    if (at >= r1 && !endsWithShortSyllable(word.slice(0, -1))) return word.slice(0, -1);
  }
  if (last === 'l' && at >= r2 && word[word.length - 2] === 'l') return word.slice(0, -1);
  return word;
}

const PLAIN_WORD = /^[a-z']+$/;

export function stemEnglish(input: string): string {
  if (input.length <= 2 || !PLAIN_WORD.test(input)) return input;
  const exception = EXCEPTIONS[input];
  if (exception !== undefined) return exception;

  let word = input.startsWith("'") ? input.slice(1) : input;
  // Step 0: possessives.
  const possessive = longestSuffix(word, ["'s'", "'s", "'"]);
  if (possessive) word = word.slice(0, -possessive.length);
  word = word.replace(/'/g, '');
  if (word.length <= 2) return word;

  // A y that acts as a consonant is marked Y so that it does not count as a vowel.
  let marked = word[0] === 'y' ? `Y${word.slice(1)}` : word;
  marked = marked.replace(/([aeiouy])y/g, '$1Y');

  let r1 = regionAfter(marked, 0);
  for (const prefix of ['gener', 'commun', 'arsen']) {
    if (marked.startsWith(prefix)) r1 = prefix.length;
  }
  const r2 = regionAfter(marked, r1);

  marked = step1a(marked);
  if (INVARIANT_AFTER_1A.has(marked)) return marked;
  marked = step1b(marked, r1);
  marked = step1c(marked);
  marked = step2(marked, r1);
  marked = step3(marked, r1, r2);
  marked = step4(marked, r2);
  marked = step5(marked, r1, r2);
  return marked.replace(/Y/g, 'y');
}
