import { describe, expect, it } from 'vitest';
import { assembleParagraphs } from '../../ingest/clean/assemble-paragraphs';
import { normalizeLayout } from '../../ingest/clean/layout';
import { splitRunTogetherHeader } from '../../ingest/clean/reprint-header';
import { readCaseHeading, splitCourtCaption, splitJudges } from '../../ingest/court/court-caption';
import { ingestPage } from '../../ingest/index';
import { detectTruncation } from '../../ingest/metadata/detect-truncation';
import { emptyArchive, loadRules } from './helpers';

const slip = [
  'FILED',
  'United States Court of Appeals',
  'UNITED STATES COURT OF APPEALS Tenth Circuit',
  'FOR THE TENTH CIRCUIT February 13, 2019',
  '_________________________________',
  'Elisabeth A. Shumaker',
  'Clerk of Court',
  'JUAN LUIS AGUILAR-PEREZ,',
  'Petitioner,',
  'v. No. 18-9513',
  '(Petition for Review)',
  'MATTHEW G. WHITAKER, Acting',
  'United States Attorney General,',
  'Respondent.',
  '_________________________________',
  'ORDER AND JUDGMENT * *',
  '_________________________________',
  'Before BACHARACH, PHILLIPS, and EID, Circuit Judges.',
  '_________________________________',
  'This appeal involves a petition for review of a decision by the Board',
  'of Immigration Appeals. We deny the petition.',
];

describe('a court opinion’s caption', () => {
  it('is taken out of the body and read for title, court, date and panel', () => {
    const { lines, removals, opinion } = splitCourtCaption(slip);
    expect(lines).toEqual(slip.slice(-2));
    expect(removals.map((r) => r.text)).toContain('Before BACHARACH, PHILLIPS, and EID, Circuit Judges.');
    expect(opinion).toMatchObject({
      title: { value: 'JUAN LUIS AGUILAR-PEREZ v. MATTHEW G. WHITAKER' },
      court: 'United States Court of Appeals for the Tenth Circuit',
      date: { value: '2019-02-13' },
      judges: { names: ['Bacharach', 'Phillips', 'Eid'] },
    });
  });

  it('prefers the decision date to the argument date, and the author judge to the panel', () => {
    const { opinion, lines } = splitCourtCaption([
      'R. R. D. v. Eric Holder, Jr. , 746 F.3d 807 ( 2014 )',
      'United States Court of Appeals',
      'For the Seventh Circuit',
      'R.R.D.,',
      'Petitioner,',
      'v.',
      'ERIC H. HOLDER, JR., Attorney General of the United States,',
      'Respondent.',
      'ARGUED MARCH 5, 2014 — DECIDED MARCH 19, 2014',
      'Before EASTERBROOK, MANION, and HAMILTON, Circuit',
      'Judges.',
      'EASTERBROOK, Circuit Judge. While R.R.D. was an investigator',
    ]);
    expect(opinion?.title?.value).toBe('R. R. D. v. Eric Holder, Jr.');
    expect(opinion?.date?.value).toBe('2014-03-19');
    expect(opinion?.judges.names).toEqual(['Easterbrook']);
    expect(lines).toEqual(['While R.R.D. was an investigator']);
  });

  it('leaves a news story that quotes a case alone', () => {
    const story = ['Judges weigh R.R.D. v. Holder', 'Before the hearing, the petitioner waited.'];
    expect(splitCourtCaption(story)).toEqual({ lines: story, removals: [], opinion: null });
  });

  it('reads case headings and judges’ names as printed', () => {
    expect(readCaseHeading('Duran-Rodriguez v. Barr, No. 16-72957 (9th Cir. 2019)')).toEqual({
      title: 'Duran-Rodriguez v. Barr',
      year: '2019',
    });
    expect(readCaseHeading('R.R.D. v. Holder')).toBeNull();
    expect(readCaseHeading('R.R.D. v. Holder', true)?.title).toBe('R.R.D. v. Holder');
    expect(splitJudges('Michael Daly Hawkins, Milan D. Smith, Jr., and Andrew D. Hurwitz')).toEqual([
      'Michael Daly Hawkins',
      'Milan D. Smith Jr.',
      'Andrew D. Hurwitz',
    ]);
  });

  it('makes the draft a court opinion with the court as the proposed outlet', () => {
    const outcome = ingestPage(
      { text: slip.join('\n'), format: 'text', name: 'slip' },
      {},
      emptyArchive(),
      loadRules(),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.plan.frontmatter).toMatchObject({
      genre: 'court-opinion',
      title: 'JUAN LUIS AGUILAR-PEREZ v. MATTHEW G. WHITAKER',
      published: { date: '2019-02-13' },
    });
    expect(outcome.plan.frontmatter.review.join('\n')).toContain('Removed by rule court-caption');
  });
});

