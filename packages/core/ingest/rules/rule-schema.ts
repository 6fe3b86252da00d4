import { parseDocument } from 'yaml';
import { z } from 'zod';
import { IdSchema } from '../../src/schema/primitives';

/*
 * The shape of ingest/boilerplate-rules.yaml. Maintainers add a rule when a new site's chrome slips into
 * a draft; every rule carries an example that its own test removes, so a rule never rots unnoticed.
 */

/** What happens to a block a rule matches. */
export const RuleActionSchema = z.enum(['drop', 'drop-rest', 'caption']);

/**
 * What a removed block tells about the page besides being boilerplate:
 * `site` — outlets named in it are the site's own (a donation appeal, a station identification);
 * `rights` — it states the page's licence or copyright;
 * `truncation` — it says the page shows only part of the story (a paywall, "Read the complete article");
 * `blog` — it is a blog platform's furniture (the post is a blog post);
 * `news` — it is a news header (a wire reprint's Pubdate/Source lines, a dateline);
 * `government` — it is a government site's furniture (the banner every U.S. federal site carries).
 */
export const RuleYieldSchema = z.enum(['site', 'rights', 'truncation', 'blog', 'news', 'government']);

const common = {
  id: IdSchema,
  description: z.string().min(1),
  /** A text the rule must remove (or move to captions); the rule's test runs on it. */
  example: z.string().min(1),
  /** What must be left of `example` after cleaning, paragraphs joined by a blank line; default nothing. */
  leaves: z.string().default(''),
  /** Article text the rule must leave alone, guarding against a pattern that is too broad. */
  counterExample: z.string().min(1).optional(),
  action: RuleActionSchema.default('drop'),
  yields: z.array(RuleYieldSchema).default([]),
  /** The rule only matches blocks of at most this many words. */
  maxWords: z.number().int().positive().optional(),
  /** `line` rules run on raw lines before wrapped lines are joined (page numbers, running headers). */
  scope: z.enum(['line', 'block']).default('block'),
};

const flagsSchema = z
  .string()
  .regex(/^i?$/, 'only the "i" flag may be set (every pattern also runs with "u")')
  .default('');

export const BoilerplateRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    kind: z.literal('text'),
    /** The whole block, compared ignoring case, accents, quote style and spacing. */
    text: z.string().min(1),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('pattern'),
    /** A JavaScript regular expression tested against the block; named groups feed the metadata. */
    pattern: z.string().min(1),
    flags: flagsSchema,
  }),
  z.strictObject({
    ...common,
    kind: z.literal('outlet-name'),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('repeated-line'),
    /** Lines (digits ignored) seen at least this often are running page headers or footers. */
    minRepeats: z.number().int().min(2).default(3),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('field-table'),
    /** A "Label: value" line; it must capture `label` and `value`. */
    pattern: z.string().min(1),
    flags: flagsSchema,
    /** Labelled lines that must stand together before any is taken for a metadata table. */
    minRun: z.number().int().min(2).default(3),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('line-number'),
    /** The prefix to strip; it must capture the number in a group named `n`. */
    pattern: z.string().min(1),
    flags: flagsSchema,
    /** Share of non-empty lines that must carry a number before any is stripped. */
    minShare: z.number().min(0).max(1).default(0.6),
  }),
]);

export const BoilerplateRulesFileSchema = z.array(BoilerplateRuleSchema);

export type RuleAction = z.infer<typeof RuleActionSchema>;
export type RuleYield = z.infer<typeof RuleYieldSchema>;
export type BoilerplateRuleSource = z.infer<typeof BoilerplateRuleSchema>;

/** A rule ready to run: its pattern compiled once. */
export type BoilerplateRule = BoilerplateRuleSource & { regex: RegExp | null };

export class RulesFileError extends Error {
  override name = 'RulesFileError';
}

function compile(rule: BoilerplateRuleSource): RegExp | null {
  if (rule.kind !== 'pattern' && rule.kind !== 'line-number' && rule.kind !== 'field-table') return null;
  try {
    return new RegExp(rule.pattern, `${rule.flags}u`);
  } catch (error) {
    throw new RulesFileError(
      `rule "${rule.id}": the pattern is not a valid regular expression (${(error as Error).message})`,
    );
  }
}

/** Parses and checks the rules file; throws RulesFileError naming the rule and the fix. */
export function parseBoilerplateRules(
  yamlText: string,
  fileName = 'boilerplate-rules.yaml',
): BoilerplateRule[] {
  const doc = parseDocument(yamlText);
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new RulesFileError(
      `${fileName}${line === undefined ? '' : ` line ${line}`}: invalid YAML (${first.message.split('\n')[0]})`,
    );
  }
  const parsed = BoilerplateRulesFileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new RulesFileError(`${fileName} → ${where}: ${issue?.message ?? 'invalid rule'}`);
  }
  const seen = new Set<string>();
  return parsed.data.map((rule) => {
    if (seen.has(rule.id)) throw new RulesFileError(`${fileName}: the rule id "${rule.id}" is used twice`);
    seen.add(rule.id);
    if (rule.kind === 'line-number' && !rule.pattern.includes('(?<n>')) {
      throw new RulesFileError(`rule "${rule.id}": a line-number pattern must capture the number as (?<n>…)`);
    }
    if (
      rule.kind === 'field-table' &&
      !(rule.pattern.includes('(?<label>') && rule.pattern.includes('(?<value>'))
    ) {
      throw new RulesFileError(
        `rule "${rule.id}": a field-table pattern must capture (?<label>…) and (?<value>…)`,
      );
    }
    return { ...rule, regex: compile(rule) };
  });
}
