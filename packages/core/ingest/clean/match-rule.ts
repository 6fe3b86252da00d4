import type { BoilerplateRule } from '../rules/rule-schema';
import { comparisonKey, wordCount } from '../text/words';
import { namedGroups } from './removal';

/** What a rule needs to know about the archive: the names of the outlets it has records for. */
export type CleaningContext = { outletNames: readonly string[] };

export type RuleMatch = { rule: BoilerplateRule; groups: Record<string, string> };

const withoutArticle = (key: string) => key.replace(/^the /, '');

/** Whether one text/pattern/outlet-name rule matches a whole block (or line); structural kinds never do. */
export function matchRule(rule: BoilerplateRule, text: string, context: CleaningContext): RuleMatch | null {
  if (rule.maxWords !== undefined && wordCount(text) > rule.maxWords) return null;
  switch (rule.kind) {
    case 'text':
      return comparisonKey(text) === comparisonKey(rule.text) ? { rule, groups: {} } : null;
    case 'pattern': {
      const match = rule.regex?.exec(text) ?? null;
      return match ? { rule, groups: namedGroups(match) } : null;
    }
    case 'outlet-name': {
      const key = withoutArticle(comparisonKey(text).replace(/[.:|]+$/, ''));
      const hit = context.outletNames.find((name) => withoutArticle(comparisonKey(name)) === key);
      return hit ? { rule, groups: { outlet: text.trim() } } : null;
    }
    default:
      return null;
  }
}

/** The first rule of `rules` (in file order) that matches, or null. */
export function firstMatch(
  rules: readonly BoilerplateRule[],
  text: string,
  context: CleaningContext,
): RuleMatch | null {
  for (const rule of rules) {
    const match = matchRule(rule, text, context);
    if (match) return match;
  }
  return null;
}
