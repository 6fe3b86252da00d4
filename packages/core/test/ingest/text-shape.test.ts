import { describe, expect, it } from 'vitest';
import { joinBrokenWords, joinWrapped, spelledOnPage } from '../../ingest/clean/assemble-paragraphs';
import { findMenuRuns, isProse } from '../../ingest/clean/menu-runs';
import { ingestText } from './helpers';

const ingest = (text: string) => ingestText(text, 'sample-page');

const HEADLINE = 'An officer in search of a safe place to live';
const STORY = [
  'The officer crossed the bridge at night and asked the agents at the port of entry for protection from the men who had threatened him.',
  'His lawyer said the case would take years to decide, and that the officer would wait for it in detention.',
];
const removedBy = (plan: ReturnType<typeof ingest>, rule: string) =>
  plan.removals.filter((r) => r.ruleId === rule).map((r) => r.text);

describe('furniture told by the shape of plain text', () => {
  it('takes a run of menu items above the story for a menu, keeping the headline right above the prose', () => {
    const plan = ingest(['Noticias', 'Deportes', 'Opinión', 'Clima', HEADLINE, ...STORY].join('\n\n'));
    expect(plan.frontmatter.title).toBe(HEADLINE);
    expect(plan.paragraphs).toEqual(STORY);
    expect(removedBy(plan, 'menu-lines')).toEqual(['Noticias', 'Deportes', 'Opinión', 'Clima']);
    expect(plan.frontmatter.review.join('\n')).toContain("Removed by rule menu-lines: 'Noticias'");
  });

  it('leaves one or two short lines above the headline to the header rules', () => {
    expect(findMenuRuns(['World', 'Mexico', HEADLINE, ...STORY])).toEqual(new Map());
  });

  it('takes headlines of other stories listed after the last sentence, whatever their language', () => {
    const others = [
      'Tres policías piden asilo en El Paso',
      'La frontera cierra de noche',
      'Renuncia el alcalde de Palomas',
    ];
    const plan = ingest([HEADLINE, ...STORY, ...others].join('\n\n'));
    expect(plan.paragraphs).toEqual(STORY);
    expect(removedBy(plan, 'list-after-story')).toEqual(others);
  });

  it('keeps a list the last sentence introduces, a single closing line, and anything between sentences', () => {
    const reading = ['The ruling of the Seventh Circuit', 'The Board of Immigration Appeals decision'];
    expect(
      findMenuRuns([HEADLINE, ...STORY, 'The court file is public. Further reading:', ...reading]),
    ).toEqual(new Map());
    expect(findMenuRuns([HEADLINE, ...STORY, 'I. Procedural posture and statutory'])).toEqual(new Map());
    expect(findMenuRuns([HEADLINE, STORY[0] ?? '', 'Home', 'News', 'World', STORY[1] ?? ''])).toEqual(
      new Map(),
    );
  });

  it('never applies to a court opinion, whose closing lines are its own', () => {
    const opinion = [
      'UNITED STATES COURT OF APPEALS',
      'FOR THE TENTH CIRCUIT February 13, 2019',
      'JUAN LUIS AGUILAR-PEREZ,',
      'Petitioner,',
      'v. No. 18-9513',
      'MATTHEW G. WHITAKER, Acting',
      'United States Attorney General,',
      'Respondent.',
      'ORDER AND JUDGMENT',
      'Before BACHARACH, PHILLIPS, and EID, Circuit Judges.',
      '',
      ...STORY,
      '',
      'Entered for the Court',
      '',
      'Allison H. Eid Circuit Judge',
    ].join('\n');
    const plan = ingest(opinion);
    expect(plan.frontmatter.genre).toBe('court-opinion');
    expect(removedBy(plan, 'list-after-story')).toEqual([]);
  });

  it('takes no all-capitals line or line of fewer than four words for another story’s headline', () => {
    expect(findMenuRuns([HEADLINE, ...STORY, 'PETITION DENIED', 'AFFIRMED IN PART'])).toEqual(new Map());
    expect(findMenuRuns([HEADLINE, ...STORY, 'Judge Smith dissents', 'Judge Roe concurs'])).toEqual(
      new Map(),
    );
  });

  it('calls a block prose when it ends as a sentence and has some length, or is long whatever its end', () => {
    expect(isProse(STORY[0] ?? '')).toBe(true);
    expect(isProse('He left.')).toBe(false);
    expect(isProse(HEADLINE)).toBe(false);
    expect(isProse(`${STORY[0]} and then the page was cut off in the middle of`)).toBe(true);
  });
});

describe('the filing stamp federal courts print on every page', () => {
  it.each([
    'Case: 19-15716, 05/07/2020, ID: 11682018, DktEntry: 123, Page 2 of 5',
    'Case 3:19-cv-00807-RS Document 93 Filed 05/07/2020 Page 2 of 5',
    'Case: 13-2141 Document: 27 Filed: 03/19/2014 Pages: 12',
    'USCA11 Case: 20-12345 Date Filed: 01/02/2021 Page: 2 of 10',
  ])('is a page break, and the sentence it interrupts stays whole: %s', (stamp) => {
    const plan = ingest(
      [
        HEADLINE,
        '',
        STORY[0],
        '',
        'The petitioner asked the Board to reopen the proceedings in',
        stamp,
        'his case because conditions in Mexico had changed since the hearing.',
      ].join('\n'),
    );
    expect(plan.paragraphs.at(-1)).toBe(
      'The petitioner asked the Board to reopen the proceedings in his case because conditions in Mexico had changed since the hearing.',
    );
    expect(removedBy(plan, 'court-filing-stamp')).toEqual([stamp]);
  });
});

