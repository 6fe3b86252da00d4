import type { RuleAction, RuleYield } from '../rules/rule-schema';

/** A piece of the page that cleaning took out of the body, and the rule that did it. */
export type Removal = {
  ruleId: string;
  action: RuleAction;
  /** The removed text as it stood on the page (for line numbers: a summary of what was stripped). */
  text: string;
  /** Named groups the rule's pattern captured (author, outlet, date…), feeding the metadata proposal. */
  groups: Readonly<Record<string, string>>;
  yields: readonly RuleYield[];
};

/** Named groups of a match, without the ones that did not take part. */
export function namedGroups(match: RegExpExecArray | null): Record<string, string> {
  const groups: Record<string, string> = {};
  for (const [name, value] of Object.entries(match?.groups ?? {})) {
    if (value !== undefined && value.trim() !== '') groups[name] = value.trim();
  }
  return groups;
}
