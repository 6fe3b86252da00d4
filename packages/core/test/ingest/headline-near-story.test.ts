import { describe, expect, it } from 'vitest';
import { isStoryText } from '../../ingest/clean/story-core';
import { headlineNearStory, unlikeHeadline } from '../../ingest/metadata/page-header';
import { ingestText } from './helpers';

/*
 * A page saved as text whose first blocks are no headline (a weather widget, a bullet of an empty menu, a
 * breadcrumb's numbered item): the headline is told by where it stands, the headline-shaped block nearest the
 * story's first paragraphs, and one the page prints again there (a teaser, a breadcrumb ending in it) first.
 */

const LEDE =
  'The Office of Inspector General has released a report from its review to determine whether the agency was turning away asylum seekers at the ports of entry.';
const SECOND =
  'In May 2018, the leaders anticipated an increase in the number of people seeking entry at the southern border, and urged them to cross at the ports.';
const HEADLINE = 'OIG Says CBP Deliberately Limited Processing of Asylum Seekers at the Southwest Border';

describe('a title no headline has', () => {
  it('opens with a list mark or has no word of three letters', () => {
    expect(unlikeHeadline('38.3 F')).toBe(true);
    expect(unlikeHeadline('• No items yet')).toBe(true);
    expect(unlikeHeadline('4. Smuggling attempts disrupted in El Paso Sector')).toBe(true);
    expect(unlikeHeadline(null)).toBe(true);
    expect(unlikeHeadline('2023 RLLR 38')).toBe(false);
    expect(unlikeHeadline('Asylum Denied')).toBe(false);
  });
});

describe('the headline nearest the story', () => {
  it('is a title-cased line right above the story, not running text', () => {
    expect(isStoryText(HEADLINE)).toBe(false);
    expect(headlineNearStory(['38.3 F', 'Washington D.C.', HEADLINE, LEDE, SECOND])).toBe(HEADLINE);
  });

  it('is the one the page prints again above the story, before one nearer to it', () => {
    const blocks = [
      '1. Home',
      '2. Newsroom',
      '4. Smuggling attempts disrupted in El Paso Sector',
      'Smuggling attempts disrupted in El Paso Sector',
      'For More Information',
      LEDE,
      SECOND,
    ];
    expect(headlineNearStory(blocks)).toBe('Smuggling attempts disrupted in El Paso Sector');
  });

  it('is never a date line or a list item, and none when nothing of its shape stands above the story', () => {
    expect(
      headlineNearStory(['Sunday, December 4, 2022', '• Read the full report now', LEDE, SECOND]),
    ).toBeNull();
    expect(headlineNearStory([LEDE, SECOND])).toBeNull();
  });

  it("replaces a page's first block that is no headline, which leaves as a reported label", () => {
    const plan = ingestText(
      ['38.3 F', '', 'Washington D.C.', '', HEADLINE, '', LEDE, '', SECOND].join('\n'),
      'x',
    );
    expect(plan.frontmatter.title).toBe(HEADLINE);
    expect(plan.paragraphs).toEqual([LEDE, SECOND]);
    expect(plan.frontmatter.review.join('\n')).toContain("Dropped '38.3 F'");
  });

  it('takes the teaser that runs the headline into its summary, the copies and the furniture above it out, and says so', () => {
    const headline = 'Mexican Journalist Asks For Asylum In U.S.';
    const page = [
      `${headline} As the drug war grinds on, the number of Mexicans requesting asylum has more than doubled. But one reporter says the military threatened to kill him.`,
      'Judi Lynn',
      '(160,451 posts)',
      headline,
      headline,
      '• Download',
      '• Transcript of the show',
      LEDE,
      SECOND,
    ];
    const plan = ingestText(page.join('\n\n'), 'teaser');
    expect(plan.frontmatter.title).toBe(headline);
    expect(plan.paragraphs).toEqual([LEDE, SECOND]);
    const review = plan.frontmatter.review.join('\n');
    for (const block of ['Judi Lynn', '(160,451 posts)', '• Download', `${headline} As the drug war`])
      expect(review).toContain(block);
  });

  it('leaves prose above the headline in the body', () => {
    const intro =
      'I have been following this story for a long time, since the first reports from the ports of entry reached us, and here is the latest from the border.';
    const plan = ingestText([intro, '38.3 F', HEADLINE, LEDE, SECOND].join('\n\n'), 'intro');
    expect(plan.frontmatter.title).toBe(HEADLINE);
    expect(plan.paragraphs).toEqual([intro, LEDE, SECOND]);
  });
});

describe('a first block that is no headline, with none near the story', () => {
  it('gives no title: it leaves as a label, reported, and the story stays whole', () => {
    const plan = ingestText(['• Hours & Info', '(562) 495-0554', LEDE, SECOND].join('\n\n'), 'no-headline');
    expect(plan.frontmatter.title).toBeNull();
    expect(plan.paragraphs).toEqual([LEDE, SECOND]);
    expect(plan.frontmatter.review.join('\n')).toContain(
      "Dropped '• Hours & Info' beside the headline as a label",
    );
  });
});
