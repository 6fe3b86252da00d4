import { describe, expect, it } from 'vitest';
import { splitPageHeader } from '../../ingest/metadata/page-header';
import { firstSentence, opensWithDateline } from '../../ingest/text/words';
import { ingestText } from './helpers';

/*
 * Header rules by the shape of a story rather than a site's wording: a dateline opens the story, so what
 * stands above it belongs to the header; a subtitle is compared with the story's first sentence, split by the
 * one sentence-end rule (Spanish closing quotes included).
 */

describe('a dateline opens the story', () => {
  it('is a dateline only with a place in capitals before the dash', () => {
    expect(opensWithDateline('EL PASO — Daniel Caudillo, un abogado, escuchaba.')).toBe(true);
    expect(opensWithDateline('MEXICO CITY (AP) — The official said.')).toBe(true);
    expect(opensWithDateline('NOGALES, Mexico — In their monthlong odyssey')).toBe(true);
    expect(opensWithDateline('U.S. — and Mexico agreed')).toBe(false);
    expect(opensWithDateline('The mayor — who spoke — left.')).toBe(false);
  });

  it('starts a paragraph of hard-wrapped text, and the unfinished line above it is the subtitle', () => {
    const lines = [
      'Mexicanos piden asilo en los Estados Unidos',
      'Familias cansadas de la violencia ven la solicitud de asilo en el norte como una opción que nadie esperaba',
      'EL PASO — Un abogado de inmigración de la ciudad escuchaba asombrado la historia de un padre cuya hija',
      'de doce años fue secuestrada por agentes de una policía. La familia llegó a su oficina con la intención de',
      'solicitar asilo para la niña, y el abogado les explicó lo difícil que es el proceso para los que lo piden.',
      'El año pasado, un total de ciento cuarenta peticiones de asilo fueron recibidas por las cortes de la zona,',
      'de acuerdo con las estadísticas publicadas por la oficina federal, pero únicamente dos fueron aprobadas.',
    ];
    const plan = ingestText(lines.join('\n'), 'dateline');
    expect(plan.frontmatter.title).toBe('Mexicanos piden asilo en los Estados Unidos');
    expect(plan.frontmatter.dek).toBe(lines[1]);
    expect(plan.paragraphs[0]).toMatch(/^EL PASO — Un abogado/);
    expect(plan.paragraphs.join(' ')).not.toContain('nadie esperaba');
  });

  it('leaves a finished sentence above the dateline in the body (a blogger introducing a wire story)', () => {
    const header = splitPageHeader([
      'Police chief seeks asylum',
      'Here is a story I have been following.',
      'EL PASO — The police chief of a border town asked for asylum on Tuesday, officials said.',
      'He came to the port of entry late at night with his family.',
    ]);
    expect(header.dek).toBeNull();
    expect(header.body[0]).toBe('Here is a story I have been following.');
  });
});

describe("the story's first sentence, for a subtitle's evidence", () => {
  it('ends at a Spanish closing quote after the full stop', () => {
    expect(firstSentence('Dijo: «Volveremos.» La comisión pidió más recursos.')).toBe('Dijo: «Volveremos.»');
    expect(firstSentence('“We fled,” she said. “We ran.”')).toBe('“We fled,” she said.');
  });

  it('is not taken as restating a subtitle whose words only a later sentence repeats', () => {
    const header = splitPageHeader(
      [
        'La comisión pide recursos',
        'Solicitudes de asilo crecen en la frontera norte',
        'Dijo el comisionado: «Nadie lo esperaba.» Las solicitudes de asilo crecen en la frontera norte cada mes.',
        'El sistema ya está saturado.',
      ],
      { title: 'La comisión pide recursos', titleSource: 'h1' },
    );
    expect(header.dek).toBeNull();
    expect(header.body[0]).toBe('Solicitudes de asilo crecen en la frontera norte');
  });
});

describe("a script's placeholder or an image's label at the top of the page", () => {
  it('is no headline: the headline is the block under it, and the placeholder is reported', () => {
    const lede =
      'In their monthlong journey from a violent town to the streets of this border city, the hope of finding protection kept a mother and her two children going.';
    const next =
      'But when they finally reached the crossing about two weeks ago to ask for asylum, they were told to wait, as the number of people asking for protection grew again this spring.';
    for (const placeholder of ['Loading...', 'Cargando…', 'loader image', 'U.S. flag', 'Logo Sample']) {
      const plan = ingestText(
        ['Wait Denied', lede, next].join('\n\n').replace(/^/, `${placeholder}\n\n`),
        'p',
      );
      expect(plan.frontmatter.title).toBe('Wait Denied');
      expect(plan.paragraphs).toEqual([lede, next]);
      expect(plan.frontmatter.review.join('\n')).toContain(placeholder);
    }
  });

  it('is a headline when it names no picture, or is longer than a label', () => {
    const lede =
      'In their monthlong journey from a violent town to the streets of this border city, the hope of finding protection kept a mother and her two children going.';
    const next =
      'But when they finally reached the crossing they were told to wait, as the number of people grew.';
    for (const headline of ['Raising the flag', 'Mexico lowers its flag over the consulate in Tucson']) {
      const plan = ingestText([headline, lede, next].join('\n\n'), 'p');
      expect(plan.frontmatter.title).toBe(headline);
    }
  });
});