describe('the banner of a U.S. government site', () => {
  it('is furniture, and says the page is a government page', () => {
    const plan = ingest(
      [
        'An official website of the United States government',
        'Here’s how you know',
        'Official websites use .gov A .gov website belongs to an official government organization in the United States.',
        'Secure .gov websites use HTTPS A lock ( A locked padlock ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
        HEADLINE,
        ...STORY,
      ].join('\n\n'),
    );
    expect(plan.frontmatter.title).toBe(HEADLINE);
    expect(plan.paragraphs).toEqual(STORY);
    expect(plan.frontmatter.genre).toBe('government-page');
    expect(plan.proposals.genre.basis).toMatch(
      /^a government site's furniture on the page \(us government banner/,
    );
  });
});

describe('a line-break hyphen a copy kept inside its line', () => {
  const vocabulary = new Set(['lopez-cortaza', 'immigration']);

  it('is rejoined on the page’s own evidence, the hyphen kept or dropped as the page spells the word', () => {
    expect(joinBrokenWords('finding that Lopez- Cortaza is unlikely', vocabulary)).toBe(
      'finding that Lopez-Cortaza is unlikely',
    );
    expect(joinBrokenWords('the immi- gration judge', vocabulary)).toBe('the immigration judge');
  });

  it('is left as printed without that evidence ("pre- and post-hearing")', () => {
    expect(joinBrokenWords('pre- and post-hearing detention', vocabulary)).toBe(
      'pre- and post-hearing detention',
    );
    expect(joinBrokenWords('a Garcia- Lopez filing', vocabulary)).toBe('a Garcia- Lopez filing');
  });

  it('takes the same evidence as a hyphen at a line end: the word spelled whole, possessive or not', () => {
    // The page writes the name only in the possessive ("Aguilar-Perez’s claim"), and once broken at a margin.
    const possessive = new Set(['aguilar-perez’s', 'reyesgarcia’s']);
    expect(joinBrokenWords('the Aguilar- Perez’s claim', possessive)).toBe('the Aguilar-Perez’s claim');
    expect(joinBrokenWords('the Reyes- Garcia’s claim', possessive)).toBe('the ReyesGarcia’s claim');
    expect(joinWrapped('the Reyes-', 'Garcia’s claim', possessive)).toBe('the ReyesGarcia’s claim');
    expect(joinWrapped('the Garcia-', 'Lopez claim', possessive)).toBe('the Garcia-Lopez claim');
    expect(spelledOnPage('Aguilar-Perez', possessive)).toBe(false);
    expect(spelledOnPage('Aguilar-Perez’s', possessive)).toBe(true);
  });
});

describe('a page whose copy kept a line-break hyphen inside a line', () => {
  it('gives the word as the page spells it elsewhere', () => {
    const plan = ingest(
      [
        HEADLINE,
        '',
        'Ana Lopez-Cortaza asked for asylum at the bridge, and the judge granted her protection under the Convention.',
        '',
        'The Board vacated that grant, finding that Lopez- Cortaza is unlikely to face torture upon her return to Mexico.',
      ].join('\n'),
    );
    expect(plan.paragraphs.at(-1)).toBe(
      'The Board vacated that grant, finding that Lopez-Cortaza is unlikely to face torture upon her return to Mexico.',
    );
  });
});

describe("a court's filing stamp inside printed lines a copy ran together", () => {
  const first =
    'The Board affirmed the immigration judge’s denial of asylum, finding that the petitioner failed to establish a nexus between past persecution or a well-founded fear of future persecution and a protected ground, and it found that he had not shown that the government of Mexico would acquiesce in any torture by the cartel that had threatened him and his family in the town where they lived.';
  const second = 'However, the Board vacated the grant of protection. We deny his petition for review.';
  const stamp = 'Appellate Case: 16-3711 Page: 1 Date Filed: 06/27/2018 Entry ID: 4676554';

  it('is taken out between two sentences and reported as a page break', () => {
    const plan = ingest([HEADLINE, '', `${first} ${stamp} ${second}`].join('\n'));
    expect(plan.paragraphs.at(-1)).toBe(`${first} ${second}`);
    expect(plan.frontmatter.review.join('\n')).toContain(stamp);
  });

  it('is not found in a sentence that speaks of a case, its filing and a page', () => {
    const sentence = `${first} Case 19-15716 was filed in the Ninth Circuit, and the document runs to page 5 of the record.`;
    expect(ingest([HEADLINE, '', sentence].join('\n')).paragraphs.at(-1)).toBe(sentence);
  });
});

describe('a numbered section heading inside printed lines a copy ran together', () => {
  const opening =
    'The petitioner asks us to review the decision of the Board of Immigration Appeals, which affirmed the denial of his application for asylum and withholding of removal and vacated the grant of protection under the Convention Against Torture. We deny his petition for review.';
  const background =
    'Lopez-Cortaza first entered the United States in 2005, and in 2006 he met and married an American woman who later joined him in Mexico.';
  const discussion =
    'We review the Board’s factual findings for substantial evidence and its legal rulings de novo.';

  it('becomes a paragraph of its own, the heading ending before the words a sentence begins with', () => {
    const plan = ingest(
      [HEADLINE, '', `${opening} I. Background ${background} II. Standard of Review ${discussion}`].join(
        '\n',
      ),
    );
    expect(plan.paragraphs.slice(-5)).toEqual([
      opening,
      'I. Background',
      background,
      'II. Standard of Review',
      discussion,
    ]);
  });

  it('is not a numeral and a name in a sentence', () => {
    const text = `${opening} V. Smith testified at the hearing that the cartel had threatened his brother twice.`;
    expect(ingest([HEADLINE, '', text].join('\n')).paragraphs.at(-1)).toBe(text);
  });
});
