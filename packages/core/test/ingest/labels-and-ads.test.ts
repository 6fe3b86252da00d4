import { describe, expect, it } from 'vitest';
import { ingestText } from './helpers';

const STORY = [
  'A federal immigration judge denied asylum to a former police officer who fled drug violence in Juárez.',
  '',
  'The hearing was closed to the public at the immigration court in Dallas, and the ruling was sent to the Board.',
];

describe("a date stamp's label saved without its date", () => {
  it('is furniture in every wording ("Published on:", "Posted at:", "Publicado el:", "Date:")', () => {
    for (const label of [
      'Published on:',
      'Posted at:',
      'Publicado el:',
      'Fecha:',
      'Date:',
      'Updated on: |',
    ]) {
      const plan = ingestText(
        [label, '', 'Court denies former officer asylum', '', '', ...STORY].join('\n'),
        'label',
      );
      expect(plan.frontmatter.title, label).toBe('Court denies former officer asylum');
      expect(plan.paragraphs, label).toEqual([STORY[0], STORY[2]]);
      expect(
        plan.removals.some((removal) => removal.text === label.trim()),
        label,
      ).toBe(true);
    }
  });

  it('leaves a line that goes on after the label', () => {
    const plan = ingestText(
      ['Court denies former officer asylum', '', ...STORY, '', 'Date: to be set by the court.'].join('\n'),
      'label',
    );
    expect(plan.paragraphs.at(-1)).toBe('Date: to be set by the court.');
  });
});

describe("a law firm's advertisement under a post", () => {
  const AD =
    'Hire a Texas Immigration Attorney to win your case. Let an experienced lawyer help you through the asylum process; our office offers a free consultation';

  it('is furniture when it tells the reader to hire or retain an attorney', () => {
    const plan = ingestText(['Court denies former officer asylum', '', ...STORY, '', AD].join('\n'), 'ad');
    expect(plan.paragraphs).toEqual([STORY[0], STORY[2]]);
    expect(plan.removals.map((removal) => removal.ruleId)).toContain('law-firm-call-to-action');
  });

  it('makes the page truncated when the saved copy stops mid-sentence inside it', () => {
    const contact =
      'Contact our office today at (915) 555-0100 to schedule a free consultation with an immigration attorney who knows the';
    const page = (ad: string) => ['Court denies former officer asylum', '', ...STORY, '', ad].join('\n');
    const cut = ingestText(page(contact), 'ad');
    expect(cut.paragraphs).toEqual([STORY[0], STORY[2]]);
    expect(cut.frontmatter.truncated).toBe(true);
    expect(ingestText(page(`${contact} courts.`), 'ad').frontmatter.truncated).toBe(false);
  });

  it("makes the page a law firm's blog post", () => {
    const plan = ingestText(['Court denies former officer asylum', '', ...STORY, '', AD].join('\n'), 'ad');
    expect(plan.frontmatter.genre).toBe('blog-post');
    expect(plan.proposals.genre.basis).toContain('law firm call to action');
  });

  it('leaves article text about hiring a lawyer', () => {
    const sentence =
      'He could not hire a lawyer, so he argued his own case before the judge and lost the appeal a year later.';
    const plan = ingestText(
      ['Court denies former officer asylum', '', ...STORY, '', sentence].join('\n'),
      'ad',
    );
    expect(plan.paragraphs.at(-1)).toBe(sentence);
  });
});

describe('a Spanish date stamp with the print edition page, and a dateline on a line of its own', () => {
  it('dates the page and leaves the body', () => {
    const plan = ingestText(
      [
        'Juez niega asilo a periodista mexicano',
        '',
        'Domingo 30 de julio de 2017, p. 12',
        '',
        'Ciudad Juárez, Chih.',
        '',
        'El juez de inmigración negó asilo político al periodista, quien trabajaba para un diario de Chihuahua.',
        '',
        'En la audiencia, el juez desechó todas las pruebas. El periodista apelará.',
      ].join('\n'),
      'stamp',
    );
    expect(plan.frontmatter.published.date).toBe('2017-07-30');
    expect(plan.paragraphs).toEqual([
      'El juez de inmigración negó asilo político al periodista, quien trabajaba para un diario de Chihuahua.',
      'En la audiencia, el juez desechó todas las pruebas. El periodista apelará.',
    ]);
    expect(plan.removals.map((removal) => removal.ruleId)).toEqual(['date-stamp-es', 'dateline-alone']);
  });

  it('leaves a name with its suffix and a company', () => {
    // Inside the story: under its last sentence, a lone name is furniture around the story (story-core.test.ts).
    for (const block of ['John Roe, Jr.', 'Smith, Inc.']) {
      const plan = ingestText(
        ['Court denies former officer asylum', '', STORY[0], '', block, '', STORY[2]].join('\n'),
        'x',
      );
      expect(plan.paragraphs[1], block).toBe(block);
    }
  });
});
