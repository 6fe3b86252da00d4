import { describe, expect, it } from 'vitest';
import { furnitureHint } from '../../ingest/input/furniture';
import { htmlToText } from '../../ingest/input/html-to-text';
import { ingestHtml } from './helpers';

const PARAGRAPHS = [
  'The officer crossed the bridge at night and asked the agents at the port of entry for protection from the men who had threatened him.',
  'His lawyer said the case would take years to decide, and that the officer would wait for it in detention near El Paso.',
  'A spokesman for the agency declined to comment on the case, citing the privacy of people who ask for asylum.',
];
const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');

/** An article page: its headline, then the story's three paragraphs with `before`, `between` and `after` them. */
const storyWith = (before: string, between: string, after: string) =>
  ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1>
    ${before}<p>${PARAGRAPHS[0]}</p>${between}<p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p>${after}
    </article></body></html>`);

const furnitureOf = (plan: ReturnType<typeof ingestHtml>) =>
  plan.removals.filter((r) => r.ruleId === 'html-furniture').map((r) => [r.groups.element, r.text]);

describe('furniture an HTML page marks as such, inside the article', () => {
  it('is dropped by its class, id, aria-label or landmark role, and each is reported with why', () => {
    const plan = ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1>
      <div class="social-share-buttons">Facebook Twitter Email</div>
      ${body}
      <div id="newsletter-box">Get the morning briefing in your inbox</div>
      <section aria-label="Related stories">More on the border</section>
      <div role="complementary">Sponsored by a law firm</div>
      </article></body></html>`);
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
    expect(furnitureOf(plan)).toEqual([
      ['<div class="social-share-buttons">', 'Facebook Twitter Email'],
      ['<div id="newsletter-box">', 'Get the morning briefing in your inbox'],
      ['<section aria-label="Related stories">', 'More on the border'],
      ['<div role="complementary">', 'Sponsored by a law firm'],
    ]);
    expect(plan.frontmatter.review.join('\n')).toContain(
      `Removed by the page's markup, which makes it furniture: <div class="social-share-buttons">: 'Facebook Twitter Email'`,
    );
  });

  it("takes a pull quote and a picture's copyright box for furniture, and the quote's author for no byline", () => {
    const plan = storyWith(
      `<div class="media-copyright">FILE - Officers wait at the port of entry, May 27, 2026 - <div>Copyright © Example</div></div>`,
      `<div class="pull-quote"><blockquote>We never thought we would leave.</blockquote>
      <div class="pull-quote__author"><span class="author">Ana Ruiz</span></div></div>`,
      '',
    );
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
    expect(furnitureOf(plan).map(([element]) => element)).toEqual([
      '<div class="media-copyright">',
      '<div class="pull-quote">',
    ]);
    expect(plan.proposals.authors.unknownNames).toEqual([]);
  });

  it("takes a picture's caption and credit for furniture by their class names, wherever the picture stands", () => {
    const plan = storyWith(
      `<div class="photo"><img src="/a.jpg"></div>
      <div class="cutline">The officer, 41, waited three years for a hearing on his claim for asylum in El Paso.</div>
      <div class="credit">FAMILY PHOTO/CONTRIBUTED IMAGE</div>`,
      '<div class="image-caption">Agents at the port of entry, in a picture the family kept</div>',
      '',
    );
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
    expect(furnitureOf(plan).map(([element]) => element)).toEqual([
      '<div class="cutline">',
      '<div class="credit">',
      '<div class="image-caption">',
    ]);
  });

  it('never takes the element that holds the headline or the story, whatever its class says', () => {
    const plan = ingestHtml(`<html><body><div class="post has-comments sidebar-right">
      <h1>An officer in search of a safe place</h1><div class="entry comments-open">${body}</div>
      </div></body></html>`);
    expect(plan.frontmatter.title).toBe('An officer in search of a safe place');
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
    expect(furnitureOf(plan)).toEqual([]);
  });

  it('never takes a page builder’s boxes, nor any element holding a good part of the story, for furniture', () => {
    const [first, second, third] = PARAGRAPHS;
    const builder = ingestHtml(`<html><body><h1>An officer in search of a safe place</h1>
      <div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${first}</p><p>${second}</p></div></div>
      <div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${third}</p></div></div>
      </body></html>`);
    expect(builder.paragraphs).toEqual(PARAGRAPHS);
    const commentary = ingestHtml(`<html><body><h1>An officer in search of a safe place</h1>
      <div class="story"><p>${first}</p><p>${second}</p></div><div class="commentary-continued"><p>${third}</p></div>
      </body></html>`);
    expect(commentary.paragraphs).toEqual(PARAGRAPHS);
  });

  it('never drops inline text inside a sentence, whatever its class', () => {
    const plan = ingestHtml(`<html><body><h1>An officer in search of a safe place</h1>
      ${body}<p>Nobody at the consulate <a class="share-link" href="/x">would say</a> whether his papers had arrived.</p>
      </body></html>`);
    expect(plan.paragraphs.at(-1)).toBe('Nobody at the consulate would say whether his papers had arrived.');
  });

  it('takes a list of links (a menu, tags, "most read") for furniture, but not a sentence with links in it', () => {
    const links =
      '<ul><li><a href="/1">Border wall money frozen</a></li><li><a href="/2">Ports close at night</a></li><li><a href="/3">A mayor resigns</a></li></ul>';
    const plan = ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1>
      <div class="text">${body}
      <p>Read the <a href="/a">ruling</a>, the <a href="/b">appeal</a> and the <a href="/c">government's answer</a> on the court's site, where the whole file is public.</p></div>
      <div class="more">${links}</div>
      </article></body></html>`);
    expect(plan.paragraphs.at(-1)).toMatch(/^Read the ruling, the appeal/);
    expect(furnitureOf(plan)).toEqual([
      ['<div> (a list of links)', 'Border wall money frozen Ports close at night A mayor resigns'],
    ]);
    // Set among the story's own paragraphs, the same list is the story's (its sources), and stays.
    const among = ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1>
      <div class="text">${body}${links}</div></article></body></html>`);
    expect(among.paragraphs.slice(-3)).toEqual([
      'Border wall money frozen',
      'Ports close at night',
      'A mayor resigns',
    ]);
  });

  it('takes a section headed by a name for other content, that links to other stories, for furniture', () => {
    const plan = ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1>${body}
      <div class="group"><h2>Other Opinion Columns</h2>
        <div><h4><a href="/a">Fraser’s lasting legacy</a></h4><p>An effective prime minister, controversially installed and soundly elected, a relentless reformer and thinker.</p></div>
        <div><h4><a href="/b">A man of contrasts</a></h4><p>It was said that he moved to the Left after losing office, but he was always a small-l liberal at heart.</p></div>
      </div>
      <section><h2>More than two hundred officers have fled</h2><p>Their union counts two hundred and twelve since January, most of them from the state police of Chihuahua, it said.</p></section>
      </article></body></html>`);
    expect(plan.paragraphs).toEqual([
      ...PARAGRAPHS,
      'More than two hundred officers have fled',
      'Their union counts two hundred and twelve since January, most of them from the state police of Chihuahua, it said.',
    ]);
    expect(furnitureOf(plan).map(([why]) => why)).toEqual([
      "<div> (a section headed 'Other Opinion Columns')",
    ]);
  });

  it('reads its own attributes without being fooled by names like object properties', () => {
    expect(furnitureHint({ constructor: 'x', __proto__: 'share', toString: 'y' })).toBeNull();
    expect(furnitureHint({ class: 'story-body' })).toBeNull();
    expect(furnitureHint({ class: 'header-ad' })).toBe('class="header-ad"');
    expect(furnitureHint({ class: 'canvas-wrapper' })).toBeNull();
  });
});

describe('the header of an HTML page', () => {
  it('takes a paragraph beside the <h1>, apart from the story, as its subtitle', () => {
    const dek = 'Agents at the bridge now send most people back to wait in Mexico.';
    const plan = ingestHtml(`<html><body><div class="top"><h1>An officer in search of a safe place</h1>
      <p>${dek}</p></div><div class="story">${body}</div></body></html>`);
    expect(plan.frontmatter.dek).toBe(dek);
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
  });

  it('keeps a first paragraph that stands with the story as body', () => {
    const lede = 'Agents at the bridge now send most people back to wait in Mexico.';
    const plan = ingestHtml(`<html><body><div class="story"><h1>An officer in search of a safe place</h1>
      <p>${lede}</p>${body}</div></body></html>`);
    expect(plan.frontmatter.dek).toBeNull();
    expect(plan.paragraphs).toEqual([lede, ...PARAGRAPHS]);
  });

  it('drops a breadcrumb trail that ends in the headline, and says so', () => {
    const plan = ingestHtml(`<html><body><div class="top"><div><a href="/">Home</a> <a href="/news">News</a>
      <span>An officer in search of a safe place</span></div>
      <h1>An officer in search of a safe place</h1></div>${body}</body></html>`);
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
    expect(plan.frontmatter.review.join('\n')).toContain(
      "Dropped 'Home News An officer in search of a safe place' beside the headline as a label",
    );
  });
});

describe('what a dropped element says of the page', () => {
  it('a government banner dropped by its markup still makes the page a government page', () => {
    const plan =
      ingestHtml(`<html><body><section class="usa-banner" aria-label="Official website of the United States government">
      An official website of the United States government Here’s how you know</section>
      <main><h1>An officer in search of a safe place</h1>${body}</main></body></html>`);
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
    expect(plan.frontmatter.genre).toBe('government-page');
  });
});

describe('a date inside furniture', () => {
  it('still dates the page when the element was dropped for its markup, not when it is a <nav> or <aside>', () => {
    const withShare = ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1>
      <div class="meta-and-share">Posted <time datetime="2019-03-22T10:00">March 22</time> Share Tweet</div>
      ${body}</article></body></html>`);
    expect(withShare.frontmatter.published.date).toBe('2019-03-22');
    const inAside = ingestHtml(`<html><body><aside><time datetime="2026-12-01">Today</time></aside>
      <article><h1>An officer in search of a safe place</h1>${body}</article></body></html>`);
    expect(inAside.frontmatter.published.date).toBeNull();
  });

  it('reads a <time> without datetime by its text, clock and zone and all, and not one whose text is no date', () => {
    const timed = (time: string) =>
      ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1>
      <div class="byline">By: Jane Roe ${time}</div>${body}</article></body></html>`).frontmatter.published
        .date;
    expect(timed('<time class="datestamp"> August 18, 2010 3:21 PM PDT </time>')).toBe('2010-08-18');
    expect(timed('<time>Yesterday</time>')).toBeNull();
  });

  it("dates the page from the article's own <footer>, before a comment's time, and never from the site's", () => {
    const comments =
      '<div class="comments-area"><p>A reader says:</p><time datetime="2019-08-03T04:11">August 3</time></div>';
    const own = ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1>${body}
      <footer class="entry-footer">Posted on <time datetime="2019-08-02T15:57">August 2, 2019</time></footer>
      </article>${comments}</body></html>`);
    expect(own.frontmatter.published.date).toBe('2019-08-02');
    const site =
      ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1>${body}</article>
      <footer>Archive <time datetime="2026-12-01">Today</time></footer></body></html>`);
    expect(site.frontmatter.published.date).toBeNull();
  });
});

describe('a heading right above the story', () => {
  it('is a label, not a section heading, when it is only a link to another page (a country tag)', () => {
    const page = (heading: string) =>
      `<html><body><article><h1>An officer in search of a safe place</h1>${heading}${body}</article></body></html>`;
    const tag = htmlToText(page('<h4><a href="/country/south-africa/">South Africa</a></h4>'));
    expect(tag.hints.headings ?? []).toEqual([]);
    // A section heading stays one, with a link to its own place on the page or none.
    expect(htmlToText(page('<h4><a href="#crossing">The crossing</a></h4>')).hints.headings).toEqual([
      'The crossing',
    ]);
    expect(htmlToText(page('<h4>The crossing</h4>')).hints.headings).toEqual(['The crossing']);
  });
});

describe('a credit line the markup made furniture', () => {
  it("still names the story's author and date; a longer element (a teaser list) is not read", () => {
    const credits = ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1>
      <ul class="masthead__credits"><li>By Jane Roe</li><li>April 6, 2015</li></ul>
      ${body}</article></body></html>`);
    expect(credits.paragraphs).toEqual(PARAGRAPHS);
    expect(credits.proposals.authors.unknownNames.map((n) => n.name)).toEqual(['Jane Roe']);
    expect(credits.frontmatter.published.date).toBe('2015-04-06');
    const teasers = ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1>
      ${body}
      <ul class="promo-list"><li>By Jane Roe</li><li>April 6, 2015</li><li>Another story</li><li>By John Doe</li></ul>
      </article></body></html>`);
    expect(teasers.proposals.authors.unknownNames).toEqual([]);
    // A byline with a numeric date and time after the name, padded with no-break spaces.
    const stamp = ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1>
      <div class="comments_datetime">By JANE ROE &nbsp; 10/ 5/11 09:19 PM ET &nbsp;</div>
      ${body}</article></body></html>`);
    expect(stamp.proposals.authors.unknownNames.map((n) => n.name)).toEqual(['JANE ROE']);
    expect(teasers.frontmatter.published.date).toBeNull();
  });
});

