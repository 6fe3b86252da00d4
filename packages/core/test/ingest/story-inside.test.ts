import { describe, expect, it } from 'vitest';
import { furnitureAroundStory } from '../../ingest/clean/story-core';
import { markupNamesAPerson, nameBeforeJob } from '../../ingest/metadata/propose-authors';
import { ingestHtml, ingestText } from './helpers';

/*
 * What a page sets inside or right above a story, by shape: a case-law site's star page between two words, a byline
 * set as "Name, Job", a user's handle in the markup's author field, another story's headline between two paragraphs.
 */

const LEDE =
  'TIJUANA.- La nueva modalidad de cruce ilegal masivo de migrantes provoca largas filas en la garita de San Ysidro, ante la reacción de la oficina de aduanas.';
const SECOND =
  'El secretario de seguridad pública explicó que los focos se encendieron hace un mes, cuando los migrantes encontraron una rendija para cruzar.';
const THIRD =
  'Por ello, la oficina sacó a sus guardias a la altura de las boyas para que los autos sean remolcados en territorio mexicano.';

describe('a star page inside a sentence', () => {
  it('is taken out between two words and reported', () => {
    const sentence =
      'The Court enjoins Respondents from transferring Petitioner *3 from the District of Oregon while the petition is pending before it.';
    const plan = ingestText(
      ['M-S-L v. Bostock', '', sentence, '', sentence.replace(' *3', '')].join('\n'),
      'star',
    );
    expect(plan.paragraphs[0]).toBe(sentence.replace(' *3', ''));
    expect(plan.removals.some((removal) => removal.ruleId === 'star-page' && removal.text === '*3')).toBe(
      true,
    );
  });

  it('leaves a footnote star and a multiplication sign alone', () => {
    const text = 'The Board erred.* Two grids are drawn, and 2 * 3 is six, the agency said.';
    const plan = ingestText(['A headline of the story here', '', text, '', text].join('\n'), 'stars');
    expect(plan.paragraphs[0]).toBe(text);
  });
});

describe('a byline set as "Name, Job"', () => {
  it('names the person when the job says it is one', () => {
    expect(nameBeforeJob('Dan Forbes, GoLocalProv Contributor')).toBe('Dan Forbes');
    expect(nameBeforeJob('Ana María Ruiz, Staff Writer')).toBe('Ana María Ruiz');
    expect(nameBeforeJob('El Paso, Texas')).toBeNull();
    expect(nameBeforeJob('Washington Bureau, Staff')).toBeNull();
  });

  it("is the author when it stands above an HTML story, over the markup's user handle", () => {
    const body =
      '<p>The end of the year is a great time to review the financial picture, so that the necessary steps are taken before the new year arrives.</p><p>Most people expect their spending to fall at retirement, as large expenses such as mortgages and college payments end.</p>';
    const plan = ingestHtml(
      `<html><head><meta name="author" content="ChrisS"></head><body><article><h1>Friday Financial Five</h1><p>Dan Forbes, GoLocalProv Contributor</p>${body}</article></body></html>`,
    );
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(['Dan Forbes']);
    expect(markupNamesAPerson('ChrisS')).toBe(false);
    expect(markupNamesAPerson('Ana Ruiz')).toBe(true);
  });
});

describe("another story's headline between two paragraphs", () => {
  it('is taken out when the story has no section headings', () => {
    const other = 'Exceso de permisos para vendedores en la línea; se resisten a reubicación';
    expect([...furnitureAroundStory([LEDE, SECOND, other, THIRD]).entries()]).toEqual([
      [2, 'other-headline-in-story'],
    ]);
  });

  it('stays when the paragraph under it speaks of it: a section heading, not a link', () => {
    const heading = 'La oficina remolca los autos de los migrantes';
    expect(furnitureAroundStory([LEDE, SECOND, heading, THIRD]).size).toBe(0);
  });

  it("stays when it is a quotation: words in quotation marks are the story's own", () => {
    for (const quoted of [
      '“We waited for months and nobody came to see us”',
      '"No one in the family knew where he had gone after the raid"',
      '— “We waited for months and nobody came to see us”',
    ])
      expect(furnitureAroundStory([LEDE, SECOND, quoted, THIRD]).size).toBe(0);
  });

  it('stays when it is a short section heading, or one of several; a byline is no heading', () => {
    const byline = 'Ana Ruiz, The Associated Press';
    expect([...furnitureAroundStory([byline, LEDE, 'Lo que sigue', SECOND]).keys()]).toEqual([0]);
    expect(furnitureAroundStory([LEDE, 'Lo que sigue', SECOND, THIRD]).size).toBe(0);
    const headings = [
      'Los vendedores de la línea piden más permisos',
      'La policía municipal remolca los autos',
    ];
    expect(furnitureAroundStory([LEDE, headings[0] ?? '', SECOND, headings[1] ?? '', THIRD]).size).toBe(0);
  });
});

describe('the headline said again between two paragraphs', () => {
  const headline = 'Border Patrol Agents Arrested Citizens on Charges of Human Smuggling';

  it("is taken out (a picture's alternative text), though the story has section headings", () => {
    const again = 'Arizona Border Patrol Agents Arrested Citizens for Human Smuggling';
    const body = [LEDE, SECOND, again, THIRD, 'Operation Blazing Sands', SECOND];
    expect([...furnitureAroundStory(body, [], headline).entries()]).toEqual([[2, 'headline-again-in-story']]);
  });

  it('stays when it shares only some words with the headline, or is a sentence', () => {
    const heading = 'Smuggling Charges in the Courts of Arizona';
    expect(furnitureAroundStory([LEDE, SECOND, heading, THIRD], [], headline).size).toBe(0);
    const sentence = 'Border Patrol agents arrested citizens on charges of human smuggling.';
    expect(furnitureAroundStory([LEDE, SECOND, sentence, THIRD], [], headline).size).toBe(0);
  });
});

describe('a pointer to another story between two paragraphs', () => {
  it('is taken out: a short label and a colon run into a headline (a question may end it)', () => {
    const pointer =
      "More:'We should be prepared': After the crisis of migrant children at the border, what's next?";
    expect([...furnitureAroundStory([LEDE, SECOND, pointer, THIRD]).entries()]).toEqual([
      [2, 'pointer-in-story'],
    ]);
  });

  it("is taken out when a label in capitals and a space stand before a headline's words", () => {
    const pointer = 'POLITIFACT: Asylum Cases Rising Rapidly';
    expect([...furnitureAroundStory([LEDE, SECOND, pointer, THIRD]).entries()]).toEqual([
      [2, 'pointer-in-story'],
    ]);
  });

  it("stays when it is a sentence, or its label is longer, or a space parts it from what follows (a speaker's line)", () => {
    for (const kept of [
      'SENADORA RUIZ: Muchas gracias, presidente, por la palabra en esta sesión.',
      'Update: The court ruled on Friday that the petition was untimely.',
      'The officer then said: We waited for hours at the bridge until the agents finally let us in',
      'Ruiz: We waited for hours at the bridge until the agents finally let us in at night',
    ])
      expect(furnitureAroundStory([LEDE, SECOND, kept, THIRD]).size, kept).toBe(0);
  });
});
