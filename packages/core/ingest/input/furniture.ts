import { DomUtils, type parseDocument } from 'htmlparser2';
import { collapseWhitespace, endsSentence } from '../text/words';

/*
 * Page furniture an HTML page marks as such, found without knowing the site: an element whose ARIA role is a
 * landmark other than the main one (navigation, banner, complementary, contentinfo, search), whose class, id
 * or aria-label names a furniture kind (share buttons, related links, newsletter sign-up, cookie notice,
 * comments, promotions, breadcrumbs, sidebars…), or that is a list of links (menus, tag lists, "most read").
 * Never the element that holds the headline or the page's main run of paragraphs, nor one around them: a
 * furniture word in the class of an article's wrapper ("post has-comments") does not make it furniture.
 */

type DomDocument = ReturnType<typeof parseDocument>;
type DomNode = DomDocument['children'][number];
type DomElement = Extract<DomNode, { attribs: unknown }>;

const isElement = (node: DomNode): node is DomElement => 'attribs' in node;

/** ARIA landmark roles that are never the article. */
const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'banner',
  'complementary',
  'contentinfo',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
]);

/**
 * Words sites use in class names, ids and aria-labels for furniture; matched inside a token ("sharedaddy",
 * "jp-relatedposts", "mostread"). Words that could name an article's own parts (header, meta, byline, date,
 * title) are not here: those blocks carry the metadata the text rules read.
 */
const FURNITURE_WORDS = [
  'share',
  'sharing',
  'social',
  'related',
  'newsletter',
  'subscribe',
  'signup',
  'sign-up',
  'cookie',
  'consent',
  'gdpr',
  'comment',
  'disqus',
  'promo',
  'advert',
  'sponsor',
  'sidebar',
  'widget',
  'breadcrumb',
  'pagination',
  'pager',
  'navbar',
  'navigation',
  'menu',
  'masthead',
  'outbrain',
  'taboola',
  'popular',
  'mostread',
  'most-read',
  'trending',
  'recommend',
  'more-stories',
  'tagcloud',
  'tag-list',
  'post-tags',
  'entry-tags',
  'author-bio',
  'author-box',
  'paywall',
  'modal',
  'popup',
  'banner',
  'site-header',
  'site-title',
  'site-description',
  'site-branding',
  'tagline',
  'skip-link',
  'skip-to',
  'donate',
  'donation',
  'follow-us',
  'reactions',
  'reblog',
  // A pull quote repeats the story's words in large type; a copyright box credits a picture or the site.
  'pullquote',
  'pull-quote',
  'copyright',
  // A picture's caption and credit line ("wp-caption-text", "image-caption", "cutline") say what a picture shows.
  'caption',
  'cutline',
  // The same kinds in Spanish sites' class names: comments, sharing, related, advertising, newsletter, tools.
  'comenta',
  'compartir',
  'relacionad',
  'publicidad',
  'boletin',
  'herramienta',
  'suscrib',
];
/** Short words matched only as a whole token ("ad", not "header"; "nav", not "canvas"). */
const FURNITURE_TOKENS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'nav',
  'tags',
  'print',
  'footer',
  'search',
  'login',
  'tools',
  'credit',
]);

/** Class names page builders give every element, article text included; they say nothing of furniture. */
const PAGE_BUILDER_TOKEN = /^(?:elementor|et_pb|et-|wp-block|fl-|vc_|wpb_|brxe-|kt-)/;

/** An element that holds this share of the page's long-paragraph text is part of the story, whatever its class. */
const STORY_SHARE = 0.25;

/**
 * A section of readers' comments ("visitors_comment_block", "disqus_thread", "comentarios"): its paragraphs are
 * long as the story's are, so its share of the page's text says nothing; set apart from the story's elements, it is
 * never the story. ("Commentary" names an opinion piece, not its readers' comments.)
 */
const COMMENTS = /comment(?!ar)|disqus|comentario/;

/**
 * A heading that names other content ("Other Opinion Columns", "More stories", "Most Popular Stories",
 * "You may also like", "Lea también", "Noticias relacionadas"): the section under it is a list of other stories.
 */
