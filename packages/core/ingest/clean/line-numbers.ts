import type { BoilerplateRule } from '../rules/rule-schema';
import type { Removal } from './removal';

type LineNumberRule = Extract<BoilerplateRule, { kind: 'line-number' }>;

/**
 * Strips line numbers that a viewer or printout put before every line. Only when most lines carry one and
 * the numbers mostly count up by one: a paragraph that merely starts with "71 asylum grants" is untouched.
 */
export function stripLineNumbers(
  lines: readonly string[],
  rule: LineNumberRule,
): { lines: string[]; removal: Removal | null } {
  const regex = rule.regex;
  if (!regex) return { lines: [...lines], removal: null };
  const numbered = lines.map((line) => {
    const match = regex.exec(line);
    const n = match?.groups?.n;
    return match && n !== undefined ? { length: match[0].length, n: Number(n) } : null;
  });
  const nonEmpty = lines.filter((line) => line.trim() !== '').length;
  const hits = numbered.filter((entry) => entry !== null);
  if (nonEmpty === 0 || hits.length < 2 || hits.length / nonEmpty < rule.minShare) {
    return { lines: [...lines], removal: null };
  }
  let steps = 0;
  for (let i = 1; i < hits.length; i++) {
    const previous = hits[i - 1];
    const current = hits[i];
    if (previous && current && current.n === previous.n + 1) steps++;
  }
  if (steps / (hits.length - 1) < 0.8) return { lines: [...lines], removal: null };

  const stripped = lines.map((line, i) => {
    const entry = numbered[i];
    return entry ? line.slice(entry.length) : line;
  });
  const first = hits[0]?.n ?? 0;
  const last = hits.at(-1)?.n ?? 0;
  return {
    lines: stripped,
    removal: {
      ruleId: rule.id,
      action: 'drop',
      text: `line numbers ${first}–${last} on ${hits.length} lines`,
      groups: {},
      yields: rule.yields,
    },
  };
}
