import { Parser } from 'htmlparser2';
import { dateInAddress, parsePrintedDate } from '../metadata/parse-date';
import { endsSentence, opensWithListMark, withoutAddressAfterName, wordCount } from '../text/words';
import { collapseHtmlWhitespace, metaValue, PARSE_OPTIONS, readPageStructure } from './main-content';
import { readStructuredData, type StructuredArticle } from './structured-data';

/*
 * HTML → text for the cleaner, on htmlparser2 (a tolerant, spec-following tokenizer that decodes every
 * HTML5 character reference with `entities`, including the Windows-1252 meaning of &#128;–&#159;).
 * Block elements become blocks; a table row becomes one block with its cells joined by a space; navigation,
 * footers, forms, hidden elements and scripts are dropped and reported; what the markup says about the page
 * (headline, dates, authors, address, site, court citation meta) becomes hints.
 */

/** What an HTML page states about itself in its markup, beyond its text. */
export type HtmlHints = {
  /** The first <h1>, else og:title/citation_title/JSON-LD headline, else <title>. */
  title?: string;
  titleSource?: 'h1' | 'og:title' | 'title';
  siteName?: string;
  /** The publication time as written in the markup (JSON-LD, article:published_time, citation_date, <time>). */
  published?: { value: string; where: string };
  authors: string[];
  /** <link rel="canonical">, og:url or the JSON-LD url. */
  url?: { value: string; where: string };
  language?: string;
  /** <figcaption> texts, which are not body text. */
  captions: string[];
  /** The JSON-LD @type of the page's article object, when it has one (NewsArticle, BlogPosting, …). */
  articleType?: string;
  /** Where the article type is stated: "JSON-LD", or "microdata" (an element's itemtype). */
  articleTypeWhere?: 'JSON-LD' | 'microdata';
  /** Paragraphs in the headline's element, apart from the story's (./main-content.ts): header, not body. */
  besideHeadline?: string[];
  /** The story element's own paragraphs (./main-content.ts): the story's, whatever their length. */
  storyParagraphs?: string[];
  /** The texts of the page's section headings (<h2>–<h6>), which are never its subtitle. */
  headings?: string[];
  /** citation_* meta (court and scholarly pages) seen. */
  citation?: { title?: string; publisher?: string };
  /** Texts of elements whose class names a byline: authors only when the markup names none elsewhere. */
  bylines?: string[];
  /**
   * The authors the page's elements name (rel="author" links, itemprop="author"), kept apart for when every author
   * its meta or JSON-LD names is an organisation ("Ediciones El País"), which leaves `authors` naming no person.
   */
  elementAuthors?: string[];
  /** Who the page's meta names as its publisher (publisher, dc.publisher, citation_publisher…). */
  publishers?: string[];
  /** The programs that made the page, as its generator metas name them ("Blogger", "WordPress 4.7.4"). */
  generators?: string[];
};

export type HtmlText = {
  /** One block per line, blocks separated by a blank line, ready for the text cleaner. */
  text: string;
  hints: HtmlHints;
  /**
   * Page furniture dropped by element (<nav>, <footer>…), with the text it held; `furniture` when the element
   * was dropped for what its markup says it is (`why`: its role, class or id, or that it is a list of links).
   */
  removedElements: Array<{
    tag: string;
    text: string;
    why?: string;
    /** The element's blocks (paragraphs, lines), each as the page sets it apart. */
    blocks?: string[];
    /** The element stands inside the article's own element (an article's <footer>, not the site's). */
    inArticle?: boolean;
  }>;
};

/** Elements whose content is never article text; what they hold is reported. */
const SKIPPED = new Set(['nav', 'footer', 'aside', 'form', 'button', 'select', 'dialog', 'menu']);
/** Elements whose content is code or media, not text; dropped silently. */
const RAW = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'math']);
const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'picture',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
/** Classes sites use for text that is only for screen readers or hidden. */
const HIDDEN_CLASS =
  /(?:^|\s)(?:element-invisible|sr-only|visually-hidden|screen-reader-text|off-screen|usa-sr-only|hidden)(?:\s|$)/i;