describe('layout repair that never invents', () => {
  it('joins a word broken at the margin without its hyphen only when the page spells it whole', () => {
    const evidence = assembleParagraphs([
      'The applicant feared persecution by the cartel and sought some immi-',
      'gration relief; immigration judges later denied the request in full and',
      'the appeals board agreed with them on every point the applicant raised.',
    ]);
    expect(evidence.paragraphs[0]).toContain('sought some immigration relief');
    const compound = assembleParagraphs([
      'But his fears resurfaced when someone tried to kill Mr. Aguilar-',
      'Perez’s brother-in-law, who was also a Mexican police officer in the city.',
      'He left in a hurry for the border and never came back to the force.',
    ]);
    expect(compound.paragraphs[0]).toContain('Mr. Aguilar-Perez’s brother-in-law');
  });

  it('undoes justified spacing, a shared indentation and double spacing, and keeps indented paragraph starts', () => {
    const lines = normalizeLayout([
      '         This  appeal  involves  a  petition  for  review  of  a  decision  by  the',
      '',
      'Board  of  Immigration  Appeals.  The  petitioner  is  a  Mexican  citizen  who',
      '',
      'overstayed  his  visa  in  the  United  States.',
      '',
      '         We  deny  the  petition  for  review  of  the  decision  of  the  Board.',
    ]);
    expect(assembleParagraphs(lines).paragraphs).toEqual([
      'This appeal involves a petition for review of a decision by the Board of Immigration Appeals. The petitioner is a Mexican citizen who overstayed his visa in the United States.',
      'We deny the petition for review of the decision of the Board.',
    ]);
  });

  it('puts a run-together reprint header back on lines of its own', () => {
    expect(
      splitRunTogetherHeader([
        'Pubdate: Thu, 15 May 2008 Source: Dallas Morning News (TX) Author: Jane Roe, Washington Bureau POLICE CHIEFS FLEE TO U.S. WASHINGTON - Drug cartel attacks continue.',
      ]),
    ).toEqual([
      'Pubdate: Thu, 15 May 2008',
      'Source: Dallas Morning News (TX)',
      'Author: Jane Roe, Washington Bureau',
      '',
      'POLICE CHIEFS FLEE TO U.S.',
      '',
      'WASHINGTON - Drug cartel attacks continue.',
    ]);
  });

  it('calls a page truncated when it stops mid-word or mid-sentence, or says so', () => {
    expect(detectTruncation(['He fled.', 'The Board of Imm'], []).value).toBe(true);
    expect(detectTruncation(['He fled to El Paso.”'], []).value).toBe(false);
    const notice = {
      ruleId: 'partial-story-notice',
      action: 'drop' as const,
      text: 'Read the complete article.',
      groups: {},
      yields: ['truncation' as const],
    };
    expect(detectTruncation(['He fled.'], [notice]).value).toBe(true);
  });
});

describe('one paragraph per line, blank lines between', () => {
  it('is not mistaken for double spacing, however short its paragraphs', () => {
    const lines = [
      'Mexican police chiefs flee to U.S. for safety',
      '',
      'Mexican police chiefs are getting killed right and left, thanks to the war on drugs.',
      '',
      'When they stand down, who’s going to stand up?',
    ];
    expect(assembleParagraphs(normalizeLayout(lines)).paragraphs).toEqual([lines[0], lines[2], lines[4]]);
  });
});
