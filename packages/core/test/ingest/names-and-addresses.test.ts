import { describe, expect, it } from 'vitest';
import { authorPageName } from '../../ingest/input/structured-data';
import { parsePrintedDate } from '../../ingest/metadata/parse-date';
import { namesAnOrganisation, personInMarkup, proposeAuthors } from '../../ingest/metadata/propose-authors';
import { ingestHtml, ingestText } from './helpers';

/*
 * Metadata a page states in its own way: an author field that names an organisation, a government's or a blog's
 * address, a site's date bar above the headline, a byline or an address that dates the page, a byline's label or a
 * promotion where a headline would stand, a copyright line at the end, a letter's signature, an author's page link.
 */

const STORY =
  '<p>The city council voted on Tuesday to fund a new shelter for families waiting at the border, after a long debate.</p><p>The shelter will open in the spring and hold two hundred beds, the mayor said after the vote.</p>';
const LEDE =
  'The state department has issued a travel advisory for the country because of an increased risk of violent crime in some of its regions.';
const SECOND =
  'Violent crime, such as homicides and robbery, is widespread, and the government has limited ability to help its citizens in those places.';

/** A stored text page: its blocks (blank lines between them) and the two paragraphs of its story. */
const textPage = (name: string, top: readonly string[], end: readonly string[] = []) =>
  ingestText([...top, LEDE, SECOND, ...end].join('\n\n'), name);

/** A saved HTML page: its head, and what stands between its <h1> and its story. */
const htmlPage = (head: string, beforeStory = '', afterStory = '') =>
  ingestHtml(
    `<html><head>${head}</head><body><article><h1>Council funds a shelter</h1>${beforeStory}${STORY}${afterStory}</article></body></html>`,
  );

const unknownNames = (plan: ReturnType<typeof ingestHtml>) =>
  plan.proposals.authors.unknownNames.map((unknown) => unknown.name);

describe('an author field that names an organisation', () => {
  it('is no author, in any case and however the name opens', () => {
    const organisations =
      'EIN News|LATEST NEWS|Northeast Ohio Media Group|The Plain Dealer|EL PAÍS|Foster Books|Email This|NOLA.com|Sample.org.mx';
    const persons = 'Ana Ruiz|Newsom|Theodore Roe|Elena Booker|María de los Ángeles Paz|John Q. Comstock';
    expect(organisations.split('|').every(namesAnOrganisation)).toBe(true);
    expect(persons.split('|').some(namesAnOrganisation)).toBe(false);
  });

  it('is dropped from a field that names a person first ("Jane Roe, Northeast Ohio Media Group")', () => {
    expect(personInMarkup('Jane Roe, Northeast Ohio Media Group')).toBe('Jane Roe');
    expect(personInMarkup('Jane Roe, NOLA.com')).toBe('Jane Roe');
    expect(personInMarkup('Sample News')).toBeNull();
  });

  it('is never proposed, whichever rule read it', () => {
    const named = [
      { name: 'The Sample Dealer', where: 'a byline element' },
      { name: 'Jane Roe', where: 'a byline element' },
    ];
    expect(proposeAuthors([], [], named).unknownNames.map((unknown) => unknown.name)).toEqual(['Jane Roe']);
  });

  it('leaves a page whose markup names only its newsroom without an author', () => {
    const plan = htmlPage('<meta name="author" content="Sample City News">');
    expect(plan.proposals.authors).toEqual({ authors: [], unknownNames: [] });
  });
});

