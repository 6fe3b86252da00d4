import { describe, expect, it } from 'vitest';
import { authorPageName } from '../../ingest/input/structured-data';
import { namesAnOrganisation, personInMarkup, proposeAuthors } from '../../ingest/metadata/propose-authors';
import { ingestHtml, ingestText } from './helpers';

/*
 * Metadata a page states in its own way: a byline or author field that names an organisation, not a person.
 */

const STORY =
  '<p>The city council voted on Tuesday to fund a new shelter for families waiting at the border, after a long debate.</p><p>The shelter will open in the spring and hold two hundred beds, the mayor said after the vote.</p>';

describe('an author field that names an organisation', () => {
  it('is no author, in any case and however the name opens', () => {
    for (const name of [
      'EIN News',
      'LATEST NEWS',
      'Northeast Ohio Media Group',
      'The Plain Dealer',
      'EL PAÍS',
      'Foster Books',
      'Email This',
    ])
      expect(namesAnOrganisation(name)).toBe(true);
    for (const name of ['Ana Ruiz', 'Newsom', 'Theodore Roe', 'Elena Booker', 'María de los Ángeles Paz'])
      expect(namesAnOrganisation(name)).toBe(false);
  });

  it('is dropped from a field that names a person first ("Jane Roe, Northeast Ohio Media Group")', () => {
    expect(personInMarkup('Jane Roe, Northeast Ohio Media Group')).toBe('Jane Roe');
    expect(personInMarkup('Sample News')).toBeNull();
  });

  it('is never proposed, whichever rule read it', () => {
    const proposal = proposeAuthors(
      [],
      [],
      [
        { name: 'The Sample Dealer', where: 'a byline element' },
        { name: 'Jane Roe', where: 'a byline element' },
      ],
    );
    expect(proposal.unknownNames.map((unknown) => unknown.name)).toEqual(['Jane Roe']);
  });

  it('leaves a page whose markup names only its newsroom without an author', () => {
    const plan = ingestHtml(
      `<html><head><meta name="author" content="Sample City News"></head><body><article><h1>Council funds a shelter</h1>${STORY}</article></body></html>`,
    );
    expect(plan.proposals.authors.unknownNames).toEqual([]);
    expect(plan.proposals.authors.authors).toEqual([]);
  });
});

describe("the page's own address", () => {
  const page = (url: string) =>
    ingestHtml(
      `<html><head><link rel="canonical" href="${url}"></head><body><article><h1>Council funds a shelter</h1>${STORY}</article></body></html>`,
    );

  it("makes a page on a government's domain a government page", () => {
    for (const url of [
      'https://www.sample.gov/news/shelter',
      'https://www.sample.gob.mx/prensa/albergue',
      'https://www.sample.gov.uk/news/shelter',
      'https://sample.gouv.fr/actualites',
      'https://www.sample.mil/news/shelter',
    ])
      expect(page(url).frontmatter.genre).toBe('government-page');
  });

  it('makes a page on a host named blog a blog post', () => {
    expect(page('https://blog.sample.org/2020/12/shelter/').frontmatter.genre).toBe('blog-post');
  });

  it('reads nothing into a host that only contains those letters', () => {
    for (const url of [
      'https://www.govexec-sample.com/news/shelter',
      'https://letterstotheeditorblog.sample.com/x/',
    ])
      expect(page(url).frontmatter.genre).toBe('news-report');
  });
});

describe('two date stamps, one above the headline and one under it', () => {
  const LEDE =
    'The state department has issued a travel advisory for the country because of an increased risk of violent crime in some of its regions.';
  const SECOND =
    'Violent crime, such as homicides and robbery, is widespread, and the government has limited ability to help its citizens in those places.';

  it("dates the page by the one under it (the one above is the site's date bar)", () => {
    const plan = ingestText(
      [
        'Thursday, June 24, 2021',
        '',
        'Travel advisory issued for the region',
        '',
        'Thursday, December 19, 2019',
        '',
        LEDE,
        '',
        SECOND,
      ].join('\n'),
      'two-stamps',
    );
    expect(plan.frontmatter.title).toBe('Travel advisory issued for the region');
    expect(plan.frontmatter.published.date).toBe('2019-12-19');
  });
});

describe('a byline element that prints a date', () => {
  it('dates the page by it', () => {
    const plan = ingestHtml(
      `<html><body><article><h1>Council funds a shelter</h1><div class="byline">Jane Roe | Apr 19, 2013</div>${STORY}</article></body></html>`,
    );
    expect(plan.frontmatter.published.date).toBe('2013-04-19');
  });

  it('dates nothing when it prints two dates', () => {
    const plan = ingestHtml(
      `<html><body><article><h1>Council funds a shelter</h1><div class="byline">Jane Roe | Apr 19, 2013 | May 2, 2014</div>${STORY}</article></body></html>`,
    );
    expect(plan.frontmatter.published.date).toBeNull();
  });
});

