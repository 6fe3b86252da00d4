import { describe, expect, it } from 'vitest';
import { findRunningHeadsInSentences } from '../../ingest/clean/running-lines';
import { ingestText } from './helpers';

const ingest = (text: string) => ingestText(text, 'sample-judgment');

// A judgment copied from a court's web page: each paragraph number on a line of its own, its first word on
// the next line, the rest wrapped at the page's width.
const WRAPPED_JUDGMENT = [
  '[1]',
  'This',
  'is an application for judicial review of a decision of the Refugee Protection Division, dated',
  'February 16, 2008, wherein the applicants were determined to be neither Convention refugees nor',
  'persons in need of protection under sections 96 and 97 of the Act.',
  '[2]',
  'The',
  'applicants request that the decision be quashed and that their claims be referred back to the',
  'Board to be considered by a differently constituted panel of the Board, for the reasons given.',
  '[3]',
  'The',
  'applicants are mother and daughter. Both are citizens of Mexico who lived in Pachuca, in the',
  'state of Hidalgo, until they fled to Canada with the help of a relative in the winter of 2007.',
  '[4]',
  'In',
  'May of 2004 the principal applicant divorced the father of the minor applicant, who was then an',
  'officer of the state police, and things were quiet until November 15, 2006 when she noticed a car.',
];

describe("a judgment's numbered paragraphs", () => {
  it('each start with their number, and a word repeated on lines of its own is not taken for a running head', () => {
    const plan = ingest(WRAPPED_JUDGMENT.join('\n'));
    expect(plan.paragraphs.map((paragraph) => paragraph.slice(0, 22))).toEqual([
      '[1] This is an applica',
      '[2] The applicants req',
      '[3] The applicants are',
      '[4] In May of 2004 the',
    ]);
    expect(plan.removals.filter((removal) => removal.ruleId === 'running-header')).toEqual([]);
  });

  it('keep their number when the page has one paragraph per line', () => {
    const plan = ingest(
      [
        '[1]',
        'The claimant is a citizen of Mexico who claims protection from a cartel that threatened him.',
        '[2]',
        'The claimant was represented by counsel at the hearing, which was held by video.',
      ].join('\n\n'),
    );
    expect(plan.paragraphs).toEqual([
      '[1] The claimant is a citizen of Mexico who claims protection from a cartel that threatened him.',
      '[2] The claimant was represented by counsel at the hearing, which was held by video.',
    ]);
  });
});

describe("a Commonwealth court's caption ('BETWEEN: … Applicants and … Respondent')", () => {
  it('is taken out and read for the title, date and judge, who is named once whatever the apostrophe', () => {
    const plan = ingest(
      [
        'Date: 20120309',
        'Docket: IMM-1234-11',
        'Citation: 2012 FC 301',
        'Ottawa, Ontario, March 9, 2012',
        "PRESENT: The Honourable Mr. Justice O'Brien",
        'BETWEEN:',
        'ANA MARIA RUIZ',
        'LUIS RUIZ',
        'Applicants',
        'and',
        'THE MINISTER OF CITIZENSHIP',
        'AND IMMIGRATION',
        'Respondent',
        'REASONS FOR JUDGMENT AND JUDGMENT',
        'O’BRIEN J.',
        ...WRAPPED_JUDGMENT,
      ].join('\n'),
    );
    expect(plan.frontmatter.title).toBe('ANA MARIA RUIZ v. THE MINISTER OF CITIZENSHIP AND IMMIGRATION');
    expect(plan.frontmatter.published.date).toBe('2012-03-09');
    expect(plan.frontmatter.genre).toBe('court-opinion');
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(["O'Brien"]);
    expect(plan.paragraphs[0]?.startsWith('[1] This is an application')).toBe(true);
    expect(plan.paragraphs).toHaveLength(4);
  });

  it("takes the decisions database's headings above it out with it, and keeps a sentence that stands there", () => {
    const caption = [
      'BETWEEN:',
      'ANA MARIA RUIZ',
      'Applicant',
      'and',
      'THE MINISTER OF CITIZENSHIP AND IMMIGRATION',
      'Respondent',
      'JUDGMENT AND REASONS',
      ...WRAPPED_JUDGMENT,
    ];
    const headed = ingest(['Federal Court Decisions', '', 'Decision Content', '', ...caption].join('\n'));
    expect(headed.paragraphs[0]?.startsWith('[1] This is an application')).toBe(true);
    expect(headed.removals.map((removal) => removal.text)).toContain('Decision Content');
    const noted = ingest(
      ['This decision was corrected on appeal in a later judgment of the court.', '', ...caption].join('\n'),
    );
    expect(noted.paragraphs[0]).toBe(
      'This decision was corrected on appeal in a later judgment of the court.',
    );
  });
});