const clean = collapseHtmlWhitespace;

/** A <br> inside a paragraph, until the paragraph's text is read: a line break of the paragraph (a space). */
const LINE_BREAK = '\uE000';
/** A second <br> right after one (only white space between) ends the paragraph there. */
const DOUBLE_BREAK = /\uE000\s*$/u;
/** A line of running text: a finished sentence of this many words or more. */
const MIN_SENTENCE_LINE_WORDS = 6;
const isSentenceLine = (line: string) => wordCount(line) >= MIN_SENTENCE_LINE_WORDS && endsSentence(line);

/**
 * The blocks of a paragraph whose lines single <br>s broke: the lines of one entry ("The Pilot and the Little
 * Prince" / "Peter Sís" / "Foster Books, $18.99") are joined with a space; a line of running text ("Fronteras Desk" /
 * "This story is from the Fronteras Desk, …") and a list's item ("+ Added Slime Block", a line opening with a list's mark) stand apart.
 */
function paragraphLines(text: string): string[] {
  const blocks: string[] = [];
  let previous: string | null = null;
  for (const line of text.split(LINE_BREAK).map(clean)) {
    if (line === '') continue;
    if (previous !== null && !opensWithListMark(line) && !isSentenceLine(previous) && !isSentenceLine(line)) {
      previous = `${previous} ${line}`;
      blocks[blocks.length - 1] = previous;
      continue;
    }
    blocks.push(line);
    previous = line;
  }
  return blocks;
}

/** A part of a <title> that is a date and nothing else: day first with full stops, ISO, or with the month's name. */
const DATE_IN_TITLE =
  /^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|\p{L}{3,9}\.? \d{1,2}, \d{4}|\d{1,2} (?:de )?\p{L}{3,10},? (?:del? )?\d{4})$/u;

type Attributes = ReadonlyMap<string, string>;

/**
 * `<html lang>` as the archive writes a language: "en-us" → "en-US", "ES" → "es"; a tag it cannot write that
 * way ("zh-Hant-TW", "x-klingon") is not a hint, and the language is told from the text instead.
 */
export function languageTag(lang: string): string | null {
  const match = /^([a-z]{2})(?:[-_]([a-z]{2}))?$/i.exec(lang.trim());
  if (!match?.[1]) return null;
  return match[2] ? `${match[1].toLowerCase()}-${match[2].toUpperCase()}` : match[1].toLowerCase();
}

function isHidden(attributes: Attributes): boolean {
  if (attributes.has('hidden')) return true;
  if (attributes.get('aria-hidden')?.toLowerCase() === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attributes.get('style') ?? '')) return true;
  return HIDDEN_CLASS.test(attributes.get('class') ?? '');
}

/** A stock quote widget a site sets after a company's name (its ticker symbol, price and trend). */
const QUOTE_WIDGET = 'a stock quote widget (its ticker symbol)';
const QUOTE_WIDGET_CLASS = /(?:^|\s)(?:tickershortcode|quotecard[\w-]*|stock-?quote[\w-]*)(?:\s|$)/i;
const isQuoteWidget = (attributes: Attributes): boolean =>
  attributes.has('data-symbol') || QUOTE_WIDGET_CLASS.test(attributes.get('class') ?? '');

/** Meta that state when the article was published, as the publishing systems that write them name them. */
const PUBLISHED_META = new Set([
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'article.published',
  'published_time',
  'datepublished',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'pub_date',
  'original-publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'citation_publication_date',
  'citation_date',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.issued',
  'dcterms.created',
]);
/** A bare "date" (or Dublin Core's generic one): read only when no meta says "published". */
const DATE_META = new Set(['date', 'dcterms.date']);
const AUTHOR_META = new Set([
  'author',
  'article:author',
  'og:article:author',
  'byl',
  'citation_author',
  'dc.creator',
  'dcterms.creator',
  'parsely-author',
  'sailthru.author',
]);
/**
 * Meta naming who publishes the page: an author meta naming it names no person. (Not og:site_name, which a
 * personal blog sets to its author's name.)
 */
