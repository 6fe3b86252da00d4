import { describe, expect, it } from 'vitest';
import { cleanText, parseBoilerplateRules, RulesFileError } from '../../ingest/index';
import { emptyArchive, loadRules, readSeed, seedNames } from './helpers';

const rules = loadRules();
const context = {
  outletNames: emptyArchive()
    .organizations.filter((organization) => organization.kind === 'outlet')
    .flatMap((organization) => [organization.name, ...organization.aliases]),
};

describe('boilerplate rules (ingest/boilerplate-rules.yaml)', () => {
  it('loads, with unique ids and at least one rule of every kind the cleaner knows', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    expect(new Set(rules.map((rule) => rule.kind))).toEqual(
      new Set(['text', 'pattern', 'outlet-name', 'repeated-line', 'line-number', 'field-table']),
    );
  });

  // One test per rule, driven by the rule's own example: a rule a maintainer adds is tested the moment it exists.
  describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    it('removes its example, and it is this rule that does', () => {
      const cleaned = cleanText(rule.example, rules, context);
      expect(cleaned.paragraphs.join('\n\n')).toBe(rule.leaves.trim());
      expect(cleaned.removals.map((removal) => removal.ruleId)).toContain(rule.id);
      if (rule.action === 'caption') expect(cleaned.captions).toEqual([rule.example.trim()]);
    });

    if (rule.counterExample !== undefined) {
      const counterExample = rule.counterExample;
      it('leaves its counter-example (article text) alone', () => {
        const cleaned = cleanText(counterExample, rules, context);
        expect(cleaned.removals.filter((removal) => removal.ruleId === rule.id)).toEqual([]);
        expect(cleaned.paragraphs.join('\n\n')).toBe(counterExample.trim().replace(/\n{2,}/g, '\n\n'));
      });
    }
  });

  it('credits every block removed from the five seeds to a named rule', () => {
    const used = new Set(
      seedNames().flatMap((name) => cleanText(readSeed(name), rules, context).removals.map((r) => r.ruleId)),
    );
    for (const id of used) expect(rules.map((rule) => rule.id)).toContain(id);
    expect([...used].sort()).toEqual(
      [
        'author-bio',
        'comment-policy',
        'comment-section-start',
        'creative-commons-heading',
        'date-stamp',
        'donation-appeal',
        'land-acknowledgement',
        'outlet-masthead',
        'photo-caption',
        'republish-licence',
        'see-also-line',
        'share-widget-label',
        'story-origin-note',
      ].sort(),
    );
  });

  it('reads named groups as metadata evidence (author bio → author and outlet)', () => {
    const cleaned = cleanText(readSeed('000_10893fed5bf555e6.txt'), rules, context);
    const bio = cleaned.removals.find((removal) => removal.ruleId === 'author-bio');
    expect(bio?.groups).toEqual({ author: 'Andrew Becker', outlet: 'Reveal' });
  });
});

describe('a broken rules file is reported, naming the rule and what is wrong', () => {
  const valid = `- id: share-label\n  kind: text\n  text: Share\n  description: A share label.\n  example: Share\n`;

  it('accepts a minimal valid rule', () => {
    expect(parseBoilerplateRules(valid).map((rule) => rule.id)).toEqual(['share-label']);
  });

  it.each([
    [
      'an invalid regular expression',
      `- id: bad-regex\n  kind: pattern\n  pattern: '(unclosed'\n  description: d\n  example: e\n`,
      /rule "bad-regex": the pattern is not a valid regular expression/,
    ],
    ['a duplicated id', `${valid}${valid}`, /the rule id "share-label" is used twice/],
    [
      'a misspelt key',
      `- id: typo\n  kind: text\n  txt: Share\n  description: d\n  example: e\n`,
      /0\.text|Unrecognized key|txt/i,
    ],
    ['a missing example', `- id: no-example\n  kind: text\n  text: Share\n  description: d\n`, /example/],
    ['an unknown kind', `- id: odd\n  kind: regex\n  description: d\n  example: e\n`, /kind/],
    ['invalid YAML', `- id: [unclosed\n`, /invalid YAML/],
    [
      'a line-number pattern without its (?<n>…) group',
      `- id: numbers\n  kind: line-number\n  pattern: '^\\d+ '\n  description: d\n  example: e\n`,
      /\(\?<n>…\)/,
    ],
    [
      'a field-table pattern that does not capture a label and a value',
      `- id: table\n  kind: field-table\n  pattern: '^(\\w+): (.+)$'\n  description: d\n  example: e\n`,
      /must capture \(\?<label>…\) and \(\?<value>…\)/,
    ],
  ])('rejects %s', (_what, yaml, message) => {
    expect(() => parseBoilerplateRules(yaml)).toThrow(RulesFileError);
    expect(() => parseBoilerplateRules(yaml)).toThrow(message);
  });
});