describe('a header printed twice', () => {
  const HEADLINE = 'Families Reach the Border, but They Get No Farther';
  const LEDE =
    'NOGALES, Mexico — In their monthlong journey from a violent town to the streets of this border city, the hope of finding protection kept a mother and her two children going.';
  const NEXT =
    'But when they finally reached the crossing about two weeks ago to ask for asylum, they were told to wait, as the number of people asking for protection grew again this spring.';

  it('is read once: the teaser copy leaves the body, and the headline is the one printed again', () => {
    const plan = ingestText(['National News', HEADLINE, LEDE, HEADLINE, LEDE, NEXT].join('\n\n'), 'twice');
    expect(plan.frontmatter.title).toBe(HEADLINE);
    expect(plan.paragraphs).toEqual([LEDE, NEXT]);
    const review = plan.frontmatter.review.join('\n');
    expect(review).toContain('printed-twice');
    expect(review).toContain('In their monthlong journey');
  });

  it('marks the headline, even one ending in a full stop, and the furniture above it by its neighbours', () => {
    const headline = 'I Went to the Border. This Is What I Saw.';
    const smallPrint = 'Daily news and opinion, funded by readers and delivered straight to your inbox.';
    const plan = ingestText(
      [smallPrint, '* indicates required', '#FFFFFF', headline, headline, LEDE, NEXT].join('\n\n'),
      'twice',
    );
    expect(plan.frontmatter.title).toBe(headline);
    expect(plan.paragraphs).toEqual([LEDE, NEXT]);
    expect(plan.frontmatter.review.join('\n')).toContain(smallPrint);
  });

  it("is the headline when a picture's caption stands between its second copy and the story", () => {
    const caption = 'Mothers wait at the port of entry in Nogales, Arizona, on July 29, 2010';
    const plan = ingestText(
      ['Site logo', HEADLINE, 'May 25, 2011 / 1:31 AM / 6 years ago', HEADLINE, caption, LEDE, NEXT].join(
        '\n\n',
      ),
      'twice-over-caption',
    );
    expect(plan.frontmatter.title).toBe(HEADLINE);
    expect(plan.paragraphs).toEqual([LEDE, NEXT]);
  });

  it('dates the story by the stamp printed right under its first copy, and reports the stamp', () => {
    const plan = ingestText(
      ['Site logo', HEADLINE, 'May 25, 2011 / 1:31 AM / 6 years ago', HEADLINE, LEDE, NEXT].join('\n\n'),
      'stamp-under-first-copy',
    );
    expect(plan.frontmatter.published.date).toBe('2011-05-25');
    expect(plan.removals.find((r) => r.ruleId === 'stamp-under-headline')?.text).toBe(
      'May 25, 2011 / 1:31 AM / 6 years ago',
    );
    // A date line elsewhere is no such stamp: above the first copy (a site's date bar), nothing is read this way.
    const bar = ingestText(
      ['Tuesday, November 21, 2023', HEADLINE, HEADLINE, LEDE, NEXT].join('\n\n'),
      'date-bar-above',
    );
    expect(bar.removals.some((r) => r.ruleId === 'stamp-under-headline')).toBe(false);
  });

  it('is the words two copies share when each adds a label or a stamp after it', () => {
    const lede = LEDE.replace('NOGALES, Mexico — In', 'In');
    const plan = ingestText(
      [
        `${HEADLINE} Diario.mx`,
        `${HEADLINE}. Noticias en tiempo real 14 de Junio, 2025 06:32`,
        lede,
        NEXT,
      ].join('\n\n'),
      'twice-with-labels',
    );
    expect(plan.frontmatter.title).toBe(HEADLINE);
    expect(plan.frontmatter.published.date).toBe('2025-06-14');
    expect(plan.paragraphs).toEqual([lede, NEXT]);
    const review = plan.frontmatter.review.join('\n');
    expect(review).toContain(`${HEADLINE} Diario.mx`);
    expect(review).toContain('Noticias en tiempo real');
  });

  it('is not read from two paragraphs that open alike', () => {
    const other = `${LEDE.slice(0, -1)} and a lawyer who met them there.`;
    const plan = ingestText([HEADLINE, LEDE, other, NEXT].join('\n\n'), 'alike');
    expect(plan.paragraphs).toEqual([LEDE, other, NEXT]);
  });

  it('keeps prose above the headline that is not among furniture, and lists that share items', () => {
    const intro =
      'A reader sent us this story last week, and we are printing it with the permission of the paper that first ran it.';
    const plan = ingestText([intro, HEADLINE, HEADLINE, LEDE, NEXT].join('\n\n'), 'twice');
    expect(plan.paragraphs).toContain(intro);
    const lists = [
      HEADLINE,
      LEDE,
      'Refugee status may be granted to people who:',
      '- Meet the definition of a refugee under the law;',
      '- Are admissible to the United States;',
      'Asylum may be granted to people who:',
      '- Meet the definition of a refugee under the law;',
      '- Are admissible to the United States;',
    ];
    const listed = ingestText(lists.join('\n\n'), 'lists');
    expect(listed.paragraphs.filter((p) => p === '- Are admissible to the United States;')).toHaveLength(2);
  });

  it('leaves a paragraph the story itself repeats further down', () => {
    const quote = '“We will not go back,” she said, standing with her children at the gate of the shelter.';
    const plan = ingestText([HEADLINE, LEDE, quote, NEXT, quote].join('\n\n'), 'repeat');
    expect(plan.paragraphs.filter((p) => p === quote)).toHaveLength(2);
  });
});