const PUBLISHER_META = new Set([
  'publisher',
  'article:publisher',
  'citation_publisher',
  'dc.publisher',
  'dcterms.publisher',
]);

/** Parse.ly's page meta: a JSON object whose `pub_date` and `author`/`authors` state the article's. */
function readParselyPage(content: string, hints: HtmlHints): void {
  let page: unknown;
  try {
    page = JSON.parse(content);
  } catch {
    return;
  }
  if (typeof page !== 'object' || page === null || Array.isArray(page)) return;
  const field = (key: string): unknown =>
    Object.hasOwn(page, key) ? (page as Record<string, unknown>)[key] : undefined;
  const published = field('pub_date');
  if (typeof published === 'string' && published.trim() !== '')
    hints.published ??= { value: clean(published), where: '<meta name="parsely-page"> pub_date' };
  const authors = field('authors') ?? field('author');
  for (const name of Array.isArray(authors) ? authors : [authors])
    if (typeof name === 'string' && name.trim() !== '' && !/^https?:/i.test(name))
      hints.authors.push(clean(name));
}

function readMeta(
  attributes: Attributes,
  hints: HtmlHints,
  metaTitle: { value?: string; source?: string },
  genericDate: { value?: { value: string; where: string } },
): void {
  const key = (
    attributes.get('property') ??
    attributes.get('name') ??
    attributes.get('itemprop') ??
    ''
  ).toLowerCase();
  const content = clean(metaValue((name) => attributes.get(name)) || (attributes.get('datetime') ?? ''));
  if (content === '') return;
  if (PUBLISHER_META.has(key) && !/^https?:/i.test(content))
    hints.publishers = [...(hints.publishers ?? []), content];
  if (key === 'generator') hints.generators = [...(hints.generators ?? []), content];
  if (key === 'og:site_name') hints.siteName ??= content;
  else if (key === 'parsely-page') readParselyPage(content, hints);
  else if (key === 'og:title' || key === 'citation_title') {
    metaTitle.value ??= content;
    metaTitle.source ??= key;
    if (key === 'citation_title') hints.citation = { ...hints.citation, title: content };
  } else if (PUBLISHED_META.has(key)) {
    hints.published ??= {
      value: content,
      where: `<meta ${attributes.has('property') ? 'property' : 'name'}="${key}" content="${content}">`,
    };
  } else if (DATE_META.has(key)) {
    genericDate.value ??= {
      value: content,
      where: `<meta ${attributes.has('property') ? 'property' : 'name'}="${key}" content="${content}">`,
    };
  } else if (AUTHOR_META.has(key)) {
    // Written with value= as with content= (a page saved by a parser's fixtures writes every meta so), as a date
    // or a title is.
    // An article:author is often a profile URL, and some sites name the outlet itself as author.
    // "Jane Roe (http://example.org/jane/)": the address is not part of the name.
    if (!/^https?:/i.test(content))
      hints.authors.push(withoutAddressAfterName(content.replace(/^by\s+/i, '')).trim());
  } else if (key === 'og:url') hints.url ??= { value: content, where: '<meta property="og:url">' };
  else if (key === 'citation_publisher' || key === 'dc.publisher') {
    hints.citation = { ...hints.citation, publisher: content };
  }
}

function applyStructured(found: StructuredArticle | null, hints: HtmlHints, metaTitle: { value?: string }) {
  if (!found) return;
  if (found.type !== '') {
    hints.articleType = found.type;
    hints.articleTypeWhere = 'JSON-LD';
  }
  if (found.datePublished && (found.type !== '' || !hints.published)) {
    // The JSON-LD article object is the most precise statement a page makes of its publication time.
    hints.published = {
      value: found.datePublished,
      where: `the page's JSON-LD ${found.type || 'page object'} datePublished`,
    };
  }
  if (found.headline) metaTitle.value = found.headline;
  if (found.authors.length > 0 && hints.authors.length === 0) hints.authors.push(...found.authors);
  if (found.publisher) hints.siteName ??= found.publisher;
  if (found.url && !hints.url)
    hints.url = { value: found.url, where: `the page's JSON-LD ${found.type} url` };
}

