import { describe, expect, it } from 'vitest';
import { personInMarkup } from '../../ingest/metadata/propose-authors';
import { ingestHtml } from './helpers';

/*
 * What a page's meta states about its date and authors, read the way the publishing systems that write it name
 * its fields; an author field is read as one author, never as the page's publisher.
 */

const PARAGRAPHS = [
  'The officer crossed the bridge at night and asked the agents at the port of entry for protection from the men who had threatened him.',
  'His lawyer said the case would take years to decide, and that the officer would wait for it in detention near El Paso.',
];
const page = (head: string) =>
  `<html><head>${head}</head><body><article><h1>An officer asks for asylum</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('the publication date in meta', () => {
  it('is read from the fields publishing systems write (Dublin Core terms, Sailthru, Parse.ly)', () => {
    for (const [meta, date] of [
      ['<meta name="dcterms.created" content="2012-10-28">', '2012-10-28'],
      ['<meta name="sailthru.date" content="2014-01-25 10:00:00">', '2014-01-25'],
      ['<meta name="parsely-pub-date" content="2019-03-02T10:00:00Z">', '2019-03-02'],
      [
        `<meta name="parsely-page" content='{"title": "An officer", "pub_date": "2018-06-11T00:00:00Z", "authors": ["Ana Ruiz"]}'>`,
        '2018-06-11',
      ],
    ] as const) {
      const plan = ingestHtml(page(meta));
      expect(plan.frontmatter.published.date, meta).toBe(date);
    }
  });

  it('is read when the meta writes value= for content=, and in the forms programs print dates', () => {
    for (const [meta, date] of [
      ['<meta value="2016-12-15T14:57:58+00:00" name="article:published_time">', '2016-12-15'],
      ['<meta value="Mon Aug 03 12:45:00 EDT 2015" name="article:published_time">', '2015-08-03'],
      ['<meta name="publish_date" content="Thu, 06 Oct 2011 08:10:27 EST">', '2011-10-06'],
      ['<meta name="publish-date" content="Thu, Dec 25 2014 16:57:37 +0000">', '2014-12-25'],
    ] as const) {
      const plan = ingestHtml(page(meta));
      expect(plan.frontmatter.published.date, meta).toBe(date);
    }
    // No day, month or year is guessed: a program's date without its year is no date.
    expect(
      ingestHtml(page('<meta name="publish_date" content="Mon Aug 03 12:45:00 EDT">')).frontmatter.published
        .date,
    ).toBeNull();
  });

  it("takes, of a meta date and a JSON-LD date that disagree, the one the page's address carries", () => {
    const ld = (date: string) =>
      `<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "${date}"}</script>`;
    const head = (address: string) =>
      `<link rel="canonical" href="${address}"><meta property="article:published_time" content="2026-07-27T10:42:45+02:00">${ld('2026-07-26T14:19:55+02:00')}`;
    const dated = ingestHtml(page(head('https://example.org/2026/07/27/an-officer/')));
    expect(dated.frontmatter.published.date).toBe('2026-07-27');
    expect(dated.frontmatter.published.basis).toContain("the date the page's address carries");
    // Without the address's evidence the JSON-LD's stands.
    expect(ingestHtml(page(head('https://example.org/news/an-officer/'))).frontmatter.published.date).toBe(
      '2026-07-26',
    );
  });

  it('takes a bare "date" meta only when no field says when the article was published', () => {
    expect(
      ingestHtml(page('<meta name="date" content="2012-10-28T02:48:29+0100">')).frontmatter.published.date,
    ).toBe('2012-10-28');
    const both = ingestHtml(
      page(
        '<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2012-10-28T02:48:29+01:00">',
      ),
    );
    expect(both.frontmatter.published.date).toBe('2012-10-28');
  });
});

describe('an author field of the markup', () => {
  it('names one person: a group after a slash or bar and an outlet or job after a comma are not part of it', () => {
    expect(personInMarkup('Ana Ruiz / Events Team Organizers')).toBe('Ana Ruiz');
    expect(personInMarkup('Ana Ruiz | Madrid')).toBe('Ana Ruiz');
    expect(personInMarkup('Jefferson Roe, USA TODAY')).toBe('Jefferson Roe');
    expect(personInMarkup('Jefferson Roe, Staff Writer')).toBe('Jefferson Roe');
    // A surname-first citation author keeps both parts.
    expect(personInMarkup('Ruiz, Ana')).toBe('Ruiz, Ana');
  });

  it('names no person when it names the page publisher, with or without its address', () => {
    expect(personInMarkup('Deutsche Welle', ['Deutsche Welle (www.dw.com)'])).toBeNull();
    const plan = ingestHtml(
      page(
        '<meta name="publisher" content="Deutsche Welle (www.dw.com)"><meta name="author" content="Deutsche Welle (www.dw.com)">',
      ),
    );
    expect(plan.frontmatter.authors).toEqual([]);
    expect(plan.proposals.authors.unknownNames).toEqual([]);
  });

  it('is read when the meta writes value= for content=, as a date is', () => {
    const plan = ingestHtml(page('<meta name="author" value="Ana Ruiz">'));
    expect(plan.proposals.authors.unknownNames.map((n) => n.name)).toEqual(['Ana Ruiz']);
  });

  it('is proposed cleaned, saying what the markup wrote', () => {
    const plan = ingestHtml(page('<meta property="og:article:author" content="Ana Ruiz / Events Team">'));
    expect(plan.proposals.authors.unknownNames).toEqual([
      { name: 'Ana Ruiz', where: `the page's markup (author meta or JSON-LD): 'Ana Ruiz / Events Team'` },
    ]);
  });
});