describe("a byline's label as the page's first block", () => {
  it('is no headline: the page states none, and the label is reported, not kept', () => {
    const lede =
      'Por tortura y violaciones al derecho a la protección de la salud, la comisión dirigió una recomendación al comisionado del instituto.';
    const second =
      'El organismo determinó la violación a los derechos humanos a la libertad por detención arbitraria y a la integridad personal del agraviado.';
    const plan = ingestText(['Por: Redacción/', '', lede, '', second].join('\n'), 'byline-label');
    expect(plan.frontmatter.title).toBeNull();
    expect(plan.paragraphs).toEqual([lede, second]);
    expect(plan.frontmatter.review.some((note) => note.includes('Por: Redacción/'))).toBe(true);
  });
});

describe("a page that ends on the site's copyright line", () => {
  it('is not called cut, though the line ends without a full stop', () => {
    const lede =
      'The report describes the criminal landscape of the country and the groups that control the trafficking routes along the border.';
    const last =
      'The report is considered accurate by many journalists and analysts, and its information is well cited by its authors.';
    const plan = ingestText(
      [
        'A report on organized crime in the region',
        '',
        lede,
        '',
        last,
        '',
        'Copyright by Sample Analytica Group of Writers. All rights reserved. ©2024',
      ].join('\n'),
      'copyright-end',
    );
    expect(plan.paragraphs).toEqual([lede, last]);
    expect(plan.frontmatter.truncated).toBe(false);
  });
});

describe("a letter's signature under the story", () => {
  it('names its writer: a name and a town, the first block after the story', () => {
    const plan = ingestHtml(
      `<html><body><article><h1>Kindhearted police with holiday spirit</h1><p>On Christmas Eve my car broke down on the highway, and two officers stopped and waited with me in the cold until the tow truck came.</p><p>They were kind and patient, and they made sure that my children were warm the whole time we waited there for help.</p><p>Jane Roe, Springfield</p><p>Top Picks</p></article></body></html>`,
    );
    const removedAfter = plan.removals.find((removal) => removal.text === 'Jane Roe, Springfield');
    expect(removedAfter).toBeDefined();
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(['Jane Roe']);
  });
});

describe('a promotion with its button above the headline', () => {
  it('is no headline: it and the button leave as labels, and the headline under them is read', () => {
    const lede =
      'The border with the neighbouring country extends over a thousand miles, and there are many bridges and crossings along it.';
    const second =
      'There are many other ways for people to enter the state, and the federal government has long tried to police all of them.';
    const plan = ingestText(
      [
        'Sample Firm is Celebrating Over 20 Years of Service',
        '',
        'Learn More',
        '',
        'Smuggling at the Border: Federal Felonies',
        '',
        lede,
        '',
        second,
      ].join('\n'),
      'promotion',
    );
    expect(plan.frontmatter.title).toBe('Smuggling at the Border: Federal Felonies');
    expect(plan.paragraphs).toEqual([lede, second]);
    expect(plan.frontmatter.review.some((note) => note.includes('Learn More'))).toBe(true);
  });
});

describe("a link to an author's own page", () => {
  it('names the author when its text is the name the address spells', () => {
    expect(authorPageName('/authors/hugo-van-kemenade/', 'Hugo van Kemenade')).toBe('Hugo van Kemenade');
    expect(authorPageName('https://example.org/team/ana-nunez', 'Ana Núñez')).toBe('Ana Núñez');
    expect(authorPageName('/authors/jane-roe/', 'More by this author')).toBeNull();
    expect(authorPageName('/tags/jane-roe/', 'Jane Roe')).toBeNull();
    const plan = ingestHtml(
      `<html><body><article><h1>Council funds a shelter</h1><div><a href="/authors/jane-roe/">Jane Roe</a></div>${STORY}</article></body></html>`,
    );
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(['Jane Roe']);
  });
});

describe('a byline element named in BEM style', () => {
  it('names the author ("mdl-article-params__author")', () => {
    const plan = ingestHtml(
      `<html><body><article><h1>Council funds a shelter</h1><div class="mdl-article-params__author"> Jane Roe</div>${STORY}</article></body></html>`,
    );
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(['Jane Roe']);
  });
});

describe("the day a page's own address carries", () => {
  const page = (url: string, stamp = '') =>
    ingestHtml(
      `<html><head><link rel="canonical" href="${url}"></head><body><article><h1>Council funds a shelter</h1>${stamp}${STORY}</article></body></html>`,
    );

  it('dates a page that states no other date', () => {
    expect(page('https://news.example.com/2017/03/09/shelter/').frontmatter.published.date).toBe(
      '2017-03-09',
    );
    expect(page('https://news.example.com/news/2014/sep/25/shelter/').frontmatter.published.date).toBe(
      '2014-09-25',
    );
  });

  it('dates nothing with a year alone or an impossible day, and gives way to a date the page prints', () => {
    expect(page('https://news.example.com/2017/shelter/').frontmatter.published.date).toBeNull();
    expect(page('https://news.example.com/2017/02/31/shelter/').frontmatter.published.date).toBeNull();
    expect(
      page('https://news.example.com/2017/03/09/shelter/', '<p>Published: March 8, 2017</p>').frontmatter
        .published.date,
    ).toBe('2017-03-08');
  });
});