/** Pure HTML → text; never throws on broken markup. */
export function htmlToText(html: string): HtmlText {
  const hints: HtmlHints = { authors: [], captions: [] };
  const removedElements: HtmlText['removedElements'] = [];
  const blocks: string[] = [];
  const jsonLd: string[] = [];
  const metaTitle: { value?: string; source?: string } = {};
  const genericDate: { value?: { value: string; where: string } } = {};
  let current = '';
  let titleTag = '';
  let firstTime: { value: string; where: string } | null = null;
  /** The text of a <time> without datetime, which states its date in words ("August 18, 2010 3:21 PM PDT"). */
  let timeText: string | null = null;
  /** The element whose content is being dropped (reported unless raw), counted by nesting depth. */
  let skip: {
    tag: string;
    depth: number;
    text: string;
    report: boolean;
    raw: string | null;
    why?: string;
    inArticle?: boolean;
  } | null = null;
  let capture: { tag: 'h1' | 'figcaption'; text: string } | null = null;
  /** The heading being read, and the text of its links to other pages (a heading that is only such a link is a label). */
  let heading: { tag: string; text: string; linked: string } | null = null;
  let linkOut = 0;
  let inTitle = false;
  let inHead = false;
  /** How many <p> elements are open: inside one, a single <br> breaks a line of the paragraph, not the paragraph. */
  let paragraphDepth = 0;
  let cellCount = 0;

  // Text outside the article's element (menus, comment rules, "most read" lists) is furniture, reported.
  const structure = readPageStructure(html);
  const article = structure.article;
  if (structure.besideHeadline.length > 0) hints.besideHeadline = structure.besideHeadline;
  if (structure.storyParagraphs.length > 0) hints.storyParagraphs = structure.storyParagraphs;
  let outside = '';
  const breakBlock = () => {
    for (const block of paragraphLines(current)) blocks.push(block);
    current = '';
    const furniture = clean(outside);
    if (furniture !== '') removedElements.push({ tag: 'outside-article', text: furniture });
    outside = '';
  };

  const parser = new Parser(
    {
      onopentag(rawName, rawAttributes) {
        const name = rawName.toLowerCase();
        const attributes: Attributes = new Map(
          Object.entries(rawAttributes).map(([key, value]) => [key.toLowerCase(), value]),
        );
        if (
          name === 'time' &&
          !firstTime &&
          attributes.get('datetime') &&
          (!skip || skip.why !== undefined || (skip.tag === 'footer' && skip.inArticle === true))
        ) {
          // A <time datetime> dates the page even inside an element dropped for its markup (a post's meta line
          // beside its share buttons) or inside the article's own <footer> ("Posted on …"), but not inside <nav>,
          // <aside> or the site's <footer> (other posts' dates).
          const value = clean(attributes.get('datetime') ?? '');
          firstTime = { value, where: `<time datetime="${value}">` };
        } else if (
          name === 'time' &&
          !firstTime &&
          !attributes.has('datetime') &&
          (!skip || skip.why !== undefined || (skip.tag === 'footer' && skip.inArticle === true))
        )
          timeText = '';
        if (skip) {
          if (name === skip.tag) skip.depth++;
          // The dropped text is reported: its blocks and lines stay apart ("Home News", not "HomeNews").
          if (skip.raw === null && (BLOCK.has(name) || name === 'br')) skip.text += '\n';
          return;
        }
        if (name === 'head') inHead = true;
        const lang = name === 'html' ? languageTag(attributes.get('lang') ?? '') : null;
        if (lang) hints.language = lang;
        if (name === 'meta') return readMeta(attributes, hints, metaTitle, genericDate);
        if (name === 'link') {
          if (attributes.get('rel')?.toLowerCase() === 'canonical' && attributes.get('href')) {
            hints.url = { value: attributes.get('href') ?? '', where: '<link rel="canonical">' };
          }
          return;
        }
        if (name === 'title' && !inTitle && titleTag === '') {
          inTitle = true;
          return;
        }
        if (name === 'script' && /ld\+json/i.test(attributes.get('type') ?? '')) {
          skip = { tag: name, depth: 1, text: '', report: false, raw: '' };
          return;
        }
        if (!inHead && isQuoteWidget(attributes)) {
          // Inline, inside a sentence ("Apple Watch <span data-symbol="aapl">…</span> users"): no block break.
          skip = { tag: name, depth: 1, text: '', report: true, raw: null, why: QUOTE_WIDGET };
          return;
        }
        if (RAW.has(name) || SKIPPED.has(name) || (!inHead && isHidden(attributes))) {
          breakBlock();
          const inArticle =
            article !== null && parser.startIndex >= article.start && parser.startIndex < article.end;
          skip = { tag: name, depth: 1, text: '', report: !RAW.has(name), raw: null, inArticle };
          return;
        }
        const why = structure.furniture.get(parser.startIndex);
        if (why !== undefined) {
          breakBlock();
          skip = { tag: name, depth: 1, text: '', report: true, raw: null, why };
          return;
        }
        if (name === 'br') {
          // "<p><strong>Title</strong><br>Author<br>Publisher</p>": one paragraph's lines; "<br> <br>" ends it.
          if (paragraphDepth === 0) return breakBlock();
          if (!DOUBLE_BREAK.test(current)) {
            current += LINE_BREAK;
            return;
          }
          current = current.replace(DOUBLE_BREAK, '');
          return breakBlock();
        }
        if (name === 'p') paragraphDepth++;
        if (name === 'td' || name === 'th') {
          if (cellCount++ > 0) current += ' ';
          return;
        }
        if (name === 'tr') cellCount = 0;
        if (name === 'h1' || name === 'figcaption') {
          breakBlock();
          capture = { tag: name, text: '' };
          return;
        }
        if (/^h[2-6]$/.test(name) && heading === null) heading = { tag: name, text: '', linked: '' };
        if (name === 'a' && heading !== null && !(attributes.get('href') ?? '#').startsWith('#')) linkOut++;
        if (BLOCK.has(name)) breakBlock();
      },
      ontext(text) {
        if (timeText !== null) timeText += text;
        if (inTitle) {
          titleTag += text;
          return;
        }
        if (skip) {
          if (skip.raw !== null) skip.raw += text;
          else skip.text += text;
          return;
        }
        if (inHead) return;
        if (article && (parser.startIndex < article.start || parser.startIndex >= article.end)) {
          outside += text;
          return;
        }
        if (capture) {
          capture.text += text;
          if (capture.tag === 'figcaption') return;
        }
        if (heading) {
          heading.text += text;
          if (linkOut > 0) heading.linked += text;
        }
        current += text;
      },
      onclosetag(rawName) {
        const name = rawName.toLowerCase();
        if (name === 'time' && timeText !== null) {
          // Its text dates the page as a <time datetime> would, when it is a date (with or without its clock).
          const value = clean(timeText);
          if (!firstTime && parsePrintedDate(value) !== null)
            firstTime = { value, where: `<time>${value}</time>` };
          timeText = null;
        }
        if (skip) {
          // A block's end parts it from the text after it, as its start does.
          if (skip.raw === null && BLOCK.has(name)) skip.text += '\n';
          if (name === skip.tag && --skip.depth === 0) {
            if (skip.raw !== null) jsonLd.push(skip.raw);
            else if (skip.report && clean(skip.text) !== '') {
              const blocks = skip.text
                .split('\n')
                .map(clean)
                .filter((block) => block !== '');
              removedElements.push(
                skip.why === undefined
                  ? { tag: skip.tag, text: clean(skip.text), blocks, inArticle: skip.inArticle === true }
                  : { tag: 'furniture', text: clean(skip.text), why: skip.why, blocks },
              );
            }
            skip = null;
          }
          return;
        }
        if (name === 'head') inHead = false;
        if (name === 'p') paragraphDepth = Math.max(0, paragraphDepth - 1);
        if (name === 'title') inTitle = false;
        if (name === 'a' && linkOut > 0) linkOut--;
        if (heading?.tag === name) {
          const text = clean(heading.text);
          // A heading that is only a link to another page (a country or section tag: <h4><a href="/country/…">) labels
          // the story; it is no section of it.
          // The heading the page sets as the headline's deck, right under it, is the header's subtitle, no section.
          if (text !== '' && clean(heading.linked) !== text && !structure.besideHeadline.includes(text))
            hints.headings = [...(hints.headings ?? []), text];
          heading = null;
          linkOut = 0;
        }
        if ((name === 'h1' || name === 'figcaption') && capture?.tag === name) {
          const text = clean(capture.text);
          if (name === 'h1' && text !== '' && hints.titleSource !== 'h1' && structure.headline === null) {
            hints.title = text;
            hints.titleSource = 'h1';
          }
          if (name === 'figcaption' && text !== '') hints.captions.push(text);
          capture = null;
          breakBlock();
          return;
        }
        if (BLOCK.has(name)) breakBlock();
      },
    },
    PARSE_OPTIONS,
  );
  parser.write(html);
  parser.end();
  breakBlock();

  if (structure.headline) {
    // The first <h1> that is not the site's name, or the heading the page's meta names (./main-content.ts).
    hints.title = structure.headline;
    hints.titleSource = 'h1';
  }
  const metaPublished = hints.published;
  applyStructured(readStructuredData(jsonLd), hints, metaTitle);
  // Two publication dates that disagree (the meta's and the JSON-LD's): the one the page's own address carries
  // ("/2026/07/27/") is the page's; without that evidence the JSON-LD's stands.
  if (metaPublished && hints.published && hints.published !== metaPublished) {
    const day = (value: string) => parsePrintedDate(value) ?? parsePrintedDate(value.slice(0, 10));
    const addressDay = dateInAddress(hints.url?.value ?? '');
    if (
      addressDay !== null &&
      day(metaPublished.value) === addressDay &&
      day(hints.published.value) !== addressDay
    )
      hints.published = {
        ...metaPublished,
        where: `${metaPublished.where}, the date the page's address carries`,
      };
  }
  if (!hints.published && structure.microdata.published) hints.published = structure.microdata.published;
  if (hints.authors.length === 0) hints.authors.push(...structure.microdata.authors);
  else if (structure.microdata.authors.length > 0) hints.elementAuthors = structure.microdata.authors;
  if (structure.microdata.bylines.length > 0) hints.bylines = structure.microdata.bylines;
  if (!hints.articleType && structure.microdata.type) {
    hints.articleType = structure.microdata.type;
    hints.articleTypeWhere = 'microdata';
  }
  if (hints.titleSource !== 'h1' && metaTitle.value) {
    hints.title = metaTitle.value;
    hints.titleSource = 'og:title';
  }
  const title = clean(titleTag);
  if (title !== '' && hints.title === undefined) {
    hints.title = title;
    hints.titleSource = 'title';
  }
  if (!hints.published && firstTime) hints.published = firstTime;
  // A bare "date" meta is the weakest statement: only when nothing says when the article was published.
  if (!hints.published && genericDate.value) hints.published = genericDate.value;
  // "La cuestión mapuche - 07.12.2017 - LA NACION": a date the <title> states, when nothing else dates the page.
  const titleDate = title
    .split(/\s+[|–—:»-]\s+/u)
    .find((part) => DATE_IN_TITLE.test(part.trim()))
    ?.trim();
  if (!hints.published && titleDate)
    hints.published = { value: titleDate, where: `the page's <title>: ${title}` };
  return { text: blocks.join('\n\n'), hints, removedElements };
}
