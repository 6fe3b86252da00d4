import { describe, expect, it } from 'vitest';
import { opensWithDateline } from '../../ingest/text/words';
import { ingestText } from './helpers';

/*
 * A name standing alone right above the story's dateline, at the top of the page, is the story's byline: the
 * name is proposed as the author and the block leaves the body and the header (it is no headline). A label
 * with function words ("From Archive Data") is no name.
 */

const STORY_ES = [
  'Tijuana.- Los albergues de la ciudad tienen a unas mil personas esperando para cruzar a los Estados Unidos en busca de asilo político.',
  '“Los albergues cerca del centro están llenos. Algunos que traen recursos se van a hoteles”, indicó el director.',
];
const STORY_EN = [
  'JUÁREZ ― Maria sits shoulder to shoulder with other asylum seekers on a curb at the foot of the international bridge.',
  'He was beaten to death two years ago by the same gang now threatening her daughter, she said.',
];

describe('datelines', () => {
  it('include the Spanish press\'s "Place.-" and a horizontal bar after the place', () => {
    expect(opensWithDateline(STORY_ES[0] ?? '')).toBe(true);
    expect(opensWithDateline(STORY_EN[0] ?? '')).toBe(true);
    expect(opensWithDateline('Mr. Ruiz said the shelters were full.')).toBe(false);
  });
});

describe('a name alone above the dateline', () => {
  it('is the byline when it opens the page: not the headline', () => {
    const plan = ingestText(['Daniel Ángel Rubio', ...STORY_ES].join('\n'), 'name-first');
    expect(plan.frontmatter.title).toBeNull();
    expect(plan.proposals.authors.unknownNames.map((n) => n.name)).toEqual(['Daniel Ángel Rubio']);
    expect(plan.paragraphs).toEqual(STORY_ES);
    expect(plan.removals.find((r) => r.text === 'Daniel Ángel Rubio')?.ruleId).toBe('byline-above-dateline');
  });

  it('is the byline under the headline', () => {
    const plan = ingestText(
      ['Asylum seekers camp near the bridge', '', 'Lauren Villagran', '', ...STORY_EN].join('\n'),
      'name-under-headline',
    );
    expect(plan.frontmatter.title).toBe('Asylum seekers camp near the bridge');
    expect(plan.proposals.authors.unknownNames.map((n) => n.name)).toEqual(['Lauren Villagran']);
    expect(plan.paragraphs).toEqual(STORY_EN);
  });

  it('is no byline when it holds function words', () => {
    const plan = ingestText(['From Archive Data', '', ...STORY_EN].join('\n'), 'label');
    expect(plan.proposals.authors.unknownNames).toEqual([]);
  });
});

describe('a comment link above the story', () => {
  it('takes only itself: the page is still called cut when its text stops mid-word', () => {
    const plan = ingestText(
      [
        'Asylum seekers camp near the bridge',
        '',
        'Lauren Villagran',
        'View Comments',
        '',
        STORY_EN[0],
        '',
        `${STORY_EN[1]} The shelters were full and the daily international traf`,
      ].join('\n'),
      'comment-link-above',
    );
    expect(plan.frontmatter.truncated).toBe(true);
    expect(plan.removals.find((r) => r.text === 'View Comments')?.action).toBe('drop');
  });
});
