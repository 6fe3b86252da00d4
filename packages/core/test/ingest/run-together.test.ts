import { describe, expect, it } from 'vitest';
import { splitAtSeams, splitOpeningStamp } from '../../ingest/clean/run-together';
import { ingestText } from './helpers';

/*
 * A text copy of a page whose inline elements ran together: a date stamp against the topic label beside it, a
 * source credit against the byline. Split at the seam only where a rule reads a part, so a stamp, a byline or
 * a credit is read and removed, and no sentence is cut.
 */

const STORY = [
  'PHOENIX – A man wanted in his native country for homicide was deported Wednesday by immigration officers at the port of entry.',
  '',
  'He had been removed from the United States several times since 2004, the agency said in a statement.',
];

describe('a date stamp run into the label beside it', () => {
  it('is split: the date dates the page, the label and the stamp leave the body', () => {
    const plan = ingestText(
      [
        'March 3, 2019Enforcement and Removal',
        '',
        'Agency deports man wanted on homicide charge',
        '',
        ...STORY,
      ].join('\n'),
      'seam',
    );
    expect(plan.frontmatter.published.date).toBe('2019-03-03');
    expect(plan.frontmatter.title).toBe('Agency deports man wanted on homicide charge');
    expect(plan.paragraphs).toEqual([STORY[0], STORY[2]]);
  });
});

describe('a source credit run into the byline after it', () => {
  it('is split: the byline names the authors and the credit leaves the body', () => {
    const plan = ingestText(
      [
        'Journalist receives asylum after threats',
        '',
        '(Source: Associated Press)By JANE Q. ROE and JOHN DOE',
        '',
        ...STORY,
      ].join('\n'),
      'seam',
    );
    expect(plan.frontmatter.title).toBe('Journalist receives asylum after threats');
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual([
      'JANE Q. ROE',
      'JOHN DOE',
    ]);
    expect(plan.paragraphs).toEqual([STORY[0], STORY[2]]);
  });
});

describe('the seam rule', () => {
  const reads = (part: string) => /^(?:By \p{Lu}|\p{L}+ \d{1,2}, \d{4}$)/u.test(part);

  it('splits only where a rule reads a part and the rest are short labels', () => {
    expect(splitAtSeams('May 2, 2020World News', reads)).toEqual(['May 2, 2020', 'World News']);
    expect(splitAtSeams('(Photo: AP)By JANE ROE', reads)).toEqual(['(Photo: AP)', 'By JANE ROE']);
  });

  it('never splits a sentence, a block no rule reads, or a name with capitals inside it', () => {
    expect(
      splitAtSeams('In 2019Congress passed a law that changed how asylum claims are heard.', reads),
    ).toBeNull();
    expect(splitAtSeams('Class of 2019Alumni', reads)).toBeNull();
    expect(splitAtSeams('He bought an iPhone at McDonald’s', reads)).toBeNull();
  });
});

describe('a date stamp run into the headline, a space between', () => {
  it('is split at the top of the page: the stamp dates the page and the rest is the headline', () => {
    const plan = ingestText(
      ['date 2019-10-02 Agency deports man wanted on homicide charge', '', ...STORY].join('\n'),
      'opening-stamp',
    );
    expect(plan.frontmatter.published.date).toBe('2019-10-02');
    expect(plan.frontmatter.title).toBe('Agency deports man wanted on homicide charge');
    expect(plan.paragraphs).toEqual([STORY[0], STORY[2]]);
  });

  it('is not split when the rest is a sentence or nothing reads the opening as a stamp', () => {
    const reads = (part: string) => /^(?:date \d{4}-\d{2}-\d{2}|Filed March 20, 2019)$/.test(part);
    expect(
      splitOpeningStamp('Filed March 20, 2019 The court ruled that the petition was untimely.', reads),
    ).toBeNull();
    expect(splitOpeningStamp('In 2019 Mexico received more requests than ever', reads)).toBeNull();
    expect(splitOpeningStamp('date 2019-10-02 UN refugee chief asks Mexico to do more', reads)).toEqual([
      'date 2019-10-02',
      'UN refugee chief asks Mexico to do more',
    ]);
  });
});

describe('a date stamp with the kind of page after a bar', () => {
  it('dates the page and leaves the header', () => {
    const plan = ingestText(
      ['2 Aug 2018 | Publication', '', 'Agency deports man wanted on homicide charge', '', ...STORY].join(
        '\n',
      ),
      'stamp-kind',
    );
    expect(plan.frontmatter.published.date).toBe('2018-08-02');
    expect(plan.paragraphs).toEqual([STORY[0], STORY[2]]);
  });
});

describe('a machine-dated stamp run into the first paragraph', () => {
  it('is split whatever follows it, since no sentence opens with a machine-written date', () => {
    const reads = (part: string) => /^date \d{4}-\d{2}-\d{2}$/.test(part);
    expect(
      splitOpeningStamp('date 2019-10-02 The court ruled that the petition was untimely.', reads),
    ).toEqual(['date 2019-10-02', 'The court ruled that the petition was untimely.']);
    const plan = ingestText(
      [` date 2025-08-22 ${STORY[0]}`, '', STORY[2]].join('\n'),
      'stamp-into-paragraph',
    );
    expect(plan.frontmatter.published.date).toBe('2025-08-22');
    expect(plan.paragraphs).toEqual([STORY[0], STORY[2]]);
    expect(plan.removals.map((removal) => removal.text)).toContain('date 2025-08-22');
  });
});
