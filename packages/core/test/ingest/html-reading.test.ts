import { describe, expect, it } from 'vitest';
import { htmlToText, ingestPage } from '../../ingest/index';
import { emptyArchive, loadRules } from './helpers';

describe('character references (decoded by the entities library)', () => {
  it('decodes every HTML5 named reference, not just the common ones', () => {
    expect(htmlToText('<p>&NotNestedGreaterGreater; &frac34; &Omega; &hellip; &eacute;</p>').text).toBe(
      '⪢̸ ¾ Ω … é',
    );
  });

  it('reads &#150; and &#146; as Windows-1252 dashes and quotes, as browsers do', () => {
    expect(htmlToText('<p>1998&#150;2003, Alarcon&#146;s case</p>').text).toBe('1998–2003, Alarcon’s case');
  });

  it('leaves text that only looks like a reference alone: &constructor;, &__proto__;, &toString;', () => {
    expect(htmlToText('<p>&constructor; &__proto__; &toString; &hasOwnProperty;</p>').text).toBe(
      '&constructor; &__proto__; &toString; &hasOwnProperty;',
    );
  });

  it('is not fooled by attributes named like object properties', () => {
    const { hints, text } = htmlToText(
      '<html __proto__="x" constructor="y"><head><link toString="z" rel="canonical" href="https://example.org/a"></head><body><p>Text.</p></body></html>',
    );
    expect(hints.url?.value).toBe('https://example.org/a');
    expect(text).toBe('Text.');
  });
});

describe('structured metadata', () => {
  it('reads a JSON-LD NewsArticle: headline, datePublished, authors, publisher, url', () => {
    const { hints } = htmlToText(`<html><head><script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Site"},
       {"@type":"NewsArticle","headline":"Judge Denies Asylum","datePublished":"2017-04-04T17:49:00-06:00",
        "author":[{"@type":"Person","name":"Lauren Villagran"}],"publisher":{"@type":"Organization","name":"El Paso Times"},
        "url":"https://example.org/story"}]}
      </script><script type="application/ld+json">{ not json</script></head><body><p>Body.</p></body></html>`);
    expect(hints).toMatchObject({
      title: 'Judge Denies Asylum',
      published: { value: '2017-04-04T17:49:00-06:00' },
      authors: ['Lauren Villagran'],
      siteName: 'El Paso Times',
      url: { value: 'https://example.org/story' },
      articleType: 'NewsArticle',
    });
  });

  it('reads citation_* meta on court pages and a <time datetime> when nothing else dates the page', () => {
    const court = htmlToText(`<head><meta name="citation_title" content="R.R.D. v. Holder">
      <meta name="citation_publication_date" content="2014/03/19"><meta name="citation_author" content="Easterbrook">
      </head><body><p>Opinion text.</p></body>`);
    expect(court.hints).toMatchObject({
      title: 'R.R.D. v. Holder',
      published: { value: '2014/03/19' },
      authors: ['Easterbrook'],
      citation: { title: 'R.R.D. v. Holder' },
    });
    const stamped = htmlToText('<body><time datetime="2019-03-22T11:28:00">mar 22</time><p>Text.</p></body>');
    expect(stamped.hints.published).toEqual({
      value: '2019-03-22T11:28:00',
      where: '<time datetime="2019-03-22T11:28:00">',
    });
  });
});

describe('page structure', () => {
  it('makes a table row one block, its cells joined by a space', () => {
    const { text } = htmlToText(
      '<table><tr><td><strong>AZRAG, </strong>28 I&amp;N Dec. 784 (BIA 2024)</td><td><a href="/a.pdf">ID 4073</a> (PDF)</td></tr></table><p>Holding.</p>',
    );
    expect(text).toBe('AZRAG, 28 I&N Dec. 784 (BIA 2024) ID 4073 (PDF)\n\nHolding.');
  });

  it('drops hidden and screen-reader-only elements, reporting the hidden ones', () => {
    const { text, removedElements } = htmlToText(
      '<ul style="display:none;"><li>Facebook</li></ul><h2 class="element-invisible">photo.jpg</h2><p hidden>Secret</p><p>Shown.</p>',
    );
    expect(text).toBe('Shown.');
    expect(removedElements.map((element) => element.text)).toEqual(['Facebook', 'photo.jpg', 'Secret']);
  });
});