describe('what stands above an HTML page’s own headline', () => {
  it('is furniture when it is not prose (site name, tagline, menu), reported; prose above it stays', () => {
    const notice =
      'The officers’ union said on Monday that nine more agents had asked to be moved to desk jobs in the capital.';
    const plan = ingestHtml(`<html><body><div>Border Notes</div><div>Stories from both sides of the line</div>
      <div>Local news, courts and the people in between</div><div>Weekly, since 2009</div>
      <p>${notice}</p><h1>An officer in search of a safe place</h1>${body}</body></html>`);
    expect(plan.frontmatter.title).toBe('An officer in search of a safe place');
    expect(plan.paragraphs).toEqual([notice, ...PARAGRAPHS]);
    expect(plan.frontmatter.review.join('\n')).toContain(
      "Dropped 'Stories from both sides of the line' beside the headline as a label",
    );
  });
});

describe("pointers and pictures among the story's paragraphs", () => {
  const [first = '', second = '', third = ''] = PARAGRAPHS;

  it('drops a paragraph that is a label and a link, and an image box with its caption', () => {
    const plan =
      ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1><div class="text">
      <p>${first}</p>
      <div class="picBox"><img src="a.jpg" alt=""><p>The officer's trial will be closely watched around the world</p></div>
      <p><em>Read also:</em>&nbsp;<a href="/other">Opinion: An arrest offers solace to survivors</a></p>
      <p>${second}</p><p>${third}</p></div></article></body></html>`);
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
    expect(furnitureOf(plan)).toEqual([
      [
        "<div> (an image and its caption, among the story's paragraphs)",
        "The officer's trial will be closely watched around the world",
      ],
      // The no-break space the page sets after the label is a character of its text.
      [
        '<p> (a paragraph that is only a link)',
        'Read also:\u00a0Opinion: An arrest offers solace to survivors',
      ],
    ]);
  });

  it('keeps a sentence with a link in it, and a paragraph with an icon', () => {
    const linked = 'Read the <a href="/r">full ruling</a> here.';
    const plan =
      ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1><div class="text">
      <p>${first}</p><p>${linked}</p><p><img src="i.png" alt="">${second}</p><p>${third}</p></div></article></body></html>`);
    expect(plan.paragraphs).toEqual([first, 'Read the full ruling here.', second, third]);
  });

  it("reads Spanish sites' class names for comments, sharing and tools", () => {
    for (const className of ['comenta', 'compartir-noticia', 'herramientas', 'noticias-relacionadas'])
      expect(furnitureHint({ class: className }), className).not.toBeNull();
  });
});

