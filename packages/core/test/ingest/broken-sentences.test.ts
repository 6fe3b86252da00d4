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

/*
 * A line break inside a sentence of running text, on a page of one paragraph per line ("… a victim of politically
 * motivated" / "violence, a tough task."), is no paragraph break either: the line that carries the sentence on in
 * lower case joins the line above it. A table's rows and a label above a line in lower case stay apart.
 */
describe('a sentence broken by a line break', () => {
  const FIRST = 'Two months ago, a young woman said goodbye to her family and walked to the bridge.';
  const BROKEN = 'To gain asylum, she would have to prove that she is a victim of politically motivated';
  const REST =
    'violence, a tough task. Last year more than nine thousand people applied, and few were accepted.';
  const NEXT = 'There is a reason so few are accepted, a professor of political science said on Monday.';

  it('is joined again into one paragraph', () => {
    const plan = ingestText(
      [HEADLINE, '', FIRST, '', BROKEN, REST, '', NEXT].join('\n'),
      'line-broken-sentence',
    );
    expect(plan.paragraphs).toEqual([FIRST, `${BROKEN} ${REST}`, NEXT]);
  });

  it('is joined when the rest is a speaker’s attribution after a quotation that ends in a comma', () => {
    const quoted = '“We will find the people who sell these weapons and we will stop them,”';
    const plan = ingestText(
      [HEADLINE, '', FIRST, '', quoted, 'said the director.', '', NEXT].join('\n'),
      'said',
    );
    expect(plan.paragraphs).toEqual([FIRST, `${quoted} said the director.`, NEXT]);
  });

  it('leaves a table’s rows and a label over a line in lower case apart', () => {
    const rows = ['apache_builds 2.3 GB/s 0.098 GB/s', 'github_events 2.5 GB/s 0.093 GB/s'];
    const table = ingestText([HEADLINE, '', FIRST, '', ...rows, '', NEXT].join('\n'), 'table');
    expect(table.paragraphs).not.toContain(rows.join(' '));
    const label = ingestText([HEADLINE, '', FIRST, '', 'Read More', REST, '', NEXT].join('\n'), 'label');
    expect(label.paragraphs.some((p) => p.includes(`Read More ${REST}`))).toBe(false);
  });
});