const OTHER_CONTENT_HEADING =
  /^(?:more (?:stories|news|from|on|in|articles|coverage|columns|to read)|other\b.{0,30}\b(?:columns|stories|articles|news|posts)|related\b|recommended\b|(?:most|top) (?:popular|read|viewed|shared)|popular\b|trending\b|you (?:may|might) (?:also )?like|read (?:more|next|also)|also (?:on|in|read)|editor'?s picks|lea tambi[eé]n|te puede interesar|m[aá]s (?:noticias|le[ií]d[oa]s|vist[oa]s)|lo m[aá]s (?:le[ií]do|visto)|noticias relacionadas|otras? (?:noticias|columnas|notas))/i;
const MAX_HEADING_WORDS = 6;
/** A section of other stories links to at least this many of them. */
const MIN_SECTION_LINKS = 2;

/** A link list: at least this many links… */
const MIN_LIST_LINKS = 3;
/** …holding at least this share of the element's letters… */
const MIN_LINK_SHARE = 0.75;
/** …and at most this many letters outside its links. */
const MAX_UNLINKED_LETTERS = 60;
/** A <p> this long is article-like text. */
export const LONG_PARAGRAPH = 80;

const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table', 'menu']);

/** Elements judged: blocks, never inline text (a link or span inside a sentence). */
const BLOCKS: ReadonlySet<string> = new Set([
  'aside',
  'div',
  'dl',
  'figure',
  'footer',
  'form',
  'header',
  'li',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'table',
  'ul',
]);

const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;

/** Why an element's own markup says it is furniture, or null. */
export function furnitureHint(attributes: Readonly<Record<string, string>>): string | null {
  const get = (name: string) => (Object.hasOwn(attributes, name) ? (attributes[name] ?? '') : '');
  const role = get('role').trim().toLowerCase();
  if (FURNITURE_ROLES.has(role)) return `role="${role}"`;
  for (const name of ['class', 'id', 'aria-label']) {
    for (const token of get(name).toLowerCase().split(/\s+/)) {
      // Page builders name every box a widget ("elementor-widget-text-editor"), the story's text boxes too.
      if (token === '' || PAGE_BUILDER_TOKEN.test(token)) continue;
      const parts = token.split(/[-_]/);
      const word =
        FURNITURE_WORDS.find((w) => token.includes(w)) ?? parts.find((part) => FURNITURE_TOKENS.has(part));
      if (word) return `${name}="${get(name).trim()}"`;
    }
  }
  return null;
}

export function isWithin(node: DomNode, ancestor: DomNode): boolean {
  for (let at: DomNode | null = node; at; at = at.parent) if (at === ancestor) return true;
  return false;
}

/** The page's article-like paragraphs (<p> of LONG_PARAGRAPH characters or more), their total length, and how much of it an element holds. */
export type LongParagraphs = {
  list: ReadonlyArray<{ element: DomNode; length: number }>;
  total: number;
  heldBy: (container: DomNode) => number;
};

export function longParagraphs(document: DomDocument): LongParagraphs {
  const list = DomUtils.findAll((element) => element.name === 'p', document.children)
    .map((element) => ({
      element: element as DomNode,
      length: collapseWhitespace(DomUtils.textContent(element)).length,
    }))
    .filter((paragraph) => paragraph.length >= LONG_PARAGRAPH);
  return {
    list,
    total: list.reduce((sum, paragraph) => sum + paragraph.length, 0),
    heldBy: (container) =>
      list
        .filter((paragraph) => isWithin(paragraph.element, container))
        .reduce((sum, paragraph) => sum + paragraph.length, 0),
  };
}

/** A section that opens with a heading naming other content and links to other stories. */
function otherContentHeading(element: DomElement): string | null {
  if (!LIST_TAGS.has(element.name)) return null;
  const heading = DomUtils.findOne((e) => /^h[2-6]$/.test(e.name), element.children, true);
  if (!heading) return null;
  const text = collapseWhitespace(DomUtils.textContent(heading));
  const opens = collapseWhitespace(DomUtils.textContent(element)).startsWith(text);
  if (!opens || text.split(' ').length > MAX_HEADING_WORDS || !OTHER_CONTENT_HEADING.test(text)) return null;
  return DomUtils.getElementsByTagName('a', element, true).length >= MIN_SECTION_LINKS ? text : null;
}

/** A link standing as a paragraph of its own: at most this many words, this share of its letters linked. */
const MAX_LINK_PARAGRAPH_WORDS = 15;
const MIN_LINK_PARAGRAPH_SHARE = 0.9;

/** A label before a link ("Read also:", "More:", "Lea también:"): a few words ending in a colon. */
const MAX_LABEL_WORDS = 3;

/**
 * A paragraph that is only a link and no sentence ("Learn more about our programs", "Read the full report"), or
 * a label and a link ("Read also: Opinion: Rwandan genocide arrest offers solace to survivors"): a pointer to
 * another page set between the story's paragraphs.
 */
function isLinkParagraph(element: DomElement): boolean {
  if (element.name !== 'p') return false;
  const links = DomUtils.getElementsByTagName('a', element, true);
  if (links.length === 0) return false;
  const text = collapseWhitespace(DomUtils.textContent(element));
  if (text === '' || text.split(' ').length > MAX_LINK_PARAGRAPH_WORDS || endsSentence(text)) return false;
  const all = letters(text);
  const linkTexts = links.map((link) => collapseWhitespace(DomUtils.textContent(link)));
  const linked = linkTexts.reduce((sum, link) => sum + letters(link), 0);
  if (all > 0 && linked / all >= MIN_LINK_PARAGRAPH_SHARE) return true;
  // The words before the link: a label ending in a colon, the link running to the paragraph's end.
  const [link] = linkTexts;
  if (links.length !== 1 || !link || !text.endsWith(link)) return false;
  const label = text.slice(0, text.length - link.length).trim();
  return /:$/u.test(label) && label.split(' ').length <= MAX_LABEL_WORDS;
}

/** An image's caption is at most this many words. */
const MAX_CAPTION_WORDS = 40;
/** Boxes that hold an image and its caption between a story's paragraphs (never a <p>, which may hold an icon). */
const IMAGE_BOXES: ReadonlySet<string> = new Set(['div', 'figure', 'span', 'section', 'aside']);

/**
 * A box set among the story's paragraphs that holds an image and a few words and no paragraph of the story's
 * length: the image and its caption ("Felician Kabuga's trial will be closely watched around the world").
 */
function isImageBox(element: DomElement, paragraphs: LongParagraphs): boolean {
  if (!IMAGE_BOXES.has(element.name)) return false;
  if (DomUtils.getElementsByTagName('img', element, true).length === 0) return false;
  const text = collapseWhitespace(DomUtils.textContent(element));
  return text !== '' && text.split(' ').length <= MAX_CAPTION_WORDS && paragraphs.heldBy(element) === 0;
}

/**
 * An inline element set right after an image (or the box holding it and no words), its class naming a caption
 * (`<div><img …></div><span class="feat-caption">Users reported …</span>`): the image's caption, though no block
 * holds it apart from the story.
 */
function isCaptionBesideImage(element: DomElement): boolean {
  if (element.name !== 'span') return false;
  let previous = element.prev;
  while (previous && !isElement(previous) && DomUtils.textContent(previous).trim() === '')
    previous = previous.prev;
  const className = Object.hasOwn(element.attribs, 'class') ? (element.attribs.class ?? '') : '';
  // The image alone, or the box holding it and no words.
  const image =
    !!previous &&
    isElement(previous) &&
    (previous.name === 'img' ||
      (DomUtils.getElementsByTagName('img', previous, true).length > 0 &&
        collapseWhitespace(DomUtils.textContent(previous)) === ''));
  return image && /caption|cutline/i.test(className);
}

/** A list of links: menus, tag lists, related and "most read" lists. */
function isLinkList(element: DomElement): boolean {
  if (!LIST_TAGS.has(element.name)) return false;
  const links = DomUtils.getElementsByTagName('a', element, true);
  if (links.length < MIN_LIST_LINKS) return false;
  const all = letters(DomUtils.textContent(element));
  const linked = links.reduce((sum, link) => sum + letters(DomUtils.textContent(link)), 0);
  return all > 0 && linked / all >= MIN_LINK_SHARE && all - linked <= MAX_UNLINKED_LETTERS;
}

/** A list's title is a few words ("Further reading", "Related topics:"). */
const MAX_LIST_TITLE_WORDS = 4;

/**
 * The title set right above a list of links, as the element before it: a few words, no sentence and no link of
 * its own ("Further reading" over three other stories' headlines). It leaves with its list; an element that holds
 * the headline or the story's paragraphs never does.
 */
function listTitle(list: DomElement, keep: readonly DomNode[]): DomElement | null {
  let previous = list.prev;
  while (previous && !isElement(previous) && DomUtils.textContent(previous).trim() === '')
    previous = previous.prev;
  if (!previous || !isElement(previous)) return null;
  if (!BLOCKS.has(previous.name) && !/^h[2-6]$/.test(previous.name)) return null;
  if (keep.some((kept) => isWithin(kept, previous))) return null;
  if (DomUtils.getElementsByTagName('a', previous, true).length > 0) return null;
  const text = collapseWhitespace(DomUtils.textContent(previous));
  const words = text.split(' ').length;
  return text !== '' && /\p{L}/u.test(text) && words <= MAX_LIST_TITLE_WORDS && !endsSentence(text)
    ? previous
    : null;
}

/**
 * Where the page's <main> element holds the story's paragraphs but not its headline (`keep`: the headline, then
 * the story's paragraphs' parent), the elements after the headline and before <main> are the page's (a newsletter's
 * sign-up line, the author's name and date, "Follow me on …"): HTML says <main> is the page's main content. A test of
 * an element; never true when the page has no such <main>.
 */
function betweenHeadlineAndMain(
  document: DomDocument,
  keep: readonly DomNode[],
): (element: DomElement) => boolean {
  const [headline, story] = keep;
  if (!headline || !story) return () => false;
  const main = DomUtils.findOne((element) => element.name === 'main', document.children, true);
  if (!main || !isWithin(story, main) || isWithin(headline, main)) return () => false;
  const after = headline.endIndex;
  const before = main.startIndex;
  if (after === null || before === null) return () => false;
  return (element) =>
    element.startIndex !== null &&
    element.endIndex !== null &&
    element.startIndex > after &&
    element.endIndex < before;
}

/**
 * The furniture elements of a page, by the source index where each starts, with why. `keep` are the elements
 * that hold the article (its headline, the parent of its main run of paragraphs): no element around them is
 * furniture. Only block elements are judged (an inline link or span inside a sentence never is), and nothing
 * inside a furniture element is looked at again.
 */
export function findFurniture(
  document: DomDocument,
  keep: readonly DomNode[],
  paragraphs: LongParagraphs,
): Map<number, string> {
  const found = new Map<number, string>();
  const between = betweenHeadlineAndMain(document, keep);
  // A list set among the story's own paragraphs (a sibling of them) is the story's list of sources, kept.
  const amongStory = (element: DomElement) => keep.some((kept) => kept === element.parent);
  const holdsStory = (element: DomElement) =>
    paragraphs.total > 0 && paragraphs.heldBy(element) >= STORY_SHARE * paragraphs.total;
  const visit = (nodes: readonly DomNode[]) => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      const element = node;
      const protects =
        (!BLOCKS.has(element.name) && !isCaptionBesideImage(element)) ||
        keep.some((kept) => isWithin(kept, element));
      const hint = protects ? null : furnitureHint(element.attribs);
      if (hint !== null && holdsStory(element) && !COMMENTS.test(hint.toLowerCase())) {
        visit(element.children);
        continue;
      }
      // A heading naming other content says what the section is, whatever share of the text its teasers hold.
      const heading = hint === null && !protects ? otherContentHeading(element) : null;
      const why =
        hint !== null
          ? `<${element.name} ${hint}>`
          : !protects && between(element)
            ? `<${element.name}> (between the headline and the page's <main>, which holds the story)`
            : heading !== null
              ? `<${element.name}> (a section headed '${heading}')`
              : !protects && !amongStory(element) && isLinkList(element)
                ? `<${element.name}> (a list of links)`
                : !protects && isLinkParagraph(element)
                  ? `<${element.name}> (a paragraph that is only a link)`
                  : !protects && amongStory(element) && isImageBox(element, paragraphs)
                    ? `<${element.name}> (an image and its caption, among the story's paragraphs)`
                    : null;
      if (why !== null && element.startIndex !== null) {
        found.set(element.startIndex, why);
        if (why.endsWith('(a list of links)')) {
          const title = listTitle(element, keep);
          if (title?.startIndex != null && !found.has(title.startIndex))
            found.set(title.startIndex, `<${title.name}> (the title of a list of links under it)`);
        }
        continue;
      }
      visit(element.children);
    }
  };
  visit(document.children);
  return found;
}

