import { describe, expect, it } from 'vitest';
import { ingestText } from './helpers';

/*
 * Two kinds of page whose first blocks are no headline of a news story's shape: a letter, whose header is the
 * addressee's lines above its salutation (no title is proposed), and a document with a long title above the
 * office that issued it (the title is that first block).
 */

const LETTER_BODY = [
  'Re: Asylum seekers sent to Tamaulipas are targeted by criminal organizations',
  'Dear Mr. Cuffari and Ms. Quinn:',
  'Our organization submits this complaint and requests that the Office of Inspector General investigate and report on the program and hold the department accountable for knowingly subjecting asylum seekers to serious harm.',
  'This complaint is based on research conducted in the cities of Matamoros and Reynosa in November 2019, where researchers spoke to adult asylum seekers who had been placed in the program.',
];

describe('a letter', () => {
  it('has no title: the addressee lines above its subject line and salutation are its header', () => {
    const plan = ingestText(
      [
        'Joseph Cuffari\nInspector General\nDepartment of Homeland Security\n254 Murray Lane SW\nWashington, D.C. 20528',
        ...LETTER_BODY,
      ].join('\n\n'),
      'letter',
    );
    expect(plan.frontmatter.title).toBeNull();
    expect(plan.paragraphs).toEqual(LETTER_BODY);
    expect(plan.frontmatter.review.join('\n')).toContain('254 Murray Lane SW');
  });

  it('is not read from a page with prose above the salutation', () => {
    const intro =
      'The group published the following letter on Monday, days after the department announced that the program would be expanded to two more cities.';
    const plan = ingestText(
      ['Group writes to the inspector general', intro, ...LETTER_BODY].join('\n\n'),
      'quoted-letter',
    );
    expect(plan.frontmatter.title).toBe('Group writes to the inspector general');
    expect(plan.paragraphs).toContain(intro);
  });
});

describe("a document's long title", () => {
  const TITLE =
    'Mexico: Police corruption, including police affiliation with cartels and police effectiveness; state protection, including complaints mechanisms available to report instances of corruption (2017–September 2020) [MEX200314.E]';
  const TEXT = [
    '1. Police Corruption',
    'A 2017 newspaper article states that the police have been hobbled by corruption for decades, and an international organization rated police corruption in the country as a high risk in its report.',
    'A 2018 survey on security and public participation conducted by the chamber of deputies, based on interviews with 1,200 citizens, indicates that most respondents distrust the police.',
  ];

  it('is the title when a block that is not text (the issuing office) stands under it', () => {
    const plan = ingestText(
      [TITLE, 'Research Directorate, Immigration and Refugee Board of Canada', ...TEXT].join('\n\n'),
      'document',
    );
    expect(plan.frontmatter.title).toBe(TITLE);
    expect(plan.paragraphs).toEqual(TEXT);
  });

  it('is not read from a long line that states a date, or above running text', () => {
    const dated =
      'CBP Has Taken Steps to Limit Processing of Undocumented Aliens at Ports of Entry While Asylum Claims Rise at the Southern Border - October 27, 2020 - DHS OIG';
    const plan = ingestText([dated, 'Department of Homeland Security', ...TEXT].join('\n\n'), 'dated');
    expect(plan.frontmatter.title).not.toBe(dated);
    const running = ingestText([TITLE, ...TEXT.slice(1)].join('\n\n'), 'running');
    expect(running.frontmatter.title).not.toBe(TITLE);
  });
});