describe("a law report's caption (each party with its roles in brackets, 'v.' between them)", () => {
  const STORY = [
    'The appellant was ordered deported after his landing was found to rest on a misrepresentation.',
    'The appeal division held that it could not consider the conditions of the country of removal.',
  ];
  const caption = [
    'Decision Content',
    'A-1234-96',
    'Ana Ruiz (Appellant) (Applicant)',
    'v.',
    'The Minister of Citizenship and Immigration (Respondent) (Respondent)',
    'Indexed as: Ruiz v. Canada (Minister of Citizenship and Immigration) (C.A.)',
    'Court of Appeal, Roe C.J., Doe and Poe JJ.A.—Winnipeg, November 2; Ottawa, December 3, 1998.',
  ];

  it('is taken out with the headings above it and read for the title, the panel and the day of decision', () => {
    const plan = ingest([...caption, ...STORY].join('\n\n'));
    expect(plan.frontmatter.title).toBe('Ana Ruiz v. The Minister of Citizenship and Immigration');
    expect(plan.frontmatter.genre).toBe('court-opinion');
    expect(plan.frontmatter.published.date).toBe('1998-12-03');
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(['Roe', 'Doe', 'Poe']);
    expect(plan.paragraphs).toEqual(STORY);
  });

  it('is no caption under a sentence, nor without its roles in brackets', () => {
    const underProse = ingest(
      ['A note from the editors of this collection of cases.', ...caption.slice(2), ...STORY].join('\n\n'),
    );
    expect(underProse.frontmatter.genre).not.toBe('court-opinion');
    const unbracketed = ingest(
      ['Ana Ruiz', 'v.', 'The Minister of Citizenship and Immigration', ...STORY].join('\n\n'),
    );
    expect(unbracketed.frontmatter.genre).not.toBe('court-opinion');
  });
});

describe("a memorandum's caption run into its first paragraph on one line (a case-law site's copy)", () => {
  it('is taken out and read: date, a mixed panel, and the opinion begins without its footnote mark', () => {
    const plan = ingest(
      [
        'Ana Ruiz v. Merrick Garland',
        '',
        'NOT FOR PUBLICATION FILED UNITED STATES COURT OF APPEALS MAR 3 2022 MOLLY C. DWYER, CLERK U.S. COURT OF APPEALS FOR THE NINTH CIRCUIT ANA RUIZ, No. 20-71234 Petitioner, Agency No. A000-000-000 v. MEMORANDUM * MERRICK B. GARLAND, Attorney General, Respondent. On Petition for Review of an Order of the Board of Immigration Appeals Submitted March 1, 2022 San Francisco, California Before: ROE and DOE, Circuit Judges, and POE, District Judge. ** Petitioner Ana Ruiz, a native and citizen of Mexico, petitions for review of the denial of her applications for asylum. We deny the petition.',
      ].join('\n'),
    );
    expect(plan.frontmatter.genre).toBe('court-opinion');
    expect(plan.frontmatter.published.date).toBe('2022-03-03');
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(['Roe', 'Doe', 'Poe']);
    expect(plan.paragraphs[0]?.startsWith('Petitioner Ana Ruiz, a native and citizen of Mexico')).toBe(true);
  });
});