describe('a standfirst under the headline', () => {
  const LONG_ONE =
    'As evening falls on the southern city, a young woman is shopping at a fruit market a block from her house while her father, an investigator for the state police, sweeps the porch.';
  const LONG_TWO =
    'She pays for the food just as a line of black trucks without plates speeds past her along the road, and she recognises them at once as they pull up to her home in a cloud of dust.';

  it('is one statement under half as long as each of the two paragraphs that open the story', () => {
    const header = splitPageHeader([
      'Asylum Denied',
      'Only a fraction of applicants get asylum.',
      LONG_ONE,
      LONG_TWO,
    ]);
    expect(header.title?.value).toBe('Asylum Denied');
    expect(header.dek?.value).toBe('Only a fraction of applicants get asylum.');
    expect(header.body).toEqual([LONG_ONE, LONG_TWO]);
  });

  it('is one short statement when the paragraph right under it is more than twice as long', () => {
    const deck = 'Nine journalists have been killed in Mexico since the start of the year.';
    const lede =
      'A journalist who fled threats from the army has been denied asylum by an immigration court in Texas, more than nine years after he crossed the border with his son.';
    const next = 'On Monday the judge rejected all of the evidence he presented.';
    const header = splitPageHeader(['Reporter denied asylum', deck, lede, next]);
    expect(header.dek?.value).toBe(deck);
    expect(header.body).toEqual([lede, next]);
    // A longer statement is the story's one-sentence first paragraph.
    const longer =
      'Nine journalists have been killed in Mexico since the start of the year, most of them in the north.';
    expect(splitPageHeader(['Reporter denied asylum', longer, `${lede} ${next}`, next]).body[0]).toBe(longer);
  });

  it('is not a blogger’s opening questions, nor a short paragraph before another short one', () => {
    const questions = 'Remember when this was all over the news in January? Remember the outrage?';
    expect(
      splitPageHeader(['Did Mexico hand out maps of the desert to migrants', questions, LONG_ONE, LONG_TWO])
        .body[0],
    ).toBe(questions);
    const short = 'Only a fraction of applicants get asylum.';
    const shortNext = 'Most of them wait for years before a judge hears them.';
    expect(splitPageHeader(['Asylum Denied', short, shortNext, LONG_ONE]).body[0]).toBe(short);
  });
});

describe('a short block above a headline', () => {
  const REPORT = [
    'The country is a multiparty federal republic with an elected president and a bicameral legislature, and its elections last year were generally free and fair.',
    'The national guard and state and municipal police are responsible for enforcing the law and maintaining order across the country.',
  ];

  it('is the site’s label only when the block under it has a headline’s three words or more', () => {
    expect(splitPageHeader(['Mexico', 'Executive Summary', ...REPORT]).title?.value).toBe('Mexico');
    expect(
      splitPageHeader(['Desert Invasion', 'Mexico to hand out maps to migrants', ...REPORT]).title?.value,
    ).toBe('Mexico to hand out maps to migrants');
  });
});