describe("the page's own address", () => {
  const genreAt = (url: string) => htmlPage(`<link rel="canonical" href="${url}">`).frontmatter.genre;

  it("makes a page on a government's domain a government page", () => {
    const urls =
      'https://www.sample.gov/news/shelter https://www.sample.gob.mx/prensa/albergue https://www.sample.gov.uk/news/x https://sample.gouv.fr/actualites https://www.sample.mil/news/x';
    for (const url of urls.split(' ')) expect(genreAt(url)).toBe('government-page');
  });

  it('makes a page a blog platform made (its generator meta: Blogger, TypePad, Tumblr) a blog post, and not one WordPress made', () => {
    const genreBy = (generators: string) => htmlPage(generators).frontmatter.genre;
    expect(
      genreBy('<meta name="generator" content="BBEdit 8.2"><meta name="generator" content="Blogger">'),
    ).toBe('blog-post');
    expect(genreBy('<meta name="generator" content="WordPress 4.7.4">')).toBe('news-report');
  });

  it('makes a page on a host named blog a blog post, and reads nothing into a host that only contains the letters', () => {
    expect(genreAt('https://blog.sample.org/2020/12/shelter/')).toBe('blog-post');
    expect(genreAt('https://www.govexec-sample.com/news/shelter')).toBe('news-report');
    expect(genreAt('https://letterstotheeditorblog.sample.com/x/')).toBe('news-report');
  });

  it('dates a page that states no other date by the full day it carries', () => {
    const dateAt = (url: string, stamp = '') =>
      htmlPage(`<link rel="canonical" href="${url}">`, stamp).frontmatter.published.date;
    expect(dateAt('https://news.example.com/2017/03/09/shelter/')).toBe('2017-03-09');
    expect(dateAt('https://news.example.com/news/2014/sep/25/shelter/')).toBe('2014-09-25');
    expect(dateAt('https://news.example.com/2017/shelter/')).toBeNull();
    expect(dateAt('https://news.example.com/2017/02/31/shelter/')).toBeNull();
    expect(dateAt('https://news.example.com/2017/03/09/shelter/', '<p>Published: March 8, 2017</p>')).toBe(
      '2017-03-08',
    );
  });

  it('says that a date read from the address is inferred from it, and that a stated one is stated', () => {
    const inferred = htmlPage('<link rel="canonical" href="https://news.example.com/2017/03/09/shelter/">');
    expect(inferred.proposals.date.from).toBe('address');
    expect(inferred.frontmatter.published.basis).toMatch(/^inferred from the page's own address/);
    const stated = htmlPage(
      '<link rel="canonical" href="https://news.example.com/2017/03/09/shelter/">',
      '<p>Published: March 8, 2017</p>',
    );
    expect(stated.proposals.date.from).toBe('stated');
    expect(htmlPage('').proposals.date.from).toBe('none');
  });
});

describe('a byline element that prints a date', () => {
  it('dates the page by it, and by nothing when it prints two', () => {
    const dateIn = (byline: string) =>
      htmlPage('', `<div class="byline">${byline}</div>`).frontmatter.published.date;
    expect(dateIn('Jane Roe | Apr 19, 2013')).toBe('2013-04-19');
    expect(dateIn('Jane Roe | Apr 19, 2013 | May 2, 2014')).toBeNull();
  });
});

describe('the blocks at the top of a stored text', () => {
  // Each: the blocks above the story, the headline the page states (or none), a block reported as a label.
  const cases: Array<{ rule: string; top: string[]; title: string | null; label: string }> = [
    {
      rule: "a byline's label with its colon is no headline",
      top: ['Por: Redacción/'],
      title: null,
      label: 'Por: Redacción/',
    },
    {
      rule: 'a promotion with its button is no headline: the one under them is',
      top: [
        'Sample Firm is Celebrating Over 20 Years of Service',
        'Learn More',
        'Smuggling at the Border: Federal Felonies',
      ],
      title: 'Smuggling at the Border: Federal Felonies',
      label: 'Learn More',
    },
  ];
  it("a long first block is the headline when the story's prose follows it", () => {
    const headline =
      'Pobladores de La Gavia afirman que policías y sicarios irrumpieron y atacaron a la población; no fue una emboscada, aseguran los vecinos del municipio';
    const plan = textPage('long-headline', [headline]);
    expect(plan.frontmatter.title).toBe(headline);
    expect(plan.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a title-cased headline over its issuer in capitals stays the headline', () => {
    const plan = textPage('issuer', [
      'Travel Alert',
      'U.S. DEPARTMENT OF STATE',
      'Bureau of Consular Affairs',
    ]);
    expect(plan.frontmatter.title).toBe('Travel Alert');
  });

  for (const { rule, top, title, label } of cases)
    it(rule, () => {
      const plan = textPage('top', top);
      expect(plan.frontmatter.title).toBe(title);
      expect(plan.paragraphs).toEqual([LEDE, SECOND]);
      expect(plan.frontmatter.review.some((note) => note.includes(label))).toBe(true);
    });
});

describe("a blog theme's byline left empty", () => {
  it('makes the page a blog post ("Posted on by")', () => {
    const plan = textPage('empty-byline', ['Smuggling at the Border: Federal Felonies', 'Posted on by']);
    expect(plan.frontmatter.genre).toBe('blog-post');
    expect(plan.paragraphs).toEqual([LEDE, SECOND]);
  });
});

describe("a page that ends on the site's copyright line", () => {
  it('is not called cut, though the line ends without a full stop', () => {
    const plan = textPage(
      'copyright-end',
      ['A report on organized crime in the region'],
      ['Copyright by Sample Analytica Group of Writers. All rights reserved. ©2024'],
    );
    expect(plan.paragraphs).toEqual([LEDE, SECOND]);
    expect(plan.frontmatter.truncated).toBe(false);
  });
});

describe('names the markup or the page sets apart', () => {
  it("a letter's signature under the story, a name and a town, names its writer", () => {
    const plan = htmlPage('', '', '<p>Jane Roe, Springfield</p><p>Top Picks</p>');
    expect(plan.removals.some((removal) => removal.text === 'Jane Roe, Springfield')).toBe(true);
    expect(unknownNames(plan)).toEqual(['Jane Roe']);
  });

  it("a link to the author's own page names the author when its text is the name the address spells", () => {
    expect(authorPageName('/authors/hugo-van-kemenade/', 'Hugo van Kemenade')).toBe('Hugo van Kemenade');
    expect(authorPageName('https://example.org/team/ana-nunez', 'Ana Núñez')).toBe('Ana Núñez');
    expect(authorPageName('/authors/jane-roe/', 'More by this author')).toBeNull();
    expect(authorPageName('/tags/jane-roe/', 'Jane Roe')).toBeNull();
    expect(unknownNames(htmlPage('', '<div><a href="/authors/jane-roe/">Jane Roe</a></div>'))).toEqual([
      'Jane Roe',
    ]);
  });

  it('a byline element named in BEM style ("mdl-article-params__author") names the author', () => {
    expect(unknownNames(htmlPage('', '<div class="mdl-article-params__author"> Jane Roe</div>'))).toEqual([
      'Jane Roe',
    ]);
  });

  it('the persons the author links name are the authors when the author meta names only the publisher', () => {
    const links =
      '<span class="autor"><a href="/autor/jane_roe/" rel="author">Jane Roe</a> / <a href="/autor/john_doe/" rel="author">John Doe</a></span>';
    expect(unknownNames(htmlPage('<meta name="author" content="Sample News">', links))).toEqual([
      'Jane Roe',
      'John Doe',
    ]);
    expect(unknownNames(htmlPage('<meta name="author" content="Ana Ruiz">', links))).toEqual(['Ana Ruiz']);
  });

  it('a byline element named so by its id ("flame_author_id") names the author, and an id naming something else does not', () => {
    expect(unknownNames(htmlPage('', '<p id="flame_author_id"><a href="#">Jane Roe</a></p>'))).toEqual([
      'Jane Roe',
    ]);
    expect(unknownNames(htmlPage('', '<p id="sample_id"><a href="#">Jane Roe</a></p>'))).toEqual([]);
  });
});

describe('a court opinion told by its headline or its case file', () => {
  it('takes the case as the title of a headline that names a case and its court', () => {
    const plan = textPage('case-and-court', ['Roe-Lopez v. Garland – Ninth Circuit Court of Appeals']);
    expect(plan.frontmatter.title).toBe('Roe-Lopez v. Garland');
    expect(plan.frontmatter.genre).toBe('court-opinion');
  });

  it("names the judge its heading's PONENTE field names", () => {
    const heading =
      'AMPARO EN REVISIÓN 123/2021. QUEJOSA: SAMPLE, S.A. 10 DE AGOSTO DE 2022. PONENTE: MINISTRA ANA SAMPLE ROE. SECRETARIA: JANE DOE.';
    expect(unknownNames(textPage('ponente', [heading]))).toEqual(['Ana Sample Roe']);
  });
});

describe('a name in the blocks above the story', () => {
  // Each: the rule, the blocks above the story, the author it names and the genre it gives the page.
  const cases: Array<[string, string[], string, string]> = [
    [
      'a credit stack, a name over a job title',
      [
        'Combating violence at the border',
        '• Jane Roe',
        '• Assistant Director, Sample Investigative Division',
        '• Sample Bureau of Investigation',
        '• Washington, DC',
      ],
      'Jane Roe',
      'news-report',
    ],
    [
      "an opinion's author line, which makes the page an opinion",
      ['Roe v. Sample', '6:25-cv-01204', 'D. Or.', 'Docket', '*1 SMITH, District Judge.'],
      'Smith',
      'court-opinion',
    ],
  ];
  for (const [rule, top, name, genre] of cases)
    it(rule, () => {
      const plan = textPage('named-above', top);
      expect(unknownNames(plan)).toEqual([name]);
      expect(plan.frontmatter.genre).toBe(genre);
      expect(plan.paragraphs).toEqual([LEDE, SECOND]);
    });
});

describe('the date a stored text states', () => {
  // Each: what the rule reads, the blocks above the story, and the date the page states there.
  const cases: Array<[string, string[], string]> = [
    [
      "the stamp under the headline, not the site's date bar above it",
      ['Thursday, June 24, 2021', 'Travel advisory issued for the region', 'Thursday, December 19, 2019'],
      '2019-12-19',
    ],
    [
      "a caption's decision date run into its label",
      [
        'Roe v. Sample',
        'Decision Date23 April 2020',
        'Parties Jane ROE, Petitioner v. John SAMPLE, Attorney General of United States, Respondent',
        'CourtU.S. Court of Appeals — Eighth Circuit',
        'Before GRUENDER, WOLLMAN, and SHEPHERD, Circuit Judges.',
        'SHEPHERD, Circuit Judge.',
      ],
      '2020-04-23',
    ],
    [
      "the one date a judgment's case-file heading prints, in capitals",
      [
        'AMPARO EN REVISIÓN 123/2021. ENTRE LAS SUSTENTADAS POR LOS TRIBUNALES DEL PRIMER CIRCUITO. 10 DE AGOSTO DE 2022. MAYORÍA DE TRES VOTOS.',
      ],
      '2022-08-10',
    ],
    ['a "Release Date:" stamp', ['Sample agency testimony', 'Release Date: December 12, 2013'], '2013-12-12'],
    [
      'a numeric date its weekday settles',
      ['Smuggling attempts disrupted', 'Release Date', 'Fri, 01/12/2024'],
      '2024-01-12',
    ],
    [
      'a Spanish numeric stamp, the only one',
      ['Sample headline on asylum', 'Actualizado 15/07/2011 20:45'],
      '2011-07-15',
    ],
    [
      'a byline dated after "on"',
      ['Sample statistics on the courts', 'By Jane Roe on January 9, 2020'],
      '2020-01-09',
    ],
  ];
  for (const [rule, top, date] of cases)
    it(rule, () => expect(textPage('dated', top).frontmatter.published.date).toBe(date));

  it('reads a numeric date by its weekday only when one order of day and month falls on it', () => {
    expect(parsePrintedDate('Sun, 01/12/2024')).toBe('2024-12-01');
    expect(parsePrintedDate('Mon, 01/12/2024')).toBeNull();
    expect(parsePrintedDate('constructor, 01/12/2024')).toBeNull();
  });

  it("takes the dated byline and the release stamp out of the body, and names the byline's author", () => {
    const plan = textPage('byline-on', [
      'Sample statistics on the courts',
      'By Jane Roe on January 9, 2020',
      'Release Date: January 10, 2020',
    ]);
    expect(unknownNames(plan)).toEqual(['Jane Roe']);
    expect(plan.paragraphs).toEqual([LEDE, SECOND]);
  });
});
