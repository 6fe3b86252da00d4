import { describe, expect, it } from 'vitest';
import { ingestText } from './helpers';

const HEADLINE = 'Court denies former officer asylum';
const STORY = [
  'A federal immigration judge denied asylum to a former police officer who fled drug violence in Juárez.',
  '',
  'The hearing was closed to the public at the immigration court in Dallas, and the ruling was sent to the Board.',
];

describe("a teaser's link run onto its last words", () => {
  const teaser =
    'The hearing was closed to the public at the immigration court in Dallas, where the judge heard the officer and the government...';

  it('leaves the paragraph, and says the page shows only part of the story', () => {
    const plan = ingestText([HEADLINE, '', STORY[0], '', `${teaser}[more]`].join('\n'), 'teaser');
    expect(plan.paragraphs).toEqual([STORY[0], teaser]);
    expect(plan.removals).toContainEqual(
      expect.objectContaining({ ruleId: 'run-on-more-link', text: '[more]' }),
    );
    expect(plan.frontmatter.truncated).toBe(true);
  });

  it('is only a bracketed "more" right after an ellipsis that ends the paragraph', () => {
    const text =
      'The clerk wrote "[more]" in the margin of the order, and the judge asked for the rest of the file.';
    const plan = ingestText([HEADLINE, '', STORY[0], '', text].join('\n'), 'teaser');
    expect(plan.paragraphs).toEqual([STORY[0], text]);
  });
});

describe("a photo caption ending with its photographer's credit, name and agency split by a slash", () => {
  const caption =
    'Central American migrants returned from the U.S. to Nuevo Laredo, Mexico, under the Migrant Protection Protocols to wait for their hearings are seen walking toward a shelter after arriving in Monterrey, Mexico, on July 31. A federal appeals court ruling will allow the administration to begin rejecting some migrants seeking asylum in the U.S. if they have crossed through a third country on their way north to the border. (Daniel Becerril/Reuters)';

  it('moves to the captions, however long', () => {
    const plan = ingestText([HEADLINE, '', caption, '', ...STORY].join('\n'), 'caption');
    expect(plan.paragraphs).toEqual([STORY[0], STORY[2]]);
    expect(plan.removals).toContainEqual(
      expect.objectContaining({ ruleId: 'caption-with-slash-credit', action: 'caption' }),
    );
  });

  it('leaves a sentence that ends on a bracketed pair of words', () => {
    const text = 'The court heard both the criminal and the civil claims in one hearing (Israel/Palestine).';
    const plan = ingestText([HEADLINE, '', ...STORY, '', text].join('\n'), 'caption');
    expect(plan.paragraphs.at(-1)).toBe(text);
  });
});

describe("a document's header fields set as a list above the text", () => {
  const fields = [
    '• Jane Roe',
    '• Assistant Director, Criminal Investigative Division',
    '• Federal Bureau of Investigation',
    '• Washington, DC',
  ];

  it('are furniture when none of them is running text', () => {
    const plan = ingestText([HEADLINE, '', ...fields, '', ...STORY].join('\n'), 'fields');
    expect(plan.paragraphs).toEqual([STORY[0], STORY[2]]);
    for (const field of fields) expect(plan.removals.map((removal) => removal.text)).toContain(field);
  });

  it("leave a list of the story's key points in sentences, above the text", () => {
    const points = [
      '• The judge found that the officer had been threatened by the cartel after the arrests.',
      '• The government said it would not appeal the ruling to the Board of Immigration Appeals.',
      '• The officer has lived in Texas with his family since he crossed the border in 2010.',
    ];
    const plan = ingestText([HEADLINE, '', ...points, '', ...STORY].join('\n'), 'points');
    expect(plan.paragraphs).toEqual([...points, STORY[0], STORY[2]]);
  });
});