describe('a judgment headed by its case file (the kind of case and its number over the year)', () => {
  const JUDGMENT = [
    'Logo Site',
    'Vista previa del material en texto',
    'AMPARO DIRECTO 12/2021',
    'QUEJOSA: *********',
    'PONENTE: MINISTRO JUAN PÉREZ GÓMEZ',
    'SECRETARIO: LUIS DÍAZ',
    'Ciudad de México. Acuerdo de la Primera Sala de la Suprema Corte de Justicia de la Nación, correspondiente a la sesión del día, emite la siguiente sentencia.',
    'Mediante la cual se resuelve el amparo directo promovido por la quejosa en contra de la resolución que dictó el tribunal de alzada en el juicio de origen.',
  ];

  it('takes that heading for its title, is a court opinion, and its drafting judge is its author', () => {
    const plan = ingest(JUDGMENT.join('\n\n'));
    expect(plan.frontmatter.title).toBe('AMPARO DIRECTO 12/2021');
    expect(plan.frontmatter.genre).toBe('court-opinion');
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(['JUAN PÉREZ GÓMEZ']);
    // The block first taken for a title is still reported.
    expect(plan.frontmatter.review.join('\n')).toContain('Logo Site');
  });

  it('takes the heading at the start of a long caption, and no heading from a line without a case number', () => {
    const long = 'CONTRADICCIÓN DE CRITERIOS 353/2021. ENTRE LAS SUSTENTADAS POR EL PLENO EN MATERIA PENAL.';
    const plan = ingest([long, ...JUDGMENT.slice(3)].join('\n\n'));
    expect(plan.frontmatter.title).toBe('CONTRADICCIÓN DE CRITERIOS 353/2021');
    const news = ingest(['EL PASO POLICE REPORT', ...JUDGMENT.slice(6)].join('\n\n'));
    expect(news.frontmatter.genre).not.toBe('court-opinion');
  });
});

describe("a printed page's running head inside a sentence", () => {
  const CAPTION =
    'United States Court of Appeals for the Seventh Circuit No. 15-1860 JOHN DOE, Petitioner, v. JANE ROE, Respondent.';
  const BEFORE =
    'The Convention bars returning a person to another State where there are substantial grounds for believing that he would be in danger of being subjected to torture under the Convention Against Torture and Other Cruel, Inhuman or Degrading Treatment';
  const AFTER =
    'or Punishment, as the regulation that carries it out says, and the Board must decide whether the petitioner would more likely than not be tortured if he were returned.';
  const LAST =
    'The petitioner fears the police of his home town, who he says work for a cartel that has threatened his family for years.';

  it('is taken out, though printed only once more (in the caption), and the sentence is joined again', () => {
    const plan = ingest([CAPTION, BEFORE, 'No. 15-1860', AFTER, LAST].join('\n\n'));
    expect(plan.paragraphs).toContain(`${BEFORE} ${AFTER}`);
    expect(plan.removals.map((removal) => removal.text)).toContain('No. 15-1860');
  });

  it('stays where nothing else on the page prints it, or where it is a date', () => {
    expect(ingest([CAPTION, BEFORE, 'No. 16-2000', AFTER, LAST].join('\n\n')).paragraphs).not.toContain(
      `${BEFORE} ${AFTER}`,
    );
    // A date above a post's title in lower case is the post's stamp, however often the page prints it.
    const lines = [`${CAPTION} Decided April 21, 2006.`, '', BEFORE, '', 'April 21, 2006', '', AFTER];
    expect(findRunningHeadsInSentences(lines, new Set())).toEqual([]);
    expect(
      findRunningHeadsInSentences([CAPTION, '', BEFORE, '', 'No. 15-1860', '', AFTER], new Set()),
    ).toEqual([4]);
  });

  it('is taken out when it closes its page right under a wrapped line, a page number under it', () => {
    const lines = [
      'AMPARO EN REVISIÓN 275/2019',
      '',
      'El problema a resolver consiste en determinar si las tareas de revisión migratoria',
      'en el interior del territorio vulneran el derecho a la',
      'AMPARO EN REVISIÓN 275/2019',
      '2',
      '',
      'igualdad y no discriminación, y el derecho a la libertad personal.',
    ];
    expect(findRunningHeadsInSentences(lines, new Set([5]))).toEqual([4]);
    // With the page's text going on right under it, the line is the sentence's own.
    expect(
      findRunningHeadsInSentences([...lines.slice(0, 5), 'igualdad y no discriminación.'], new Set()),
    ).toEqual([]);
  });
});
