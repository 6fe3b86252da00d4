import { DomUtils, parseDocument } from 'htmlparser2';
import { collapseWhitespace, comparisonKey, lowerCaseShare, wordCount } from '../text/words';
import {
  findFurniture,
  headingPermalinks,
  isWithin,
  type LongParagraphs,
  longParagraphs,
  mainParagraphParent,
} from './furniture';
import { authorPageName, isArticleType } from './structured-data';

/*
 * Where a saved HTML page's article is: the smallest element around its headline (<h1>) that holds most of
 * the page's paragraph text. Menus, login boxes, comment rules, "most read" lists and footers around it are
 * page furniture. A page without an <h1>, or whose paragraphs are not gathered around it, is read whole.
 * Inside what is read, elements that mark themselves as furniture (./furniture.ts) are dropped too.
 */

/** The share of the page's long-paragraph text the article's element must hold. */
const ARTICLE_SHARE = 0.6;

type DomDocument = ReturnType<typeof parseDocument>;
type DomNode = DomDocument['children'][number];

/** The parse options the streaming reader (html-to-text.ts) uses too, so source indices agree. */
export const PARSE_OPTIONS = {
  decodeEntities: true,
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
  recognizeSelfClosing: true,
} as const;

/** HTML whitespace collapses; a no-break space (&nbsp;) is a character and stays. */
export const collapseHtmlWhitespace = (text: string) =>
  text.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ +| +$/g, '');

const textOf = (node: DomNode) => collapseHtmlWhitespace(DomUtils.textContent(node));
/** Texts compared as the ingester compares names: a typographic apostrophe or dash is the plain one ("it’s", "it's"). */
const keyOf = (text: string) => comparisonKey(collapseWhitespace(text));

export type PageStructure = {
  /** The source range [start, end) of the article's element, or null to read the whole page. */
  article: { start: number; end: number } | null;
  /** Furniture elements by the source index where each starts, with why they are furniture. */
  furniture: Map<number, string>;
  /**
   * Paragraphs that stand in the headline's element while the story's paragraphs are in another one (a
   * standfirst under the <h1>): the markup's evidence that they are the page's header, not its body.
   */
  besideHeadline: string[];
  /**
   * The paragraphs (<p>) of the element that holds the story's long paragraphs, short ones too ("Link:
   * simdjson."): the markup's evidence that they are the story's own, wherever their shape alone would leave.
   */
  storyParagraphs: string[];
  /** The headline's text: the first <h1> that is not the site's name, else the heading the page's meta names. */
  headline: string | null;
  /**
   * Publication time and authors stated in microdata (itemprop) or rel="author" links, and the schema.org
   * article type an element declares (itemtype="http://schema.org/BlogPosting").
   */
  microdata: {
    published?: { value: string; where: string };
    authors: string[];
    type?: string;
    /** The texts of elements whose class names a byline ("byline", "firma", "autor"), for when nothing else names an author. */
    bylines: string[];
  };
};

type DomElement = Extract<DomNode, { attribs: unknown }>;
const attribute = (element: DomElement, name: string) =>
  Object.hasOwn(element.attribs, name) ? (element.attribs[name] ?? '') : '';

/** An address that is a site's home page ("/", "https://www.example.com/"). */
const HOME_ADDRESS = /^(?:\/|https?:\/\/[^/]+\/?)$/i;

/**
 * A site's name set as an <h1> (blog themes do): its class or id says so, it links home or sits in a link home
 * (`<a href="/"><h1>The Site</h1></a>`, a masthead's logo), or it is og:site_name.
 */
function isSiteTitle(element: DomElement, siteNames: readonly string[]): boolean {
  const names = `${attribute(element, 'class')} ${attribute(element, 'id')}`;
  if (/(?:^|[\s_-])(?:site|blog)[-_]?(?:title|name)|(?:^|[\s_-])(?:logo|brand)/i.test(names)) return true;
  const links = DomUtils.getElementsByTagName('a', element, true);
  if (links.length === 1 && HOME_ADDRESS.test(attribute(links[0] as DomElement, 'href').trim())) return true;
  const link = element.parent;
  if (link && 'name' in link && link.name === 'a' && HOME_ADDRESS.test(attribute(link, 'href').trim()))
    return true;
  const key = keyOf(textOf(element));
  return siteNames.some((name) => keyOf(name) === key);
}

/**
 * What a <meta> states: its `content`, or its `value` where a page (or a saved copy's tool) writes that instead
 * (`<meta name="article:published_time" value="…">`).
 */
export const metaValue = (get: (name: string) => string | undefined): string =>
  get('content') || get('value') || '';

