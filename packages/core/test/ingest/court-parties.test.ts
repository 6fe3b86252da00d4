import { describe, expect, it } from 'vitest';
import { splitCourtCaption } from '../../ingest/court/court-caption';
import { ingestText } from './helpers';

/** What a caption gives: the title, the date, the genre, the panel's names. */
function expectOpinion(
  plan: ReturnType<typeof ingestText>,
  expected: { title: string; date: string; judges: string[] },
): void {
  expect(plan.frontmatter.title).toBe(expected.title);
  expect(plan.frontmatter.published.date).toBe(expected.date);
  expect(plan.frontmatter.genre).toBe('court-opinion');
  expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(expected.judges);
}

/*
 * Captions of civil appeals: each side carries its role below and its role on appeal joined by a hyphen
 * ("Plaintiffs-Appellees," / "Defendant-Appellant."), and a side may list several parties separated by
 * semicolons, set beside the docket numbers in a second column that a text copy runs into the party lines.
 */

const OPINION = [
  'The motion for a stay pending appeal is denied. The appellants have not shown a likelihood of success on the merits, and the balance of hardships does not tip in their favour.',
  '',
  'The clerk shall issue the mandate forthwith.',
];

/** A two-column caption run together line by line: party names on the left, docket numbers on the right. */
const SEVERAL_PARTIES = [
  'FILED',
  'MAR 9 2021',
  'UNITED STATES COURT OF APPEALS',
  'FOR THE NINTH CIRCUIT',
  '',
  'HARBOR LEGAL AID SOCIETY; No. 20-11111',
  'VALLEY WORKERS CENTER; RIVER D.C. No. 3:20-cv-00001-AB',
  'COUNTY IMMIGRANT COALITION,',
  '',
  'Plaintiffs-Appellees,',
  '',
  'v.',
  '',
  'DANA K. MORROW, Acting Secretary of',
  'the Interior, in her official capacity; U.S.',
  'DEPARTMENT OF THE INTERIOR,',
  '',
  'Defendants-Appellants.',
  '',
  'Before: ALVAREZ, BRENNAN, and CHO, Circuit Judges.',
  '',
  ...OPINION,
];

describe('a caption whose roles name the role below and the role on appeal', () => {
  it('is read as a caption: taken out of the body, the panel its authors, the page a court opinion', () => {
    const plan = ingestText(SEVERAL_PARTIES.join('\n'), 'appeal');
    expect(plan.paragraphs).toEqual([OPINION[0], OPINION[2]]);
    expect(plan.frontmatter.genre).toBe('court-opinion');
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual([
      'Alvarez',
      'Brennan',
      'Cho',
    ]);
    expect(plan.removals.filter((removal) => removal.ruleId === 'court-caption').map((r) => r.text)).toEqual(
      expect.arrayContaining(['Plaintiffs-Appellees,', 'Defendants-Appellants.']),
    );
  });

  it('reads a single party with a hyphenated role as before ("X, Petitioner-Appellant")', () => {
    const split = splitCourtCaption([
      'UNITED STATES COURT OF APPEALS',
      'FOR THE FIFTH CIRCUIT',
      'MARTA SOLIS,',
      'Petitioner-Appellant,',
      'v.',
      'JOHN DOE, Warden,',
      'Respondent-Appellee.',
      'Before SMITH, JONES, and KING, Circuit Judges.',
      ...OPINION,
    ]);
    expect(split.opinion?.title?.value).toBe('MARTA SOLIS v. JOHN DOE');
    expect(split.opinion?.judges.names).toEqual(['Smith', 'Jones', 'King']);
  });
});

describe('a caption that lists several parties on a side', () => {
  it('is named by the first party on each side, a person by surname, as courts name the case', () => {
    const plan = ingestText(SEVERAL_PARTIES.join('\n'), 'appeal');
    expect(plan.frontmatter.title).toBe('HARBOR LEGAL AID SOCIETY v. MORROW');
  });

  it('keeps an institution whole when it is the first party', () => {
    const lines = SEVERAL_PARTIES.map((line) =>
      line
        .replace('DANA K. MORROW, Acting Secretary of', 'U.S. DEPARTMENT OF THE INTERIOR; DANA K.')
        .replace('the Interior, in her official capacity; U.S.', 'MORROW, Acting Secretary, in her official')
        .replace('DEPARTMENT OF THE INTERIOR,', 'capacity,'),
    );
    expect(ingestText(lines.join('\n'), 'appeal').frontmatter.title).toBe(
      'HARBOR LEGAL AID SOCIETY v. U.S. DEPARTMENT OF THE INTERIOR',
    );
  });
});

