import { describe, expect, it } from 'vitest';
import { ingestText } from './helpers';

const HEADLINE = 'Policy memoranda on asylum claims';
const STORY = [
  'This page provides access to policy memoranda which give guidance to adjudicators in their work on asylum claims.',
  '',
  'This memorandum provides guidance to officers for determining whether a claimant has a credible fear of persecution.',
  '',
  'Memoranda that have been superseded by the policy manual have been stamped and remain here for reference only.',
];

describe('a prompt to sign up for updates', () => {
  it('is furniture, in the words a government page uses for it', () => {
    for (const prompt of ['Subscribe to get notifications of policy memo updates:', 'Get Updates by Email']) {
      const plan = ingestText(
        [HEADLINE, '', STORY[0], '', STORY[2], '', prompt, '', STORY[4]].join('\n'),
        'updates',
      );
      expect(plan.paragraphs, prompt).toEqual([STORY[0], STORY[2], STORY[4]]);
      expect(plan.removals, prompt).toContainEqual(
        expect.objectContaining({ ruleId: 'newsletter-signup', text: prompt }),
      );
    }
  });
});
