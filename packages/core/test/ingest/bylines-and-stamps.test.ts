import { describe, expect, it } from 'vitest';
import { parsePrintedDate } from '../../ingest/index';
import { ingestHtml, ingestText } from './helpers';

const ingestSample = (text: string) => ingestHtml(text, 'sample-page');

const ingest = (text: string) => ingestText(text, 'sample-page');

const STORY = [
  'The officer crossed the bridge at night and asked the agents at the port of entry for protection from the men who had threatened him.',
  'His lawyer said the case would take years to decide, and that the officer would wait for it in detention.',
];
const page = (...header: string[]) =>
  ['An officer in search of a safe place to live', ...header, ...STORY].join('\n\n');
const names = (plan: ReturnType<typeof ingest>) =>
  plan.proposals.authors.unknownNames.map((unknown) => unknown.name);

describe('a label on one line and its value on the next', () => {
  it('is read as one byline ("By:" / names), without taking a lawyer\'s "Esq." for a name', () => {
    const plan = ingest(page('By:\nAna Ruiz, Esq and Jane Roe, Esq.'));
    expect(plan.paragraphs).toEqual(STORY);
    expect(names(plan)).toEqual(['Ana Ruiz', 'Jane Roe']);
  });

  it('is read as one date stamp ("Published:", a blank line, the date), and a label left alone is removed', () => {
    const plan = ingest(page('Published', 'Published:\n\nMay 21, 2014'));
    expect(plan.paragraphs).toEqual(STORY);
    expect(plan.frontmatter.published.date).toBe('2014-05-21');
  });
});

describe('bylines', () => {
  it('in lower case with the date after the name give the author and the date', () => {
    const plan = ingest(page('by Daniel Roe - Jan. 24, 2010 12:00 AM'));
    expect(plan.paragraphs).toEqual(STORY);
    expect(names(plan)).toEqual(['Daniel Roe']);
    expect(plan.frontmatter.published.date).toBe('2010-01-24');
  });

  it('with the outlet after a backslash give the author', () => {
    expect(names(ingest(page('by Ana Roe \\ El Paso Times')))).toEqual(['Ana Roe']);
  });

  it('keep a Spanish name whole, particles included (the archive lists people such as Gustavo de la Rosa)', () => {
    expect(names(ingest(page('Por Ana María de la Cruz')))).toEqual(['Ana María de la Cruz']);
  });
});

describe('date stamps', () => {
  it('read a numeric date only when the day cannot be the month', () => {
    expect(parsePrintedDate('07/31/2011')).toBe('2011-07-31');
    expect(parsePrintedDate('31/07/2011')).toBe('2011-07-31');
    expect(parsePrintedDate('03/04/2011')).toBeNull();
    const plan = ingest(page('Posted: 07/31/2011 09:26:08 AM MDT'));
    expect(plan.paragraphs).toEqual(STORY);
    expect(plan.frontmatter.published.date).toBe('2011-07-31');
    expect(ingest(page('Posted: 03/04/2011 09:26 AM')).frontmatter.published.date).toBeNull();
  });

  it("read a blog's category-and-date line and take the page for a blog post", () => {
    const plan = ingest(page('In Immigration on November 1, 2011 at 2:50 PM'));
    expect(plan.paragraphs).toEqual(STORY);
    expect(plan.frontmatter.published.date).toBe('2011-11-01');
    expect(plan.frontmatter.genre).toBe('blog-post');
  });
});

describe('page furniture', () => {
  /** A page whose furniture stands above its headline, where it could be taken for the headline. */
  const underFurniture = (...furniture: string[]) =>
    ingestText(
      [...furniture, 'An officer in search of a safe place to live', ...STORY].join('\n\n'),
      'sample-page',
    );

  it.each([
    [
      'of a forum around a reposted story',
      [
        'Results 1 to 5 of 5',
        'There are currently 1 users browsing this thread. (0 members and 1 guests)',
        '1. #1',
        "Senior Member JaneRoe's Avatar",
        'Join Date',
      ],
    ],
    ['such as numbered skip links', ['1. Skip to navigation\n  2. Skip to content']],
  ])('%s leaves the body and is not taken for the headline', (_kind, furniture) => {
    const plan = underFurniture(...furniture);
    expect(plan.frontmatter.title).toBe('An officer in search of a safe place to live');
    expect(plan.paragraphs).toEqual(STORY);
  });

  it('includes a photo caption that ends with a credit in parentheses, which moves to the captions', () => {
    const caption = '(A detention center in Texas. Photo/Getty Images )';
    const plan = ingest(page(caption));
    expect(plan.paragraphs).toEqual(STORY);
    expect(plan.frontmatter.captions).toContain(caption);
  });
});