/** The page's headline element (see PageStructure.headline). */
function findHeadline(document: DomDocument): DomElement | null {
  const metaOf = (key: string) =>
    DomUtils.findOne(
      (element) =>
        element.name === 'meta' &&
        [attribute(element, 'property'), attribute(element, 'name')].some((k) => k.toLowerCase() === key),
      document.children,
      true,
    );
  const metaContent = (key: string) => {
    const meta = metaOf(key);
    return meta ? collapseHtmlWhitespace(metaValue((name) => attribute(meta, name))) : '';
  };
  const titleElement = DomUtils.findOne((element) => element.name === 'title', document.children, true);
  const titleParts = (titleElement ? textOf(titleElement) : '').split(/\s+[|–—:»-]\s+/u);
  const siteName = metaContent('og:site_name');
  // "Post | Blog" names the blog as the <title>'s last part.
  const siteNames = [siteName, ...(titleParts.length > 1 ? [titleParts.at(-1) ?? ''] : [])].filter(
    (name) => name !== '',
  );
  const h1s = DomUtils.findAll((element) => element.name === 'h1', document.children);
  const first = h1s.find((h1) => textOf(h1) !== '' && !isSiteTitle(h1, siteNames));
  const wanted = [metaContent('og:title'), titleParts[0] ?? ''].map(keyOf).filter((key) => key !== '');
  const named = DomUtils.findOne(
    (element) => /^h[1-6]$/.test(element.name) && wanted.includes(keyOf(textOf(element))),
    document.children,
    true,
  );
  // A blog theme sets the blog's name as the <h1> and the post's title in a smaller heading: when the <h1> is
  // not what the page's og:title or <title> names and another heading is, that heading is the headline.
  if (first && (named === null || wanted.includes(keyOf(textOf(first))))) return first;
  return named ?? first ?? h1s[0] ?? null;
}

/**
 * A class that names the element a byline, in English or Spanish ("byline", "post-author", "firma", "autor"), BEM's
 * double underscore too ("mdl-article-params__author").
 */
const BYLINE_CLASS = /^(?:[a-z]+(?:[-_]|__))*(?:byline|firma|autor|author)(?:(?:[-_]|__)(?:name|link))?$/i;
/** An id names a byline as a class does; a trailing "id" is the id's own word ("flame_author_id"). */
const bylineId = (id: string) => id.replace(/(?:[-_]|__)id$/i, '');
/** A byline is a name, perhaps with a place or outlet: no longer than this. */
const MAX_BYLINE_WORDS = 8;

/** Whether an element sits in a quotation (a <blockquote> or <q>, a pull quote): the author named there is the quote's. */
function inQuotation(element: DomNode): boolean {
  for (let at: DomNode | null = element; at; at = at.parent)
    if (
      'attribs' in at &&
      (at.name === 'blockquote' || at.name === 'q' || /quote/i.test(attribute(at, 'class')))
    )
      return true;
  return false;
}

/** itemprop="datePublished" and itemprop="author" outside <meta> (read with the meta), rel="author" links. */
function readMicrodata(document: DomDocument): PageStructure['microdata'] {
  const microdata: PageStructure['microdata'] = { authors: [], bylines: [] };
  for (const element of DomUtils.findAll((e) => e.name !== 'meta', document.children)) {
    if (
      !inQuotation(element) &&
      [...attribute(element, 'class').split(/\s+/), bylineId(attribute(element, 'id'))].some((token) =>
        BYLINE_CLASS.test(token),
      )
    ) {
      const byline = textOf(element).replace(/^(?:by|por)\s+/i, '');
      if (
        byline !== '' &&
        byline.split(' ').length <= MAX_BYLINE_WORDS &&
        !microdata.bylines.includes(byline)
      )
        microdata.bylines.push(byline);
    }
    const type = /^https?:\/\/schema\.org\/(\w+)\/?$/i.exec(attribute(element, 'itemtype').trim())?.[1];
    if (type && !microdata.type && isArticleType(type)) microdata.type = type;
    const prop = attribute(element, 'itemprop').toLowerCase().split(/\s+/);
    if (prop.includes('datepublished') && !microdata.published) {
      const value = collapseHtmlWhitespace(
        attribute(element, 'datetime') || attribute(element, 'content') || textOf(element),
      );
      if (value !== '') microdata.published = { value, where: `<${element.name} itemprop="datePublished">` };
    }
    // A link to the author's own page whose text is the name its address spells (/authors/jane-roe).
    const linked = element.name === 'a' ? authorPageName(attribute(element, 'href'), textOf(element)) : null;
    if (linked !== null && !inQuotation(element) && !microdata.authors.includes(linked)) {
      microdata.authors.push(linked);
      continue;
    }
    const isAuthor =
      prop.includes('author') ||
      (element.name === 'a' && attribute(element, 'rel').toLowerCase().split(/\s+/).includes('author'));
    if (!isAuthor) continue;
    const nameElement = DomUtils.findOne(
      (e) => attribute(e, 'itemprop').toLowerCase() === 'name',
      element.children,
      true,
    );
    const name = textOf(nameElement ?? element).replace(/^by\s+/i, '');
    // A name, not a paragraph about the author.
    if (name !== '' && name.split(' ').length <= 5 && !microdata.authors.includes(name))
      microdata.authors.push(name);
  }
  return microdata;
}

/**
 * Class names and microdata that mark an element as the headline's subtitle (deck, standfirst, summary), in the
 * words publishing systems use ("subtitulo", "bajada", "entradilla", itemprop="description").
 */
