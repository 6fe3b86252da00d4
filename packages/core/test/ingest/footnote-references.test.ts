import { describe, expect, it } from 'vitest';
import { ingestText } from './helpers';

const HEADLINE = 'Decision of the Refugee Protection Division';
const FIRST =
  'This is the decision of the division in the claim of the claimant of Mexico, who claims refugee protection under the Act (the “IRPA”).';
const SECOND =
  'The specifics of the claim are stated in the claimant’s form and in the narrative in evidence.';

describe("a footnote's reference in brackets, set against the sentence it notes", () => {
  it('is taken out, and the sentence reads whole', () => {
    const plan = ingestText(
      [HEADLINE, '', `[1] ${FIRST}[1] The panel heard the claim.`, '', `[5] ${SECOND}[2]`].join('\n'),
      'notes',
    );
    expect(plan.paragraphs).toEqual([`[1] ${FIRST} The panel heard the claim.`, `[5] ${SECOND}`]);
    expect(
      plan.removals.filter((removal) => removal.ruleId === 'footnote-reference').map((r) => r.text),
    ).toEqual(['[1]', '[2]']);
  });

  it("leaves a paragraph's own number and a bracket after a space", () => {
    const text = 'The judge cited the rule in section 12 [3] of the regulations and denied the claim.';
    const plan = ingestText([HEADLINE, '', `[5] ${SECOND}`, '', text].join('\n'), 'notes');
    expect(plan.paragraphs).toEqual([`[5] ${SECOND}`, text]);
  });
});

describe("a template's unfilled tag run into a sentence", () => {
  it('is taken out where a sentence begins, and reported; braces inside a sentence stay', () => {
    const first =
      'A federal judge issued a preliminary injunction on Monday to stop the policy of having some asylum seekers wait in Mexico.';
    const second = 'The ruling will go into effect on Friday, the judge wrote in the order.';
    const code = 'The parser reads the value {x} and returns it to the caller without copying the string.';
    const plan = ingestText(
      ['Judge halts the policy for asylum seekers', '', first, '', `{mosads}${second}`, '', code].join('\n'),
      'template-tag',
    );
    expect(plan.paragraphs).toEqual([first, second, code]);
    expect(plan.removals).toContainEqual(
      expect.objectContaining({ ruleId: 'template-tag', text: '{mosads}' }),
    );
  });
});