describe('what kind of page it is', () => {
  it('is not a blog post because the page links to its comments, which news sites do too', () => {
    const plan = ingest(
      page('View Comments', 'WASHINGTON (AP) — An officer asked for asylum at the border.'),
    );
    expect(plan.frontmatter.genre).toBe('news-report');
  });

  it('is a blog post when a blog theme signs the post "by <name> @", and the name is the author', () => {
    const plan = ingest(page('by Regina Roe @'));
    expect(plan.frontmatter.genre).toBe('blog-post');
    expect(names(plan)).toEqual(['Regina Roe']);
  });

  it("is a blog post when the page's own address is a blog's", () => {
    const html = (url: string) =>
      ingestSample(
        `<html><head><link rel="canonical" href="${url}"><title>An officer in search of a safe place</title></head><body><h1>An officer in search of a safe place</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</body></html>`,
      );
    expect(html('https://www.example.org/blog/privacy/an-officer').frontmatter.genre).toBe('blog-post');
    expect(html('https://someone.blogspot.com/2011/06/an-officer.html').frontmatter.genre).toBe('blog-post');
    expect(html('https://www.example.org/weblog/2026/jul/13/an-officer/').frontmatter.genre).toBe(
      'blog-post',
    );
    expect(html('https://www.example.org/news/an-officer').frontmatter.genre).toBe('news-report');
    expect(html('https://www.example.org/catalog/an-officer').frontmatter.genre).toBe('news-report');
  });

  it('is a blog post when a folder or the host ends in the word blog, or the domain is .blog', () => {
    const genreAt = (url: string) =>
      ingestSample(
        `<html><head><link rel="canonical" href="${url}"></head><body><h1>An officer in search of a safe place</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</body></html>`,
      ).frontmatter.genre;
    expect(genreAt('https://www.example.org/immigration-blog/an-officer')).toBe('blog-post');
    expect(genreAt('https://jane-roe-blog.com/tag/asylum/')).toBe('blog-post');
    expect(genreAt('https://casenotes.blog/2022/01/05/an-officer/')).toBe('blog-post');
    // A story's name that holds the word is no blog's address.
    expect(genreAt('https://www.example.org/news/blog-post-about-an-officer')).toBe('news-report');
    expect(genreAt('https://www.example.org/news/bloggers-arrested')).toBe('news-report');
  });
});

describe('bylines in more of the shapes pages print', () => {
  const STORY =
    'The officer crossed the bridge at night and asked the agents at the port of entry for protection from the men who had threatened him.';
  const authorsOf = (...lines: string[]) => {
    const plan = ingestText(['An officer in search of a safe place', ...lines].join('\n\n'), 'p');
    return [
      ...plan.proposals.authors.authors.map((a) => a.value),
      ...plan.proposals.authors.unknownNames.map((u) => u.name),
    ];
  };

  it('reads "Written by", "Story by" and "Escrito por" bylines as "By" ones', () => {
    expect(authorsOf('Written by Jane Roe', STORY)).toEqual(['Jane Roe']);
    expect(authorsOf('Story by Jane Roe and Ana Ruiz', STORY)).toEqual(['Jane Roe', 'Ana Ruiz']);
    expect(authorsOf('Escrito por Ana de la Cruz', STORY)).toEqual(['Ana de la Cruz']);
  });

  it('takes a wire story’s reporters from its closing credit, never its editors', () => {
    expect(authorsOf(STORY, '(Reporting by Jane Roe in Mexico City; Editing by John Doe)')).toEqual([
      'Jane Roe',
    ]);
  });
});

describe('a dateline that carries its date', () => {
  const dateOf = (lede: string) => {
    const plan = ingestText(['Policías desplazados buscan asilo en EU', lede].join('\n\n'), 'p');
    return { date: plan.frontmatter.published.date, first: plan.paragraphs[0] };
  };

  it('dates the story and stays in its first paragraph, in Spanish or English', () => {
    const lede =
      'TIJUANA, BAJA CALIFORNIA, A 18 DE NOVIEMBRE DE 2021.- Policías estatales y municipales llegan a esta frontera para pedir asilo en Estados Unidos.';
    expect(dateOf(lede)).toEqual({ date: '2021-11-18', first: lede });
    expect(
      dateOf(
        'MEXICO CITY, March 3, 2019 — Three police chiefs asked for asylum in the United States this week.',
      ).date,
    ).toBe('2019-03-03');
  });

  it("closed by the Spanish press's own mark '.-', has a place in any case, abbreviations, a semicolon or a date in slashes", () => {
    const lede = (dateline: string) => `${dateline} La policía detuvo a dos personas en la carretera.`;
    expect(dateOf(lede('ACAPULCO, Gro., 26 mayo 2014.-')).date).toBe('2014-05-26');
    expect(dateOf(lede('México, 8 de septiembre de 2017.-')).date).toBe('2017-09-08');
    expect(dateOf(lede('Tuxtla Gutiérrez; 12/Noviembre/2021.-')).date).toBe('2021-11-12');
    // A deck left above the story does not hide the dateline that opens it.
    const withDeck = ingestText(
      [
        'Rescatan a 25 migrantes en Chiapa de Corzo',
        'La SSyPC y el INM lograron rescatar a 25 migrantes centroamericanos en el municipio de Chiapa de Corzo.',
        lede('Tuxtla Gutiérrez; 12/Noviembre/2021.-'),
      ].join('\n\n'),
      'p',
    );
    expect(withDeck.frontmatter.published.date).toBe('2021-11-12');
    // Without the mark, a place in lower case is a sentence's opening, not a dateline.
    expect(dateOf(lede('México, 8 de septiembre de 2017 -')).date).toBeNull();
  });

  it('is not a sentence that opens with a date, nor a dateline without a year', () => {
    expect(
      dateOf('En Tijuana, el 18 de noviembre de 2021 - dijo el abogado - llegaron más policías a la garita.')
        .date,
    ).toBeNull();
    expect(
      dateOf(
        'WASHINGTON, 16 jun (EFE).- La violencia en México es cuestión de vida o muerte para los policías.',
      ).date,
    ).toBeNull();
  });
});