const SUBTITLE_CLASS =
  /(?:^|[\s_-])(?:sub-?title|subtitulo|sub-?head(?:line)?|dek|deck|standfirst|strapline|intro|bajada|entradilla|sumario|summary)(?:$|[\s_-])/i;
const SUBTITLE_PROP = /(?:^|\s)(?:description|alternativeheadline|abstract)(?:$|\s)/i;

/**
 * The blocks of elements between the headline and the story's paragraphs that mark themselves as the headline's
 * subtitle (a deck in a list, a standfirst paragraph): the markup's evidence that they are the header's.
 */
function subtitleBlocks(document: DomDocument, headline: DomElement, main: DomNode): string[] {
  const start = headline.endIndex ?? -1;
  const storyStart = main.startIndex ?? -1;
  if (start < 0 || storyStart <= start) return [];
  const marked = DomUtils.findAll(
    (element) =>
      (element.startIndex ?? -1) > start &&
      (element.startIndex ?? Number.MAX_SAFE_INTEGER) < storyStart &&
      !isWithin(main, element) &&
      (SUBTITLE_CLASS.test(attribute(element, 'class')) ||
        SUBTITLE_PROP.test(attribute(element, 'itemprop'))),
    document.children,
  );
  const outermost = marked.filter(
    (element) => !marked.some((other) => other !== element && isWithin(element, other)),
  );
  return outermost.flatMap((element) => {
    const items = DomUtils.findAll((e) => e.name === 'li' || e.name === 'p', element.children).map(textOf);
    const blocks = items.length > 0 ? items : [textOf(element)];
    return blocks.filter((text) => text !== '');
  });
}

/** A deck set as a heading is a sentence's length: a section heading is shorter. */
const MIN_DECK_HEADING_WORDS = 8;
const MAX_DECK_HEADING_WORDS = 50;

/**
 * The heading set right under the headline, as the next element after the <h1>, that reads as a sentence (most of
 * its words in lower case, a sentence's length): the headline's deck ("<h1>Olivia Munn: Queen of the Uncool</h1>
 * <h2>The Web and cable star has achieved fame by targeting …</h2>"), not a section of the story, which a heading
 * of a few words in title case is.
 */
function deckHeading(headline: DomElement): string | null {
  let next = headline.next;
  while (next && !('name' in next && /^(?:h[2-6]|p|div|span|a|time)$/.test(next.name))) next = next.next;
  if (!next || !('name' in next) || !/^h[2-6]$/.test(next.name)) return null;
  const text = textOf(next);
  const words = wordCount(text);
  return words >= MIN_DECK_HEADING_WORDS && words <= MAX_DECK_HEADING_WORDS && lowerCaseShare(text) >= 0.5
    ? text
    : null;
}

function articleRange(paragraphs: LongParagraphs, headline: DomNode | null): PageStructure['article'] {
  if (!headline || paragraphs.total === 0) return null;
  for (let element = headline.parent; element && 'name' in element; element = element.parent) {
    if (paragraphs.heldBy(element) >= ARTICLE_SHARE * paragraphs.total) {
      if (element.name === 'body' || element.name === 'html') return null;
      return element.startIndex === null || element.endIndex === null
        ? null
        : { start: element.startIndex, end: element.endIndex + 1 };
    }
  }
  return null;
}

/** Where the article is and which elements are furniture, from one parse of the page. */
export function readPageStructure(html: string): PageStructure {
  const document = parseDocument(html, { ...PARSE_OPTIONS, withStartIndices: true, withEndIndices: true });
  const headline = findHeadline(document);
  const paragraphs = longParagraphs(document);
  const main = mainParagraphParent(paragraphs);
  const top = headline?.parent ?? null;
  const besideHeadline = [
    ...(top && main && !isWithin(main, top)
      ? DomUtils.findAll((element) => element.name === 'p', top.children)
          .map((element) => collapseWhitespace(DomUtils.textContent(element)))
          .filter((text) => text !== '')
      : []),
    ...(headline && main ? subtitleBlocks(document, headline, main) : []),
    ...(headline ? [deckHeading(headline) ?? []].flat() : []),
  ];
  return {
    article: articleRange(paragraphs, headline),
    besideHeadline,
    storyParagraphs:
      main && 'children' in main
        ? DomUtils.filter((node) => 'name' in node && node.name === 'p', main.children, false)
            .concat(
              // A list set among the story's paragraphs is the story's too: its items are its blocks.
              DomUtils.filter(
                (node) => 'name' in node && /^[ou]l$/.test(node.name),
                main.children,
                false,
              ).flatMap((list) =>
                'children' in list
                  ? DomUtils.filter((node) => 'name' in node && node.name === 'li', list.children, false)
                  : [],
              ),
            )
            .map(textOf)
        : [],
    headline: headline ? textOf(headline) : null,
    microdata: readMicrodata(document),
    furniture: new Map([
      ...findFurniture(
        document,
        [headline, main].filter((node): node is DomNode => node !== null),
        paragraphs,
      ),
      ...headingPermalinks(document),
    ]),
  };
}
