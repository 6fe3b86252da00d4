/**
 * Turns lines into paragraphs. Saved pages come two ways: one paragraph per line (a browser's "save as
 * text"), or hard-wrapped at a fixed width (a printout, an e-mail). Wrapped text is recognised by most
 * lines reaching about the same width; its lines are joined until a short line ends the paragraph.
 */

import { endsSentenceOrClause, opensWithDateline } from '../text/words';

export type AssembledParagraphs = {
  paragraphs: string[];
  /** For each paragraph, the index of its last line in the input. */
  lastLines: number[];
  wrapped: boolean;
  wrapWidth: number | null;
};

const MAX_WRAP_WIDTH = 160;
const MIN_WRAP_WIDTH = 30;

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.floor(share * (sorted.length - 1))] ?? 0;
}

/** The width the text is wrapped at, or null when lines are paragraphs. */
export function detectWrapWidth(lines: readonly string[]): number | null {
  const lengths = lines
    .map((line) => line.trimEnd().length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b);
  if (lengths.length < 3) return null;
  const width = percentile(lengths, 0.9);
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return null;
  // Wrapped text has runs of full-width lines that continue on the next line.
  let continued = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]?.trimEnd() ?? '';
    const next = lines[i + 1]?.trim() ?? '';
    if (line.length >= 0.8 * width && next !== '') continued++;
  }
  return continued >= 2 ? width : null;
}

