/*
 * Where the words of a text are. The definition is a regular expression, WORD_PATTERN: a word is, in order of
 * preference, an acronym with dots ("U.S."), a number with thousands separators ("6,347"), or a run of letters,
 * marks and digits. `scanWords` finds exactly the same words without compiling its Unicode classes (every search
 * tokenizes the passages it returns to highlight them): text made of the common code points below by
 * COMMON_WORD, the pattern with those classes written out, any other text by hand. Property tests hold both to
 * WORD_PATTERN.
 */
export const WORD_PATTERN =
  /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}|\d{1,3}(?:,\d{3})+(?![\d,]\d)|[\p{L}\p{M}\p{N}]+/gu;

export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
const KNOWN = 8;

/** The Unicode classes as patterns, made on the first code point outside the common ranges below (rare). */
let unicodeClasses: { letter: RegExp; mark: RegExp; number: RegExp } | undefined;

/** Classes of the code points below U+10000, computed on first sight (KNOWN marks a computed entry). */
const bmpClasses = new Uint8Array(0x10000);

/**
 * The classes of the code points most text outside ASCII is made of, written out: Latin letters with accents
 * (U+00C0–U+024F), the Latin-1 signs and fractions, combining accents (U+0300–U+036F) and general punctuation
 * (curly quotes, dashes: U+2000–U+206F). Asking the Unicode patterns above instead compiles each of them, a few
 * milliseconds of a cold start; a test holds these ranges to the patterns, code point by code point.
 */
export function commonClassOf(codePoint: number): number | undefined {
  if (codePoint >= 0x80 && codePoint < 0x250) {
    if (codePoint >= 0xc0) return codePoint === 0xd7 || codePoint === 0xf7 ? 0 : LETTER; // × and ÷
    if (codePoint === 0xaa || codePoint === 0xb5 || codePoint === 0xba) return LETTER; // ª µ º
    return codePoint === 0xb2 ||
      codePoint === 0xb3 ||
      codePoint === 0xb9 ||
      (codePoint >= 0xbc && codePoint <= 0xbe)
      ? NUMBER // ² ³ ¹ ¼ ½ ¾
      : 0;
  }
  if (codePoint >= 0x300 && codePoint <= 0x36f) return MARK;
  if (codePoint >= 0x2000 && codePoint <= 0x206f) return 0;
  return undefined;
}

function classify(codePoint: number): number {
  const common = commonClassOf(codePoint);
  if (common !== undefined) return common;
  const character = String.fromCodePoint(codePoint);
  // Made here, not at import: even creating a `\p{…}` pattern parses it, which costs a start ~0.5 ms.
  unicodeClasses ??= { letter: /\p{L}/u, mark: /\p{M}/u, number: /\p{N}/u };
  return (
    (unicodeClasses.letter.test(character) ? LETTER : 0) |
    (unicodeClasses.mark.test(character) ? MARK : 0) |
    (unicodeClasses.number.test(character) ? NUMBER : 0)
  );
}

/** LETTER, MARK and NUMBER bits of a code point. */
function classOf(codePoint: number): number {
  if (codePoint < 0x80) {
    const lower = codePoint | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) return LETTER;
    return codePoint >= 0x30 && codePoint <= 0x39 ? NUMBER : 0;
  }
  if (codePoint > 0xffff) return classify(codePoint);
  let known = bmpClasses[codePoint] as number;
  if (known === 0) {
    known = classify(codePoint) | KNOWN;
    bmpClasses[codePoint] = known;
  }
  return known & ~KNOWN;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const DOT = 0x2e;
const COMMA = 0x2c;