describe("the page's <html lang>", () => {
  const page = (lang: string) =>
    `<html lang="${lang}"><head><title>An officer in search of a safe place</title></head><body><h1>An officer in search of a safe place</h1><p>The officer crossed the bridge at night and asked the agents at the port of entry for protection from the men who had threatened him.</p></body></html>`;

  it('is written as the archive writes a language, whatever its case ("en-us" → "en-US")', () => {
    expect(htmlToText(page('en-us')).hints.language).toBe('en-US');
    expect(htmlToText(page('ES')).hints.language).toBe('es');
    expect(htmlToText(page('es_mx')).hints.language).toBe('es-MX');
  });

  it('is no hint when the archive cannot write it, and a page with it still gives a draft', () => {
    expect(htmlToText(page('zh-Hant-TW')).hints.language).toBeUndefined();
    const outcome = ingestPage(
      { text: page('en-au'), format: 'html', name: 'p' },
      {},
      emptyArchive(),
      loadRules(),
    );
    expect(outcome.ok && outcome.plan.frontmatter.language).toBe('en-AU');
  });
});

describe("the article's element", () => {
  const PARAGRAPHS = [
    'The officer crossed the bridge at night and asked the agents at the port of entry for protection from the men who had threatened him.',
    'His lawyer said the case would take years to decide, and that the officer would wait for it in detention near El Paso.',
  ];
  const RULES_OF_COMMENT =
    'Comments are the sole responsibility of their authors, and a user who breaks these rules will be banned from the site for good.';
  const ingestHtml = (text: string) => {
    const outcome = ingestPage({ text, format: 'html', name: 'p' }, {}, emptyArchive(), loadRules());
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.plan;
  };

  it('is where the body is read from: text around it (menus, comment rules, lists) is furniture, reported', () => {
    const plan = ingestHtml(
      `<html><body><div class="top"><a href="/">Latest news</a><a href="/w">World</a></div>
       <div class="story"><h1>An officer in search of a safe place</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>
       <section class="below"><p>${RULES_OF_COMMENT}</p><div>Most read</div></section></body></html>`,
    );
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
    expect(plan.removals.filter((r) => r.ruleId === 'html-outside-article').map((r) => r.text)).toEqual([
      'Latest newsWorld',
      RULES_OF_COMMENT,
      'Most read',
    ]);
    expect(plan.frontmatter.review.join('\n')).toContain(
      `Removed by standing outside the article's element (the one around its headline that holds its paragraphs): '${RULES_OF_COMMENT.slice(0, 40)}`,
    );
  });

  it('is the whole page when the paragraphs are not gathered around the headline', () => {
    const plan = ingestHtml(
      `<html><body><header><h1>The Border Blog</h1></header><main>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`,
    );
    expect(plan.paragraphs).toEqual(PARAGRAPHS);
  });
});