/**
 * A heading's permalink: a link inside a heading to a fragment of the page, whose text is a symbol and no word
 * ("#", "¶", "§", "🔗"), as documentation and blog generators print beside every section heading.
 */
export function headingPermalinks(document: DomDocument): Map<number, string> {
  const found = new Map<number, string>();
  for (const heading of DomUtils.findAll((element) => /^h[1-6]$/.test(element.name), document.children)) {
    for (const link of DomUtils.getElementsByTagName('a', heading, true)) {
      const href = Object.hasOwn(link.attribs, 'href') ? (link.attribs.href ?? '') : '';
      const text = collapseWhitespace(DomUtils.textContent(link));
      if (href.startsWith('#') && !/[\p{L}\p{N}]/u.test(text) && link.startIndex !== null)
        found.set(link.startIndex, `<a href="${href}"> (a heading's permalink)`);
    }
  }
  return found;
}

/** The element holding the most long-paragraph text directly: where the article's paragraphs are. */
export function mainParagraphParent(paragraphs: LongParagraphs): DomNode | null {
  const byParent = new Map<DomNode, number>();
  for (const { element, length } of paragraphs.list) {
    if (element.parent) byParent.set(element.parent, (byParent.get(element.parent) ?? 0) + length);
  }
  let best: DomNode | null = null;
  let most = 0;
  for (const [parent, length] of byParent) {
    if (length > most) {
      best = parent;
      most = length;
    }
  }
  return best;
}