/** The end of `\d{1,3}(?:,\d{3})+(?![\d,]\d)` matched at `start`, or -1. */
function numberEnd(text: string, start: number): number {
  let digits = 0;
  while (isDigit(text.charCodeAt(start + digits))) digits++;
  // A longer run of digits cannot be followed by a comma group: `\d{1,3}` would stop inside the run.
  if (digits > 3) return -1;
  let end = start + digits;
  let groups = 0;
  while (
    text.charCodeAt(end) === COMMA &&
    isDigit(text.charCodeAt(end + 1)) &&
    isDigit(text.charCodeAt(end + 2)) &&
    isDigit(text.charCodeAt(end + 3))
  ) {
    end += 4;
    groups++;
  }
  if (groups === 0) return -1;
  // With fewer groups, a comma and digits always follow, so only the longest match can pass the lookahead.
  const next = text.charCodeAt(end);
  if ((isDigit(next) || next === COMMA) && isDigit(text.charCodeAt(end + 1))) return -1;
  return end;
}

/** The end of `(?:\p{L}\.){2,}` matched at `start`, or -1. */
function acronymEnd(text: string, start: number): number {
  let end = start;
  let letters = 0;
  while (end < text.length) {
    const codePoint = text.codePointAt(end) as number;
    const size = codePoint > 0xffff ? 2 : 1;
    if (!(classOf(codePoint) & LETTER) || text.charCodeAt(end + size) !== DOT) break;
    end += size + 1;
    letters++;
  }
  return letters >= 2 ? end : -1;
}

/** Any code unit outside ASCII and the ranges `commonClassOf` writes out (surrogates included). */
const UNCOMMON = /[\u0250-\u02ff\u0370-\u1fff\u2070-\uffff]/;

/**
 * WORD_PATTERN for text without UNCOMMON code points, its classes written out as `commonClassOf` classes them
 * (letters: ASCII, ª µ º and U+00C0–U+024F but × ÷; numbers: digits, ² ³ ¹ ¼ ½ ¾; marks: U+0300–U+036F). At a
 * cold start the hand-written loop below runs in the interpreter, several times slower than the regular
 * expression engine's compiled code; a test holds these classes to `commonClassOf`, code point by code point.
 */
export const COMMON_WORD =
  /(?<![A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9\u00b2\u00b3\u00b9\u00bc-\u00be])(?:[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]\.){2,}|\d{1,3}(?:,\d{3})+(?![\d,]\d)|(?:[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9\u00b2\u00b3\u00b9\u00bc-\u00be]|[\u0300-\u036f])+/g;

/** Calls `visit(start, end)` for every word of `text`, in order: the matches of WORD_PATTERN. */
export function scanWords(text: string, visit: (start: number, end: number) => void): void {
  if (!UNCOMMON.test(text)) {
    // Where to look next is kept here, not in the shared pattern: `visit` may scan another text meanwhile.
    let from = 0;
    for (;;) {
      COMMON_WORD.lastIndex = from;
      const match = COMMON_WORD.exec(text);
      if (match === null) return;
      from = match.index + match[0].length;
      visit(match.index, from);
    }
  }
  const length = text.length;
  // The class of the code point just before `at`, for the acronym's look-behind.
  let before = 0;
  let at = 0;
  while (at < length) {
    const codePoint = text.codePointAt(at) as number;
    const size = codePoint > 0xffff ? 2 : 1;
    const kind = classOf(codePoint);
    if (kind & LETTER && !(before & (LETTER | NUMBER))) {
      const end = acronymEnd(text, at);
      if (end >= 0) {
        visit(at, end);
        before = 0; // an acronym ends with its dot
        at = end;
        continue;
      }
    }
    if (isDigit(codePoint)) {
      const end = numberEnd(text, at);
      if (end >= 0) {
        visit(at, end);
        before = NUMBER;
        at = end;
        continue;
      }
    }
    if (kind !== 0) {
      let end = at + size;
      let last = kind;
      while (end < length) {
        const next = text.codePointAt(end) as number;
        const nextKind = classOf(next);
        if (nextKind === 0) break;
        last = nextKind;
        end += next > 0xffff ? 2 : 1;
      }
      visit(at, end);
      before = last;
      at = end;
      continue;
    }
    before = kind;
    at += size;
  }
}