describe('a caption a text copy ran into one line with the order, without rules of underscores', () => {
  it('is taken out up to its panel: the text after it is the body, the caption gives title, date and panel', () => {
    const line = [
      'FILED FOR PUBLICATION UNITED STATES COURT OF APPEALS MAR 9 2021 CLERK U.S. COURT OF APPEALS FOR THE NINTH CIRCUIT',
      'HARBOR LEGAL AID SOCIETY; VALLEY WORKERS CENTER; COUNTY IMMIGRANT COALITION, Plaintiffs-Appellees, v.',
      'DANA K. MORROW, Acting Secretary of the Interior, in her official capacity; U.S. DEPARTMENT OF THE INTERIOR,',
      'Defendants-Appellants. No. 20-11111 ORDER Before: ALVAREZ, BRENNAN, and CHO, Circuit Judges.',
      OPINION[0],
    ].join(' ');
    const plan = ingestText(line, 'one-line');
    expect(plan.paragraphs).toEqual([OPINION[0]]);
    expectOpinion(plan, {
      title: 'HARBOR LEGAL AID SOCIETY v. MORROW',
      date: '2021-03-09',
      judges: ['Alvarez', 'Brennan', 'Cho'],
    });
  });

  it('leaves a paragraph that only mentions a court, a party and a panel', () => {
    const text =
      'The Court of Appeals heard the appeal of Jane Roe, Petitioner, against the Board. Before the hearing, the panel read the briefs, and then it ruled for her on every point the Board had raised.';
    expect(ingestText(`Appeal decided\n\n${text}`, 'mention').paragraphs).toEqual([text]);
  });
});

/** A caption a PDF's text layer ran into one line with the opinion's first words, its form rules as runs of l. */
const PDF_LINE_CAPTION =
  'United States Court of Appeals For the Eighth Circuit ___________________________ No. 17-1234 ___________________________ Ana Ruiz lllllllllllllllllllllPetitioner v. John Q. Doe, III, Attorney General lllllllllllllllllllllRespondent ____________ Petition for Review of an Order of the Board of Immigration Appeals ____________ Submitted: January 10, 2018 Filed: March 5, 2018 [Unpublished] ____________ Before SMITH, Chief Judge, KELLY and ERICKSON, Circuit Judges. ____________ PER CURIAM. Ana Ruiz petitions for review of the Board of Immigration Appeals’s denial of her application for asylum.';

describe("a caption a PDF's text layer ran into one line, its form rules as runs of the letter l", () => {
  const next =
    'We deny the petition for review, because substantial evidence supports the Board’s finding that she failed to show a nexus to a protected ground.';

  it('is read as a caption: the parties (a generational suffix kept), the filing date, the panel', () => {
    const plan = ingestText([PDF_LINE_CAPTION, next].join('\n\n'), 'flattened-l');
    expectOpinion(plan, {
      title: 'Ana Ruiz v. John Q. Doe, III',
      date: '2018-03-05',
      judges: ['Smith', 'Kelly', 'Erickson'],
    });
    expect(plan.paragraphs.at(-1)).toBe(next);
  });
});

describe("the lines around a caption a document site's copy ran into one line", () => {
  it("leave the body: the site's furniture above it (none of it prose) and the opinion's heading before its first words", () => {
    const plan = ingestText(
      [
        'United States Court of Appeals for the Eighth Circuit ______',
        'Total Page:16',
        'File Type:pdf, Size:1020Kb',
        PDF_LINE_CAPTION,
      ].join('\n'),
      'flattened-furniture',
    );
    expect(plan.paragraphs).toEqual([
      'Ana Ruiz petitions for review of the Board of Immigration Appeals’s denial of her application for asylum.',
    ]);
    const review = plan.frontmatter.review.join('\n');
    for (const line of ['Total Page:16', 'File Type:pdf', 'PER CURIAM.']) expect(review).toContain(line);
  });
});
