import { describe, expect, it } from 'vitest';
import { citationAtHead, citationYear, isCitationLine } from '../../ingest/court/citation-line';
import { ingestText } from './helpers';

const story = [
  'The board heard the family’s appeal on a cold morning and reserved its decision until the spring.',
  'Lawyers for the family said they expected a ruling within weeks, and that they would appeal again if it failed.',
  'The department declined to comment on the case, citing the privacy of the people who had asked for protection.',
];

/** A case brief headed by the case's name and its citation, with no other date. */
const brief = [
  'Matter of Q-R-',
  '',
  '31 I. & N. Dec. 12 (2031)',
  '',
  'Facts',
  '',
  ...story.flatMap((p) => [p, '']),
].join('\n');

describe("a decision's citation alone at the head of a page makes it a court opinion", () => {
  it('reads a reporter citation (volume, abbreviation with a full stop or ampersand, page, bracketed year) and a neutral one', () => {
    for (const line of [
      '31 I. & N. Dec. 12 (2031)',
      '31 I N Dec. 12 (2031)',
      'Cite as 31 I&N Dec. 12 (BIA 2031) Interim Decision #4100',
      '999 F.4th 101 (11th Cir. 2031)',
      '2031 FC 77',
      'Citation: 2031 FC 77',
      '[2031] UKSC 4',
    ])
      expect(isCitationLine(line), line).toBe(true);
    for (const line of [
      '2 Aug 2031 | Publication',
      '2031 AUG 5',
      '12 Main Street 5 (2031)',
      '5 U.S. towns flooded (2031)',
      'Matter of Q-R-, 31 I&N Dec. 12 (BIA 2031), is the case the board followed.',
    ])
      expect(isCitationLine(line), line).toBe(false);
  });

  it("looks only among the page's first lines", () => {
    expect(citationAtHead(['Matter of Q-R-', '', '31 I. & N. Dec. 12 (2031)', 'Facts'].join('\n'))).toBe(
      '31 I. & N. Dec. 12 (2031)',
    );
    const late = [...Array.from({ length: 9 }, (_, i) => `Line ${i} of the page's head`), '2031 FC 77'];
    expect(citationAtHead(late.join('\n'))).toBeNull();
  });

  it("proposes the court-opinion genre for a case brief headed by the case's citation, and says why", () => {
    const plan = ingestText(brief, 'brief');
    expect(plan.frontmatter).toMatchObject({ genre: 'court-opinion' });
    expect(plan.proposals.genre.basis).toContain('31 I. & N. Dec. 12 (2031)');
  });

  it('leaves a story that cites a decision in its text, or opens with a date, as it was', () => {
    const plan = ingestText(
      [
        'Board Rules on Family’s Appeal',
        '',
        '2 Aug 2031 | Publication',
        '',
        ...story.flatMap((p) => [p, '']),
        'The board relied on Matter of Q-R-, 31 I&N Dec. 12 (BIA 2031), in its reasoning.',
      ].join('\n'),
      'story',
    );
    expect(plan.frontmatter.genre).not.toBe('court-opinion');
  });

  it("dates a page nothing else dates by its citation's year", () => {
    expect(citationYear('31 I. & N. Dec. 12 (BIA 2031)')).toBe('2031');
    expect(citationYear('Citation: 2031 FC 77')).toBe('2031');
    expect(citationYear('2 Aug 2031 | Publication')).toBeNull();
    const undated = ingestText(brief, 'brief');
    expect(undated.frontmatter.published.date).toBe('2031');
    expect(undated.proposals.date.basis).toContain('31 I. & N. Dec. 12 (2031)');
  });
});
