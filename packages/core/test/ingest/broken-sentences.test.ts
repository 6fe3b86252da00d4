import { describe, expect, it } from 'vitest';
import { ingestText } from './helpers';

/*
 * A blank line that broke a sentence of running text ("… advocates. President Donald" / "Trump has …") is no
 * paragraph break: the halves are one paragraph. A teaser cut on a word above the story it opens, a block a
 * rule removes and a short line are not joined.
 */

const HEADLINE = 'Officials detail the new guidance for migrants at the border';
const LEFT =
  'The administration laid out its new policy on Thursday, a significant change that forces migrants to wait in Mexico for their hearings. The policy is expected to be challenged in court by advocates. President Donald';
const RIGHT =
  'Trump has repeatedly criticized the nation’s immigration system, particularly the practice of releasing immigrants until their hearings.';
const LAST =
  'Officers are instructed to refer migrants who fear persecution in Mexico to asylum officers for further interviews.';

describe('a sentence broken by a blank line', () => {
  it('is joined again into one paragraph', () => {
    const plan = ingestText([HEADLINE, '', LEFT, '', RIGHT, '', LAST].join('\n'), 'broken-sentence');
    expect(plan.paragraphs).toEqual([`${LEFT} ${RIGHT}`, LAST]);
  });

  it('leaves a teaser cut on a word above the story that repeats its opening', () => {
    const story = `${RIGHT} ${LAST}`;
    const teaser = `By Jane Roe, contributor ${story.split(' ').slice(0, 24).join(' ')}`;
    const plan = ingestText([HEADLINE, '', teaser, '', story].join('\n'), 'teaser');
    expect(plan.paragraphs.at(-1)).toBe(story);
  });

  it('leaves a line a rule removes, and a short line, apart', () => {
    const plan = ingestText(
      [HEADLINE, '', LEFT, '', 'Subscribe or log in to read the rest of this content.'].join('\n'),
      'paywall',
    );
    expect(plan.paragraphs.at(-1)).toBe(LEFT);
    const short = ingestText([HEADLINE, '', 'The officer said', '', RIGHT, '', LAST].join('\n'), 'short');
    expect(short.paragraphs).toContain(RIGHT);
  });
});