describe("readers' comments and a list's title, set apart from the story", () => {
  const COMMENT =
    'Last time I checked, there was no decision that we will adopt the new standards at all, and a great many of us in practice do not support them, because they make nothing better and add work for every firm that has to follow them.';

  it("drops a comments section under the story, however much of the page's text its paragraphs hold", () => {
    const plan = ingestHtml(`<html><body><h1>An officer in search of a safe place</h1><div class="story">
      ${body}</div>
      <div class="visitors_comment_block"><h3>Not so fast</h3><p>${COMMENT}</p></div>
      </body></html>`);
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
  });

  it("keeps the story in an opinion piece's 'commentary' element", () => {
    const plan = ingestHtml(`<html><body><h1>An officer in search of a safe place</h1>
      <div class="lead">${body}</div><div class="commentary-more"><p>${COMMENT}</p></div></body></html>`);
    expect(plan.paragraphs).toContain(COMMENT);
  });

  it('drops the few words that title a list of links with the list', () => {
    const links = [
      'Investors say the rules are unfit',
      'Banks favour the new rules',
      'Funding in focus at the debate',
    ]
      .map((title, i) => `<li><a href="/news/${i}">${title}</a></li>`)
      .join('');
    const plan = storyWith(
      '',
      `<div class="further_reading_block"><div class="section_title"><p>Further reading</p></div><ul>${links}</ul></div>`,
      '',
    );
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
    expect(furnitureOf(plan).map(([why]) => why)).toContain('<div> (the title of a list of links under it)');
  });
});

