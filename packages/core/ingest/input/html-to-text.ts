import { decodeEntities } from './html-entities';

/** What an HTML page states about itself in its markup, beyond its text. */
export type HtmlHints = {
  /** The first <h1>, else og:title, else <title>. */
  title?: string;
  titleSource?: 'h1' | 'og:title' | 'title';
  siteName?: string;
  /** The publication time as written in the markup (article:published_time, datePublished). */
  published?: { value: string; where: string };
  authors: string[];
  /** <link rel="canonical"> or og:url. */
  url?: { value: string; where: string };
  language?: string;
  /** <figcaption> texts, which are not body text. */
  captions: string[];
};

export type HtmlText = {
  /** One block per line, blocks separated by a blank line, ready for the text cleaner. */
  text: string;
  hints: HtmlHints;
  /** Page furniture dropped by element (<nav>, <footer>…), with the text it held. */
  removedElements: Array<{ tag: string; text: string }>;
};

/** Elements whose content is never article text. */
const SKIPPED = new Set(['nav', 'footer', 'aside', 'form', 'button', 'select', 'dialog', 'menu', 'head']);
/** Elements whose raw content is code, not text; removed before tokenizing because it may contain "<". */
const RAW = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'math'];
const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
  'body',
  'html',
  'caption',
  'figcaption',
  'picture',
]);
const VOID = new Set([
  'br',
  'hr',
  'img',
  'meta',
  'link',
  'input',
  'source',
  'wbr',
  'area',
  'base',
  'col',
  'embed',
  'track',
]);

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (name) attributes[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** HTML whitespace collapses; a no-break space (&nbsp;) is a character and stays. */
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');
const clean = (text: string) => collapse(text).replace(/^[ ]+|[ ]+$/g, '');

function stripRawElements(html: string): string {
  let out = html;
  for (const tag of RAW) {
    out = out.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?(?:</${tag}\\s*>|$)`, 'gi'), ' ');
  }
  return out;
}

function readMeta(attributes: Record<string, string>, hints: HtmlHints): void {
  const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
  const content = clean(attributes.content ?? attributes.datetime ?? '');
  if (content === '') return;
  if (key === 'og:site_name') hints.siteName ??= content;
  else if (key === 'og:title') {
    if (hints.titleSource !== 'h1') Object.assign(hints, { title: content, titleSource: 'og:title' });
  } else if (
    key === 'article:published_time' ||
    key === 'datepublished' ||
    key === 'publish-date' ||
    key === 'pubdate'
  ) {
    hints.published ??= {
      value: content,
      where: `<meta ${attributes.property ? 'property' : 'name'}="${key}" content="${content}">`,
    };
  } else if (key === 'author' || key === 'article:author' || key === 'byl') {
    if (!/^https?:/i.test(content)) hints.authors.push(content.replace(/^by\s+/i, ''));
  } else if (key === 'og:url') hints.url ??= { value: content, where: `<meta property="og:url">` };
}

/**
 * Pure HTML → text for the cleaner: block elements become paragraphs, navigation, footers, asides and
 * scripts are dropped (and reported), figure captions and the metadata in the markup become hints.
 * A small tolerant tokenizer is enough: the cleaner and the maintainer's review do the rest.
 */
export function htmlToText(html: string): HtmlText {
  const hints: HtmlHints = { authors: [], captions: [] };
  const removedElements: HtmlText['removedElements'] = [];
  const blocks: string[] = [];
  let current = '';
  let skip: { tag: string; depth: number; text: string } | null = null;
  let capture: { tag: 'title' | 'h1' | 'figcaption'; text: string } | null = null;
  let titleTag = '';

  const breakBlock = () => {
    const block = clean(current);
    if (block !== '') blocks.push(block);
    current = '';
  };

  for (const match of stripRawElements(html).matchAll(TOKEN)) {
    const [token, slash, rawName, rawAttributes] = match;
    if (token.startsWith('<!') || token.startsWith('<?')) continue;
    if (rawName === undefined) {
      const text = decodeEntities(token === '<' ? '<' : token);
      if (capture?.tag === 'title') titleTag += text;
      else if (skip) skip.text += text;
      else if (capture) {
        capture.text += text;
        if (capture.tag !== 'figcaption') current += text;
      } else current += text;
      continue;
    }
    const name = rawName.toLowerCase();
    const closing = slash === '/';
    if (skip) {
      if (name === skip.tag && !VOID.has(name)) skip.depth += closing ? -1 : 1;
      if (skip.depth === 0) {
        if (skip.tag !== 'head' && clean(skip.text) !== '')
          removedElements.push({ tag: skip.tag, text: clean(skip.text) });
        skip = null;
      }
      if (!closing && name === 'meta') readMeta(attributesOf(rawAttributes ?? ''), hints);
      if (!closing && name === 'title') capture = { tag: 'title', text: '' };
      if (closing && name === 'title') capture = null;
      if (!closing && name === 'link') {
        const attributes = attributesOf(rawAttributes ?? '');
        if (attributes.rel?.toLowerCase() === 'canonical' && attributes.href) {
          hints.url = { value: attributes.href, where: '<link rel="canonical">' };
        }
      }
      continue;
    }
    const attributes = closing ? {} : attributesOf(rawAttributes ?? '');
    if (!closing && name === 'html' && attributes.lang) hints.language = attributes.lang;
    if (!closing && name === 'meta') readMeta(attributes, hints);
    if (!closing && name === 'link' && attributes.rel?.toLowerCase() === 'canonical' && attributes.href) {
      hints.url = { value: attributes.href, where: '<link rel="canonical">' };
    }
    if (!closing && SKIPPED.has(name)) {
      breakBlock();
      skip = { tag: name, depth: 1, text: '' };
      continue;
    }
    if (name === 'br') {
      // A line break inside a block separates things like a masthead from a note; keep them apart.
      breakBlock();
      continue;
    }
    if (name === 'title') {
      capture = closing ? null : { tag: 'title', text: '' };
      continue;
    }
    if (name === 'h1' || name === 'figcaption') {
      breakBlock();
      if (!closing) capture = { tag: name, text: '' };
      else if (capture?.tag === name) {
        const text = clean(capture.text);
        if (name === 'h1' && text !== '' && hints.titleSource !== 'h1') {
          hints.title = text;
          hints.titleSource = 'h1';
        }
        if (name === 'figcaption' && text !== '') hints.captions.push(text);
        capture = null;
      }
      continue;
    }
    if (BLOCK.has(name)) breakBlock();
  }
  breakBlock();
  const title = clean(titleTag);
  if (title !== '' && hints.title === undefined) {
    hints.title = title;
    hints.titleSource = 'title';
  }
  const text = blocks.join('\n\n');
  return { text, hints, removedElements };
}
