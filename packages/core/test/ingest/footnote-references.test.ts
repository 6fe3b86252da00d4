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
