import { holdsDate } from '../metadata/propose-date';
import type { BoilerplateRule } from '../rules/rule-schema';
import { comparisonKey, endsSentenceOrClause, wordCount } from '../text/words';

type RepeatedLineRule = Extract<BoilerplateRule, { kind: 'repeated-line' }>;

const MAX_RUNNING_LINE_WORDS = 12;

/** The key under which "Texas Observer — page 2" and "Texas Observer — page 3" count as the same line. */
function runningKey(line: string): string {
  return comparisonKey(line).replace(/\d+/g, '#');
}

/**
 * Indices of running page headers and footers: short lines that recur (page numbers aside) at least
 * `minRepeats` times. Article paragraphs do not repeat word for word, so repetition is the signal.
 */
export function findRunningLines(lines: readonly string[], rule: RepeatedLineRule): number[] {
  const limit = Math.min(rule.maxWords ?? MAX_RUNNING_LINE_WORDS, MAX_RUNNING_LINE_WORDS);
  const counts = new Map<string, number>();
  const keys = lines.map((line) => {
    // A running head names something ("Texas Observer — page 2"); one word repeated on its own line ("The"
    // before a judgment's wrapped paragraphs) is text.
    if (line.trim() === '' || wordCount(line) > limit || wordCount(line.replace(/\d+/g, '')) < 2) return null;
    const key = runningKey(line);
    if (!/[\p{L}\p{N}]/u.test(key)) return null;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return key;
  });
  const indices: number[] = [];
  keys.forEach((key, i) => {
    if (key !== null && (counts.get(key) ?? 0) >= rule.minRepeats) indices.push(i);
  });
  return indices;
}

/** A running head printed once on the page's last pages still names the case: a docket number is a few words. */
const MAX_HEAD_IN_SENTENCE_WORDS = 6;

/**
 * Indices of a printed page's running head that stands inside a sentence the page break cut ("… that he would be" /
 * "No. 13-60167" / "recruited by a drug cartel"), though the copy holds it too few times to count as repeated: one
 * short line holding a number (not a date) and no sentence, the last of its page's lines (a blank line or a taken-out
 * page number under it), that the page prints elsewhere too (in its caption), between a line that stops inside its
 * sentence and one that carries it on in lower case. `skip` are lines already taken out.
 */
export function findRunningHeadsInSentences(lines: readonly string[], skip: ReadonlySet<number>): number[] {
  const blank = (i: number) => skip.has(i) || (lines[i] ?? '').trim() === '';
  const nearest = (from: number, step: 1 | -1) => {
    let i = from + step;
    while (i >= 0 && i < lines.length && blank(i)) i += step;
    return i >= 0 && i < lines.length ? i : null;
  };
  const pageText = lines.map((line) => comparisonKey(line));
  const found: number[] = [];
  lines.forEach((line, i) => {
    const text = line.trim();
    // The head closes its page's lines (a blank line or a page number under it), run onto the text above it or not.
    if (blank(i) || !blank(i + 1)) return;
    // A date above a post's lower-case title ("April 21, 2006" / "did Mexico give maps…") is its stamp.
    if (
      wordCount(text) > MAX_HEAD_IN_SENTENCE_WORDS ||
      !/\d/u.test(text) ||
      endsSentenceOrClause(text) ||
      holdsDate(text)
    )
      return;
    const before = nearest(i, -1);
    const after = nearest(i, 1);
    if (before === null || after === null) return;
    if (endsSentenceOrClause(lines[before] ?? '') || !/^\p{Ll}/u.test((lines[after] ?? '').trim())) return;
    const key = comparisonKey(text);
    if (pageText.some((other, j) => j !== i && other.includes(key))) found.push(i);
  });
  return found;
}