describe("a teaser that says the story's first paragraph again above it", () => {
  const lede =
    "A U.S. federal appeals court's ruling Friday will allow the administration to begin rejecting asylum at some parts of the border for migrants who arrive after passing through a third country.";
  const teaser =
    "A federal appeals court's ruling Friday will allow the administration to begin rejecting asylum at some parts of the border for migrants who arrive after passing through a third country.";
  const more =
    'The ruling from the appeals court allows the policy in New Mexico and Texas, rejecting asylum seekers who cross from Mexico into either state.';

  it('leaves the body, reported', () => {
    const plan = ingestText([HEADLINE, '', teaser, '', lede, '', more].join('\n'), 'teaser');
    expect(plan.paragraphs).toEqual([lede, more]);
    expect(plan.removals).toContainEqual(expect.objectContaining({ ruleId: 'teaser-of-lede', text: teaser }));
  });

  it('leaves when a paragraph further down says it again with a few words of its own', () => {
    const deck =
      'The advisory comes after news that the leader of the cartel was killed in a military operation near the town.';
    const again =
      'The advisory comes after news that the leader of the cartel was killed during a military operation near the town, a newspaper reported.';
    const other =
      'The embassy urged citizens in several states to stay where they were until the roads were open again.';
    const plan = ingestText([HEADLINE, '', deck, '', other, '', more, '', again].join('\n'), 'deck');
    expect(plan.paragraphs).toEqual([other, more, again]);
    expect(plan.removals).toContainEqual(expect.objectContaining({ ruleId: 'teaser-of-lede', text: deck }));
  });

  it('is never a title-cased headline that the lede repeats', () => {
    const headline = 'Mexican Journalists Fear for Their Lives, Seek Asylum in the U.S.';
    const story =
      'Mexican journalists fear for their lives and seek asylum in the U.S. after the killing of two reporters this year in Veracruz.';
    const plan = ingestText([headline, '', story, '', more].join('\n'), 'teaser');
    expect(plan.frontmatter.title).toBe(headline);
    expect(plan.removals.map((removal) => removal.ruleId)).not.toContain('teaser-of-lede');
  });
});

describe('a caption between the paragraphs', () => {
  const LATER =
    'The officer has lived in Texas with his family since he crossed the border, and his lawyer said he would appeal.';

  it('is a caption when its credit was cut after "(PHOTO:"', () => {
    const caption = 'A family of immigrants arrives from Honduras to a shelter in Tenosique, Mexico. (PHOTO:';
    const plan = ingestText([HEADLINE, '', ...STORY, '', caption, '', LATER].join('\n'), 'cut-credit');
    expect(plan.paragraphs).toEqual([STORY[0], STORY[2], LATER]);
    expect(plan.removals).toContainEqual(expect.objectContaining({ ruleId: 'photo-caption', text: caption }));
  });

  it("is a caption again when a slideshow prints it once more as a list's item under itself", () => {
    const caption =
      'Eduardo Beckett, attorney for the nonprofit advocacy center, is leading the legal battle.';
    const plan = ingestText(
      [HEADLINE, '', ...STORY, '', `click to flip through (3) ${caption}`, `  • ${caption}`, '', LATER].join(
        '\n',
      ),
      'slideshow',
    );
    expect(plan.paragraphs).toEqual([STORY[0], STORY[2], LATER]);
    expect(plan.removals.map((removal) => removal.ruleId)).toEqual(
      expect.arrayContaining(['slideshow-caption', 'caption-again']),
    );
  });

  it('is a caption, with the copy printed right above it, when it ends in a credit field', () => {
    const first = 'Migrants try to reach the border line on a motorbike near the port. (Manuel Ocaño)';
    const credited = `${first} Crédito: Manuel Ocaño | Impremedia`;
    const plan = ingestText(
      [HEADLINE, '', ...STORY, '', first, '', credited, '', LATER].join('\n'),
      'credit',
    );
    expect(plan.paragraphs).toEqual([STORY[0], STORY[2], LATER]);
    expect(plan.removals).toContainEqual(expect.objectContaining({ ruleId: 'caption-again', text: first }));
    expect(plan.removals).toContainEqual(
      expect.objectContaining({ ruleId: 'caption-with-credit-field', text: credited }),
    );
  });
});

describe("a caption ending in its photographer's copyright", () => {
  it('moves to the captions and is not joined to the paragraph under it', () => {
    const caption =
      'Un deportado hace fila para recibir comida en un centro de distribución en Tijuana, México. Derechos de autor David Bacon';
    const text =
      'En los medios estadounidenses se presta muy poca atención a lo que sucede con las personas cuando son deportadas.';
    const more = 'Hace un año, los albergues de la ciudad estaban repletos de familias de lugares lejanos.';
    const plan = ingestText([HEADLINE, '', caption, '', ' ', '', text, '', more].join('\n'), 'copyright');
    expect(plan.paragraphs).toEqual([text, more]);
    expect(plan.frontmatter.captions).toContain(caption);
  });
});