describe('an element whose class names it a byline', () => {
  const story = `<div class="text">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`;

  it('names the author when the markup names none elsewhere', () => {
    const plan = ingestHtml(`<html><head><meta name="author" content="elmundo.es"></head><body><article>
      <h1>An officer asks for asylum</h1><p class="firma"><em>Ángeles Escrivá</em> | <span>Madrid</span></p>${story}
      </article></body></html>`);
    expect(plan.proposals.authors.unknownNames).toEqual([
      {
        name: 'Ángeles Escrivá',
        where: `the page's byline (an element whose class names it one): 'Ángeles Escrivá | Madrid'`,
      },
    ]);
  });

  it('gives way to an author the markup names, and never proposes a credit that is no name', () => {
    const named = ingestHtml(`<html><head><meta name="author" content="Ana Ruiz"></head><body><article>
      <h1>An officer asks for asylum</h1><p class="byline">Jane Roe</p>${story}</article></body></html>`);
    expect(named.proposals.authors.unknownNames.map((n) => n.name)).toEqual(['Ana Ruiz']);
    const credit = ingestHtml(`<html><body><article>
      <h1>An officer asks for asylum</h1><span class="image-author">© Adobe Stock/Celt Studio</span>${story}</article></body></html>`);
    expect(credit.proposals.authors.unknownNames).toEqual([]);
  });
});

describe('authors the markup names again beside the shown byline', () => {
  const story = `<div class="text">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`;

  it('are the names a one-field list gives, not the list as one name', () => {
    const plan =
      ingestHtml(`<html><head><meta name="author" content="Jane Roe and John Doe"></head><body><article>
      <h1>An officer asks for asylum</h1><p>By Jane Roe and John Doe, CNN</p>${story}</article></body></html>`);
    expect(plan.proposals.authors.unknownNames.map((n) => n.name)).toEqual(['Jane Roe', 'John Doe']);
  });

  it("leave out the site's own name that an author meta gives", () => {
    const plan = ingestHtml(`<html><head><meta property="og:site_name" content="Example Campaign">
      <meta name="author" content="Example Campaign"></head><body><article>
      <h1>An officer asks for asylum</h1><p>By Jane Roe</p>${story}</article></body></html>`);
    expect(plan.proposals.authors.unknownNames.map((n) => n.name)).toEqual(['Jane Roe']);
  });

  it("are the shown name when a button's text runs into it", () => {
    const plan = ingestHtml(`<html><body><article>
      <h1>An officer asks for asylum</h1><div class="byline">Por <a>Jane Roe</a><button>Seguir</button></div>${story}
      </article></body></html>`);
    expect(plan.proposals.authors.unknownNames.map((n) => n.name)).toEqual(['Jane Roe']);
  });
});