describe('words without an end under a saved page whose markup sets the story’s paragraphs', () => {
  it('are no cut sentence of the story unless they are one of its blocks', () => {
    const teaser =
      'The Weekly Show - 024: We Visit a Factory, Take Over the Square and Talk Patents With Lawyers';
    const plan = ingestHtml(`<html><body><h1>An officer in search of a safe place</h1>
      <div class="post">${body}</div>
      <div class="col2"><div class="teaser">${teaser}</div><div class="when">8 hours ago</div></div></body></html>`);
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
    const cut = `${PARAGRAPHS[2]} The agency will review the`;
    const story = ingestHtml(`<html><body><h1>An officer in search of a safe place</h1>
      <div class="post"><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><p>${cut}</p></div></body></html>`);
    expect(story.paragraphs.at(-1)).toBe(cut);
  });
});

describe("a paragraph the story's markup sets whole", () => {
  it('is never joined to the block above it as the rest of a sentence a blank line broke', () => {
    const quote =
      'We have wanted to make this change for the last eighteen months, but needed our business to be big enough to pay for it - <a href="/x">Nat Friedman</a>';
    const plan = ingestHtml(`<html><body><h1>An officer in search of a safe place</h1>
      <div class="post"><p>${PARAGRAPHS[0]}</p><blockquote><p>${quote}</p></blockquote>
      <p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p></div></body></html>`);
    expect(plan.paragraphs).toContain(PARAGRAPHS[1]);
    expect(plan.paragraphs).toHaveLength(4);
  });
});

