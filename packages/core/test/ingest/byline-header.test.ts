import { describe, expect, it } from 'vitest';
import { ingestText } from './helpers';

/*
 * A page saved as text whose site furniture (a column of links, a masthead, copyright lines) comes before the
 * story: the byline shows where the story's header is, and what is above the headline, none of it prose, is the
 * site's furniture.
 */

const FURNITURE = [
  'The Border Bulletin<br><small>Reporting on the border since 2000',
  'English | Español August 15, 2018 | Issue #67',
  'Cambiar Colores: blackwhite',
  'Buscar en el sitio:',
  'Director General:',
  'Opening Statement, April 18, 2000',
  'Site Design: Jane Roe',
];
const STORY = [
  'Menos de una semana después del asesinato de un fotoperiodista, tres periodistas mexicanos en el exilio hablaron a la prensa en El Paso.',
  'Dijeron que no pueden volver a México mientras los asesinos de sus colegas sigan libres.',
];

describe('a byline under a headline that site furniture precedes', () => {
  it('marks the headline and its subtitle; the furniture above them leaves the body as labels', () => {
    const page = [
      ...FURNITURE,
      'Periodistas mexicanos en el exilio',
      'Estudios de caso de los daños de la guerra contra las drogas a la libertad de prensa',
      'Por Ana Ruiz',
      'Especial para The Border Bulletin',
      ...STORY,
    ].join('\n\n');
    const plan = ingestText(page, 'byline');
    expect(plan.frontmatter.title).toBe('Periodistas mexicanos en el exilio');
    expect(plan.frontmatter.dek).toBe(
      'Estudios de caso de los daños de la guerra contra las drogas a la libertad de prensa',
    );
    expect(plan.paragraphs).toEqual(STORY);
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(['Ana Ruiz']);
    const review = plan.frontmatter.review.join('\n');
    for (const block of FURNITURE) expect(review).toContain(block.slice(0, 20));
  });

  it('keeps every block above the headline when one of them is prose', () => {
    const prose =
      'Our newsroom has covered the border for twenty years, and we depend on readers like you to keep going.';
    const page = [prose, 'Periodistas mexicanos en el exilio', 'Por Ana Ruiz', ...STORY].join('\n\n');
    expect(ingestText(page, 'byline').paragraphs).toContain(prose);
  });

  it('does not take a stamp or a byline label above the byline for the headline', () => {
    const page = ['Periodistas mexicanos en el exilio', '6 Jun', 'Por Ana Ruiz', ...STORY].join('\n\n');
    expect(ingestText(page, 'byline').frontmatter.title).toBe('Periodistas mexicanos en el exilio');
  });
});

describe("the paragraph under the headline, followed by the first of the body's section headings", () => {
  it("is the body's opening, not a subtitle, and the heading stays", () => {
    const blocks = [
      'Refugees and Asylum',
      'Refugee or asylum status may be granted to people who have been persecuted or fear persecution on account of their race, religion or political opinion.',
      'Refugees',
      'Refugee status may be granted to people who are outside the country and of special humanitarian concern.',
      'Asylum',
      'Asylum status may be granted to people who are present in the country or arrive at its border.',
    ];
    const plan = ingestText(blocks.join('\n\n'), 'sections');
    expect(plan.frontmatter.title).toBe('Refugees and Asylum');
    expect(plan.frontmatter.dek).toBeNull();
    expect(plan.paragraphs).toEqual(blocks.slice(1));
  });
});
