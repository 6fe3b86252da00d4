import { describe, expect, it } from 'vitest';
import { ingestHtml } from './helpers';

/*
 * What an HTML page's markup says about its parts, read without knowing the site: a heading's permalink, the
 * schema.org type an element declares, a byline in the article's own footer, the heading the page's meta
 * names as its headline, and the items of a list under the headline.
 */

const PARAGRAPHS = [
  'The officer crossed the bridge at night and asked the agents at the port of entry for protection from the men who had threatened him.',
  'His lawyer said the case would take years to decide, and that the officer would wait for it in detention near El Paso.',
];
const LATER =
  'At the hearing the judge asked why he had not gone to the police, and he answered that the police were the men who had threatened him.';
const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');

describe("a heading's permalink", () => {
  it('is taken out of the heading and reported; the heading stays', () => {
    for (const symbol of ['#', '¶', '§', '🔗']) {
      const plan = ingestHtml(`<html><body><article><h1>An officer asks for asylum</h1>
        ${body}
        <h2 id="the-hearing">The hearing <a href="#the-hearing" class="anchor">${symbol}</a></h2>
        <p>${LATER}</p></article></body></html>`);
      expect(plan.paragraphs, symbol).toEqual([...PARAGRAPHS, 'The hearing', LATER]);
      expect(plan.removals.find((removal) => removal.text === symbol)?.groups.element, symbol).toBe(
        `<a href="#the-hearing"> (a heading's permalink)`,
      );
    }
  });

  it('leaves a link with words in a heading, and a symbol linking elsewhere', () => {
    const plan = ingestHtml(`<html><body><article><h1>An officer asks for asylum</h1>
      ${body}
      <h2>Read <a href="#ruling">the ruling</a> <a href="https://example.org/c">#</a></h2>
      <p>${LATER}</p></article></body></html>`);
    expect(plan.paragraphs).toContain('Read the ruling #');
  });
});

describe('the article type an element declares in microdata', () => {
  it('gives the genre, with where it is stated', () => {
    const plan = ingestHtml(`<html><body>
      <article itemscope itemtype="http://schema.org/BlogPosting"><h1>An officer asks for asylum</h1>${body}</article>
      </body></html>`);
    expect(plan.frontmatter.genre).toBe('blog-post');
    expect(plan.proposals.genre.basis).toBe("the page's microdata calls it a BlogPosting");
  });

  it('is not read from a type that is not an article', () => {
    const plan = ingestHtml(`<html><body>
      <article itemscope itemtype="https://schema.org/Person"><h1>An officer asks for asylum</h1>${body}</article>
      </body></html>`);
    expect(plan.proposals.genre.basis).not.toContain('microdata');
  });
});

describe("a byline in the article's own footer", () => {
  it('names the authors, while the footer still leaves the body', () => {
    const plan = ingestHtml(`<html><body><article><h1>An officer asks for asylum</h1>${body}
      <footer><p>Posted by Jane Q. Roe.</p><a href="https://example.org/share">Share this post!</a></footer>
      </article><footer id="site"><p>Posted by the webmaster team</p></footer></body></html>`);
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
    expect(plan.proposals.authors.unknownNames.map((unknown) => unknown.name)).toEqual(['Jane Q. Roe']);
  });

  it("is not read from the site's footer outside the article", () => {
    const plan = ingestHtml(`<html><body><article><h1>An officer asks for asylum</h1>${body}</article>
      <footer><p>Posted by Jane Q. Roe.</p></footer></body></html>`);
    expect(plan.proposals.authors.unknownNames).toEqual([]);
  });
});

describe("the heading the page's og:title names", () => {
  it("is the headline when the <h1> is the blog's name, which leaves the body", () => {
    const plan = ingestHtml(`<html><head><meta property="og:title" content="New rules for asylum hearings">
      <title>New rules for asylum hearings</title></head><body>
      <h1>Border Notes</h1>
      <div class="post"><h3><a href="https://example.org/post/1">New rules for asylum hearings</a></h3>${body}</div>
      </body></html>`);
    expect(plan.frontmatter.title).toBe('New rules for asylum hearings');
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
  });

  it('does not displace an <h1> the meta names too', () => {
    const plan =
      ingestHtml(`<html><head><meta property="og:title" content="An officer asks for asylum"></head><body>
      <article><h1>An officer asks for asylum</h1>${body}<h2>An officer asks for asylum</h2></article></body></html>`);
    expect(plan.frontmatter.title).toBe('An officer asks for asylum');
  });
});

describe('the items of a list right under the headline', () => {
  it('are body, never a subtitle or image labels', () => {
    const items = ['+ Added a new courtroom', '+ Added video hearings', '+ Removed the paper docket'];
    const plan = ingestHtml(`<html><body><article><h1>Changes to the court this year</h1>
      <p>${items.join('<br>')}</p><p>${PARAGRAPHS[0]}</p></article></body></html>`);
    expect(plan.frontmatter.dek).toBeNull();
    expect(plan.paragraphs).toEqual([...items, PARAGRAPHS[0]]);
  });
});

describe('a paragraph that is only a link', () => {
  it('is furniture between the paragraphs, reported with why', () => {
    const plan = ingestHtml(`<html><body><article><h1>An officer asks for asylum</h1>${body}
      <p><a href="/programs"><strong>Learn more about our programs<br></strong></a><a href="/reports">Check out our reports</a></p>
      <p>${LATER}</p></article></body></html>`);
    expect(plan.paragraphs).toEqual([...PARAGRAPHS, LATER]);
    expect(plan.removals.find((removal) => removal.text.startsWith('Learn more'))?.groups.element).toBe(
      '<p> (a paragraph that is only a link)',
    );
  });

  it('leaves a sentence whose words are a link, and a paragraph with a link inside it', () => {
    const linked = 'The full ruling is online.';
    const plan = ingestHtml(`<html><body><article><h1>An officer asks for asylum</h1>${body}
      <p><a href="/ruling">${linked}</a></p><p>${LATER.replace('the judge', '<a href="/judge">the judge</a>')}</p>
      </article></body></html>`);
    expect(plan.paragraphs).toEqual([...PARAGRAPHS, linked, LATER]);
  });
});

describe('a section heading right under the headline', () => {
  it('is never the subtitle, even when the first sentence restates it', () => {
    const plan = ingestHtml(`<html><body><article><h1>What we do</h1><h2>What is the Border Project?</h2>
      <p>The Border Project helps officers who fled their country find lawyers and tell their stories to the courts.</p>
      ${body}</article></body></html>`);
    expect(plan.frontmatter.dek).toBeNull();
    expect(plan.paragraphs[0]).toBe('What is the Border Project?');
  });
});

describe("an author the page's markup names", () => {
  const page = (author: string) => `<html><head><meta name="author" content="${author}">
    <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"${author}"}}</script>
    </head><body><article><h1>An officer asks for asylum</h1>${body}</article></body></html>`;
  const named = (plan: ReturnType<typeof ingestHtml>) => [
    ...plan.proposals.authors.authors.map((author) => author.value),
    ...plan.proposals.authors.unknownNames.map((unknown) => unknown.name),
  ];

  it("is not proposed when it is the site's desk, not a person", () => {
    for (const desk of [
      'Example News Staff',
      'Wire Service',
      'The Metro Desk',
      'Rédaction Example',
      'Redacción Example',
    ])
      expect(named(ingestHtml(page(desk))), desk).toEqual([]);
  });

  it('is proposed when it is a person', () => {
    expect(named(ingestHtml(page('Ana Ruiz')))).toEqual(['Ana Ruiz']);
  });
});