/** Lower-cased words of the page, hyphenated ones whole: the evidence for joining a word broken at the margin. */
export function pageVocabulary(lines: readonly string[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const line of lines) {
    for (const word of line.toLowerCase().match(/\p{L}[\p{L}’'-]*\p{L}|\p{L}/gu) ?? []) vocabulary.add(word);
  }
  return vocabulary;
}

/**
 * Whether the page spells `word` whole elsewhere, as it stands or without a possessive ending ("Perez’s" counts as
 * evidence for "Perez", and is itself evidence): the one test both ways of rejoining a broken word rely on, so
 * ingest never invents a spelling.
 */
export function spelledOnPage(word: string, vocabulary: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return vocabulary.has(lower) || vocabulary.has(lower.replace(/[’']s$/u, ''));
}

/**
 * Joins a wrapped line to the next. A line ending in a hyphen right after a letter broke a word there: the
 * halves are joined without a space, and the hyphen is dropped only when the page itself spells the word
 * without it elsewhere ("immi-" / "gration" and "immigration" further on); otherwise it stays, because it
 * may be a real compound ("Aguilar-" / "Perez’s") and ingest never invents a spelling.
 */
export function joinWrapped(left: string, right: string, vocabulary: ReadonlySet<string>): string {
  const broken = /(\p{L}+)[-‐‑]+$/u.exec(left);
  const next = /^(\p{L}[\p{L}’']*)/u.exec(right);
  if (broken?.[1] && next?.[1]) {
    if (spelledOnPage(`${broken[1]}${next[1]}`, vocabulary))
      return left.slice(0, broken.index + broken[1].length) + right;
    return left + right;
  }
  return `${left} ${right}`;
}

/**
 * A line-break hyphen a copy kept inside its line, a space after it ("finding that Lopez- Cortaza is"): a
 * printed line ended there. Rejoined only on the page's own evidence — the word spelled whole elsewhere, with
 * its hyphen ("Lopez-Cortaza") or without ("immigration") — and otherwise left as printed.
 */
export function joinBrokenWords(paragraph: string, vocabulary: ReadonlySet<string>): string {
  return paragraph.replace(
    /(?<![\p{L}-])(\p{L}+)-\s+(\p{L}[\p{L}’']*)/gu,
    (whole, left: string, right: string) => {
      if (spelledOnPage(`${left}-${right}`, vocabulary)) return `${left}-${right}`;
      if (spelledOnPage(`${left}${right}`, vocabulary)) return `${left}${right}`;
      return whole;
    },
  );
}

/**
 * Whether a line of wrapped text ends its paragraph. Wrapping breaks a line only when the next word does
 * not fit, so if the next line's first word would have fitted, the break is the author's. `width` is a
 * high percentile of the line lengths, never above the true width, so a wrapped line is not split.
 * Words are separated by ordinary spaces only: a no-break space belongs to its word.
 */
function endsParagraph(line: string, next: string, width: number): boolean {
  const nextWord = next.replace(/^[ \t]+/, '').split(/[ \t]/)[0] ?? '';
  if (nextWord === '') return true;
  // A paragraph's number on a line of its own ("[12]") opens the paragraph that follows it.
  if (PARAGRAPH_NUMBER.test(line)) return false;
  if (PARAGRAPH_NUMBER.test(next)) return true;
  // A heading in capitals ("BACKGROUND", "I. BACKGROUND") is a paragraph of its own.
  if (isCapitalsHeading(line) || (isCapitalsHeading(next) && endsSentenceOrClause(line))) return true;
  // A story's dateline ("EL PASO — Daniel…") opens its first paragraph: what stands above it is the header.
  if (opensWithDateline(next)) return true;
  // A sentence never resumes in lower case, and "Mr." or "See Fed." at a line end is not a sentence end.
  if (/^\p{Ll}/u.test(nextWord) || ABBREVIATION_END.test(line)) return false;
  const open = !endsSentenceOrClause(line);
  // No paragraph ends on an article, preposition or conjunction ("In" / "May of 2004 the applicant…").
  if (open && FUNCTION_WORD_END.test(line)) return false;
  // An unfinished line continues into a citation ("under" / "8 U.S.C. § 1252" / "(a)(1), we deny"), and a
  // nearly full unfinished line was broken by the margin even when a proportional font makes it look short.
  if (open && (/^[\d(§]/u.test(nextWord) || line.trim().length >= 0.75 * width)) return false;
  return line.length + 1 + nextWord.length <= width;
}

function isCapitalsHeading(line: string): boolean {
  const text = line.trim();
  return /\p{Lu}{3}/u.test(text) && !/\p{Ll}/u.test(text) && text.split(/\s+/).length <= 6;
}

/** A line ending in a word that cannot end a sentence. */
const FUNCTION_WORD_END = /(?:^|\s)(?:a|an|the|in|of|on|at|to|for|from|with|by|and|or|but|as|that)$/iu;

/** A numbered paragraph's number standing alone, as judgments print them ("[12]"). */
const PARAGRAPH_NUMBER = /^\s*\[\d{1,4}\]\s*$/u;

/** A line ending in a short capitalised abbreviation ("Mr.", "Fed.", "Cir.", "R."). */
const ABBREVIATION_END = /(?:^|\s)(?:\p{Lu}\p{Ll}{0,3}|\p{Lu})\.$/u;

export function assembleParagraphs(
  lines: readonly string[],
  options: { wrapWidth?: number | null; vocabulary?: ReadonlySet<string> } = {},
): AssembledParagraphs {
  const wrapWidth = options.wrapWidth === undefined ? detectWrapWidth(lines) : options.wrapWidth;
  const vocabulary = options.vocabulary ?? pageVocabulary(lines);
  const paragraphs: string[] = [];
  const lastLines: number[] = [];
  let current: string | null = null;
  let pendingNumber: string | null = null;
  let at = 0;
  const finish = () => {
    if (current !== null) {
      const paragraph = current.trim();
      if (paragraph !== '') {
        paragraphs.push(paragraph);
        lastLines.push(at);
      }
    }
    current = null;
  };
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/[ \t]+$/, '');
    at = Math.max(0, index - 1);
    if (/^\s*$/u.test(line)) {
      finish();
      continue;
    }
    if (wrapWidth === null) {
      // One paragraph per line, but a paragraph number alone on its line belongs to the next line.
      if (PARAGRAPH_NUMBER.test(line)) {
        finish();
        pendingNumber = line.trim();
        continue;
      }
      finish();
      current = pendingNumber === null ? line : `${pendingNumber} ${line.trim()}`;
      pendingNumber = null;
      at = index;
      finish();
      continue;
    }
    const content = line.replace(/^[ \t]+/, '');
    // An indented line after a full one starts a paragraph, as printed opinions mark them.
    if (current !== null && /^[ \t]{2,}\S/.test(line)) finish();
    current = current === null ? content : joinWrapped(current, content, vocabulary);
    at = index;
    if (endsParagraph(line, lines[index + 1] ?? '', wrapWidth)) finish();
  }
  at = lines.length - 1;
  finish();
  if (pendingNumber !== null) {
    current = pendingNumber;
    finish();
  }
  return { paragraphs, lastLines, wrapped: wrapWidth !== null, wrapWidth };
}