describe('structured metadata, as content systems write it', () => {
  it('follows JSON-LD author references ({"@id"}) to the person they name, as Yoast writes them', () => {
    const { hints } =
      htmlToText(`<head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"Article","@id":"https://example.org/p#article","headline":"A ruling on asylum",
       "author":{"@id":"https://example.org/#/schema/person/1"},"datePublished":"2019-02-13T10:00:00+00:00"},
      {"@type":"Person","@id":"https://example.org/#/schema/person/1","name":"Ana Ruiz"}]}</script></head>
      <body><p>Text.</p></body>`);
    expect(hints.authors).toEqual(['Ana Ruiz']);
    expect(hints.published?.value).toBe('2019-02-13T10:00:00+00:00');
  });

  it('takes every schema.org article type (OpinionNewsArticle, TechArticle…) as the article object', () => {
    const { hints } = htmlToText(
      '<head><script type="application/ld+json">{"@type":"OpinionNewsArticle","headline":"Why asylum matters","datePublished":"2020-05-01"}</script></head><body><p>Text.</p></body>',
    );
    expect(hints).toMatchObject({ articleType: 'OpinionNewsArticle', title: 'Why asylum matters' });
    const outcome = ingestPage(
      {
        text: `<head><script type="application/ld+json">{"@type":"OpinionNewsArticle","headline":"Why asylum matters"}</script></head><body><h1>Why asylum matters</h1><p>${'The officer asked for protection at the bridge and was sent back to wait. '.repeat(3)}</p></body>`,
        format: 'html',
        name: 'p',
      },
      {},
      emptyArchive(),
      loadRules(),
    );
    expect(outcome.ok && outcome.plan.frontmatter.genre).toBe('news-report');
    expect(outcome.ok && outcome.plan.proposals.genre.basis).toBe(
      "the page's JSON-LD calls it a OpinionNewsArticle",
    );
  });

  it('dates a page by its JSON-LD page object when no article object does, but never over its meta', () => {
    const graph = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"Post - Site","datePublished":"2018-07-02T08:00:00+00:00"}]}</script>`;
    const alone = htmlToText(`<head>${graph}</head><body><p>Text.</p></body>`).hints;
    expect(alone.published?.value).toBe('2018-07-02T08:00:00+00:00');
    expect(alone.articleType).toBeUndefined();
    expect(alone.title).toBeUndefined();
    const withMeta = htmlToText(
      `<head><meta property="article:published_time" content="2018-07-01">${graph}</head><body><p>Text.</p></body>`,
    ).hints;
    expect(withMeta.published?.value).toBe('2018-07-01');
  });

  it('reads microdata and rel="author": itemprop="datePublished" before any other <time>, the author\'s name', () => {
    const { hints } = htmlToText(`<body><header><time datetime="2026-12-01">Today</time></header>
      <article><span itemprop="datePublished" content="2017-04-04">April 4</span>
      <span itemprop="author" itemscope><span itemprop="name">Lauren Villagran</span></span>
      <a rel="author" href="/by/jo">Jo Doe</a><p>Text.</p></article></body>`);
    expect(hints.published).toEqual({ value: '2017-04-04', where: '<span itemprop="datePublished">' });
    expect(hints.authors).toEqual(['Lauren Villagran', 'Jo Doe']);
  });
});

describe('the headline of a blog page whose <h1> is the blog’s name', () => {
  const post =
    'The officer crossed the bridge at night and asked the agents at the port of entry for protection.';

  it('is the heading the page’s og:title or <title> names, not the site title', () => {
    const forClass =
      htmlToText(`<head><meta property="og:title" content="A judge rules on a police officer"></head>
      <body><h1 class="site-title">Border Notes</h1><h2 class="entry-title">A judge rules on a police officer</h2><p>${post}</p></body>`);
    expect(forClass.hints).toMatchObject({ title: 'A judge rules on a police officer', titleSource: 'h1' });
    const linkedHome =
      htmlToText(`<head><title>A judge rules on a police officer | Border Notes</title></head>
      <body><h1><a href="https://bordernotes.example/">Border Notes</a></h1><h3>A judge rules on a police officer</h3><p>${post}</p></body>`);
    expect(linkedHome.hints.title).toBe('A judge rules on a police officer');
  });

  it('is not an <h1> set inside a link home (a masthead’s logo), nor one whose id names a logo', () => {
    const inLink =
      htmlToText(`<body><div id="masthead"><a href="https://bordernotes.example"><h1>Border Notes</h1></a></div>
      <article><h1 itemprop="headline">A judge rules on a police officer</h1><p>${post}</p></article></body>`);
    expect(inLink.hints.title).toBe('A judge rules on a police officer');
    const byId = htmlToText(`<body><h1 id="header-logo">Border Notes</h1>
      <article><h1>A judge rules on a police officer</h1><p>${post}</p></article></body>`);
    expect(byId.hints.title).toBe('A judge rules on a police officer');
  });

  it('is found by the <title> however its apostrophes are set', () => {
    const { hints } =
      htmlToText(`<head><title>A judge’s ruling on a police officer - Border Notes</title></head>
      <body><h1><a href="/">Border Notes</a></h1><h2>A judge's ruling on a police officer</h2><p>${post}</p></body>`);
    expect(hints.title).toBe("A judge's ruling on a police officer");
  });

  it('stays the <h1> when the <h1> is the story’s own headline', () => {
    const { hints } = htmlToText(`<head><meta property="og:site_name" content="Border Notes"></head>
      <body><h1>A judge rules on a police officer</h1><p>${post}</p></body>`);
    expect(hints.title).toBe('A judge rules on a police officer');
  });
});

describe('a date the <title> states', () => {
  it('dates the page when a part of its <title> is a date and nothing else does', () => {
    const { hints } = htmlToText(
      '<head><title>La cuestión mapuche - 07.12.2017 - LA NACION</title></head><body><p>Text.</p></body>',
    );
    expect(hints.published).toEqual({
      value: '07.12.2017',
      where: "the page's <title>: La cuestión mapuche - 07.12.2017 - LA NACION",
    });
  });

  it('is not a date inside the headline ("Remembering September 11, 2001"), nor one over the meta', () => {
    expect(
      htmlToText('<head><title>Remembering September 11, 2001 | Site</title></head><body><p>Text.</p></body>')
        .hints.published,
    ).toBeUndefined();
    expect(
      htmlToText(
        '<head><title>Story - 07.12.2017</title><meta property="article:published_time" content="2017-12-06"></head><body><p>Text.</p></body>',
      ).hints.published?.value,
    ).toBe('2017-12-06');
  });
});
