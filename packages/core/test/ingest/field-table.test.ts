import { describe, expect, it } from 'vitest';
import { fieldMetadata } from '../../ingest/clean/field-table';
import { parsePrintedDate } from '../../ingest/index';
import { ingestText } from './helpers';

const ingest = (text: string) => ingestText(text, 'sample-decision');

const REASONS = [
  'The claimant, a former municipal police officer from Mexico, claims protection because a cartel threatened to kill him after he refused its bribes.',
  'I find that the claimant is a person in need of protection, for the reasons that follow.',
];

describe("a page's metadata table (three or more 'Label: value' lines)", () => {
  it('is taken out of the body, and its decision date, panel and tribunal become the metadata', () => {
    const plan = ingest(
      [
        'Decision 2021 RAD 12',
        '',
        'Citation: 2021 RAD 12',
        'Tribunal: Refugee Appeal Division',
        'Date of Decision: March 4, 2021',
        'Panel: Ana Ruiz',
        'Country: Mexico',
        '',
        ...REASONS.flatMap((paragraph) => [paragraph, '']),
      ].join('\n'),
    );
    expect(plan.paragraphs).toEqual(REASONS);
    expect(plan.frontmatter.published.date).toBe('2021-03-04');
    expect(plan.frontmatter.published.basis).toContain('Date of Decision: March 4, 2021');
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(['Ana Ruiz']);
    expect(plan.frontmatter.genre).toBe('court-opinion');
    expect(plan.proposals.genre.basis).toContain('Tribunal: Refugee Appeal Division');
    expect(plan.frontmatter.review.join('\n')).toContain('field table');
  });

  it('gives no date when it states only the hearing date, which is not when the decision was made', () => {
    const plan = ingest(
      [
        'Claimant(s): XXXX',
        'Date(s) of Hearing: February 10, 2006',
        'Coram: Jane Roe',
        '',
        ...REASONS.flatMap((paragraph) => [paragraph, '']),
      ].join('\n'),
    );
    expect(plan.paragraphs).toEqual(REASONS);
    expect(plan.frontmatter.published.date).toBeNull();
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(['Jane Roe']);
  });

  it('reads a judge named with a title, and a compact date, and lets one short unlabelled line stand between', () => {
    const plan = ingest(
      [
        'Date: 20100218',
        'Docket: IMM-1166-09',
        'Ottawa, Ontario, February 18, 2010',
        'PRESENT: The Honourable Mr. Justice O’Keefe',
        '',
        ...REASONS.flatMap((paragraph) => [paragraph, '']),
      ].join('\n'),
    );
    expect(plan.frontmatter.published.date).toBe('2010-02-18');
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(['O’Keefe']);
  });

  it("reads a reprint archive's publication field written without a space after its colon", () => {
    expect(fieldMetadata('Published On', '2010-08-25')).toEqual({ label: 'published', date: '2010-08-25' });
    expect(fieldMetadata('Posted on', 'March 4, 2021')).toEqual({
      label: 'published',
      date: 'March 4, 2021',
    });
    // The day the copy was fetched is no publication date.
    expect(fieldMetadata('Fetched On', '2010-08-27 15:01:27')).toEqual({});
  });

  it('does not read labels that are names of Object properties', () => {
    for (const label of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(fieldMetadata(label, 'March 4, 2021')).toEqual({});
  });
});

describe('printed dates', () => {
  it('reads a compact year-month-day only when it is a calendar date', () => {
    expect(parsePrintedDate('20100218')).toBe('2010-02-18');
    expect(parsePrintedDate('20101318')).toBeNull();
    expect(parsePrintedDate('20100230')).toBeNull();
  });
});

describe('labelled lines the text introduces with a colon', () => {
  it('are a list of the story’s own, kept in the body', () => {
    const list = ['The poll’s results:', 'Clinton: 359.', 'Sanders: 8.', 'Uncommitted: 210.'];
    const plan = ingest([REASONS[0], '', ...list.flatMap((line) => [line, '']), REASONS[1] ?? ''].join('\n'));
    expect(plan.paragraphs).toEqual([REASONS[0], ...list, REASONS[1]]);
    expect(plan.frontmatter.review.join('\n')).not.toContain('field table');
  });
});
