import type { BoilerplateRule } from '../rules/rule-schema';
import { comparisonKey, wordCount } from '../text/words';

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
