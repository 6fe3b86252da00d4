/** Small text measures shared by the cleaning, header and duplicate steps. */

/** Runs of whitespace (line breaks included) made one space, and the ends trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Regex source: a person's name, two to four capitalised words or initials ("Chris Swecker", "Ana M. Ruiz"). */
export const PERSON_NAME_SOURCE = "\\p{Lu}[\\p{L}’'-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}’'-]+)){1,3}";
/** A block that is a person's name standing alone: no punctuation but initials. */
export const PERSON_NAME = new RegExp(`^${PERSON_NAME_SOURCE}$`, 'u');

/** Number of whitespace-separated words. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** The share of a block's words that begin in lower case: most of running text's, few of a title-cased headline's. */
export const lowerCaseShare = (block: string): number => {
  const words = block.trim().split(/\s+/u).filter(Boolean);
  return words.length === 0 ? 0 : words.filter((word) => /^\P{L}*\p{Ll}/u.test(word)).length / words.length;
};

/**
 * A comparison key: accents folded, case folded, curly quotes and dashes made plain, whitespace collapsed.
 * Used to compare a rule's text or a name with page text, never to change the text that is kept.
 */
export function comparisonKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * What may follow a sentence's last mark: closing quotes of English and Spanish typography (" ' ” ’ » ›),
 * closing brackets and a footnote's star (`… del Estado.»`, `… (1997).)`, `… the Board.*`).
 */
const CLOSERS = `"'”’»›)\\]*`;

/** Regex source: right after a sentence's end (its mark, then any closers), for patterns that work inside a block. */
export const AFTER_SENTENCE_END = `(?<=[.!?…][${CLOSERS}]*)`;

/** A headline's length at most, in words: a longer block is a paragraph. */
export const MAX_HEADLINE_WORDS = 20;

/** A block that ends with one of `marks` (characters of a regex class), closing quotes or brackets after it. */
const endingWith = (marks: string): RegExp => new RegExp(`[${marks}][${CLOSERS}]*$`, 'u');

const SENTENCE_END = endingWith('.!?…');
const SENTENCE_OR_CLAUSE_END = endingWith('.!?…:;');

/** Whether a block ends as a sentence ends (. ! ? …, closing quotes or brackets after it). */
export const endsSentence = (block: string): boolean => SENTENCE_END.test(block.trim());

/** Whether a block ends as a sentence or a clause ends (also : and ;), so the next block starts anew. */
export const endsSentenceOrClause = (block: string): boolean => SENTENCE_OR_CLAUSE_END.test(block.trim());

/** An item of a list: a bullet or a number, then at least two words ("+ Added Slime Block", "3. The Board erred"). */
/** The marks that open a list's items: a bullet or dash, or a number with a full stop or bracket ("4."). */
const BULLET = '[-+*•·–—▪►]';
const LIST_MARK = `(?:${BULLET}|\\d{1,3}[.)])`;
const LIST_ITEM = new RegExp(`^${LIST_MARK}\\s+\\S+\\s+\\S`, 'u');
const OPENS_WITH_BULLET = new RegExp(`^${BULLET}\\s`, 'u');
const OPENS_WITH_LIST_MARK = new RegExp(`^${LIST_MARK}\\s`, 'u');

/** Whether a block opens with a bullet or dash and a space ("• No items yet"). */
export const opensWithBullet = (block: string): boolean => OPENS_WITH_BULLET.test(block.trim());

/** Whether a block opens with any list mark and a space, a number's included ("4. Smuggling…"). */
export const opensWithListMark = (block: string): boolean => OPENS_WITH_LIST_MARK.test(block.trim());

/** Whether a block is an item of a list, which is body text though it is not a sentence. */
export const isListItem = (block: string): boolean => LIST_ITEM.test(block.trim());

/**
 * Where one sentence ends and the next begins: after a sentence's mark and any closers, before a capital or an
 * opening quote or bracket ("… en 2019.» La Comisión …", "… he said.” “We …").
 */
const SENTENCE_BREAK = new RegExp(`${AFTER_SENTENCE_END}\\s+(?=["“«‘'(¿¡]?\\p{Lu})`, 'u');

/** The first sentence of a block (the whole block when it has one sentence). */
export const firstSentence = (block: string): string => block.split(SENTENCE_BREAK)[0] ?? block;

/**
 * A dateline opening a story: a place in capitals (at least one word of three capitals), an optional region
 * and wire credit, then a dash ("EL PASO — …", "NOGALES, Mexico — …", "MEXICO CITY (AP) — …").
 */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:,\s*[\p{L} .]+)?(?:\s*\([\p{L}\s]+\))?\s*(?:[—–―]|\s-)\s/u;
/** The Spanish press's dateline: a place, a full stop and a hyphen before the first word ("Tijuana.- Los…"). */
const DATELINE_ES = /^\p{Lu}[\p{L}'’ ]{2,40}?(?:,\s*[\p{L} ]{2,30}?)?\.-\s?["“«]?\p{Lu}/u;

/** Whether a block or line opens with a story's dateline. */
export const opensWithDateline = (block: string): boolean => {
  const match = DATELINE.exec(block.trim());
  return (match !== null && /\p{Lu}{3}/u.test(match[0])) || DATELINE_ES.test(block.trim());
};

/** A web address in brackets after a name ("Jane Roe (http://example.org/jane/)", "Deutsche Welle (www.dw.com)"). */
const ADDRESS_AFTER_NAME = /\s*[(<]\s*(?:https?:\/\/|mailto:|www\.)[^)>]*[)>]\s*$/i;

/** A name without the web address a page set in brackets after it, which is no part of the name. */
export const withoutAddressAfterName = (name: string): string => name.replace(ADDRESS_AFTER_NAME, '');