describe("an image's caption set inline right after it", () => {
  it('leaves with the image, though no block holds it apart from the story', () => {
    const caption = 'Officers wait at the port of entry in El Paso, Texas, on a Friday in June.';
    const page = (className: string) =>
      ingestHtml(`<html><body><article><h1>An officer in search of a safe place</h1>
      <div class="feat-img"><img src="a.jpg" alt=""></div>
      <span class="${className}">${caption}</span><div class="content">${body}</div></article></body></html>`);
    expect(page('post-feat-caption').paragraphs).toEqual(PARAGRAPHS);
    // A span of another kind there is not taken for furniture by its place.
    expect(page('post-summary').removals.map((removal) => removal.ruleId)).not.toContain('html-furniture');
    expect(page('post-feat-caption').removals.map((removal) => removal.ruleId)).toContain('html-furniture');
  });
});

describe("what stands between the headline and the page's <main>", () => {
  it('is the page’s, when <main> holds the story and not the headline; a greeting opening the story stays', () => {
    const plan = ingestHtml(`<html><body><div class="top"><h1>An officer in search of a safe place</h1>
      <div><span>I respect your privacy and you won't get spam. Ever. Just a weekly letter about the border.</span></div></div>
      <div class="who"><p>Jane Roe, April 19, 2020</p><p>Follow me on Twitter as <a href="/t">@janeroe</a></p></div>
      <main><p>Hi everyone! 👋</p><p>Welcome to the letter.</p>${body}</main></body></html>`);
    expect(plan.paragraphs).toEqual(['Hi everyone! 👋', 'Welcome to the letter.', ...PARAGRAPHS]);
    // Where <main> holds the headline too, nothing is taken for its place.
    const whole = ingestHtml(`<html><body><main><h1>An officer in search of a safe place</h1>
      <div class="who"><p>Follow me on Twitter as <a href="/t">@janeroe</a></p></div>${body}</main></body></html>`);
    expect(whole.removals.map((removal) => removal.text)).not.toContain('Follow me on Twitter as @janeroe');
  });
});
