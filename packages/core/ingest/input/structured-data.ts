import { collapseWhitespace, comparisonKey } from '../text/words';

/*
 * The article object of a page's JSON-LD (schema.org NewsArticle, BlogPosting, …): its headline, dates,
 * authors, publisher and address. Pages put it alone, in an array or in an @graph; anything that is not
 * valid JSON is ignored (sites wrap it in CDATA or comments, or break it).
 */

export type StructuredArticle = {
  type: string;
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
};

/** schema.org's article types: Article, NewsArticle, OpinionNewsArticle, TechArticle, BlogPosting… */
const ARTICLE_TYPE = /(?:article|posting)$/i;
const OTHER_ARTICLE_TYPES: ReadonlySet<string> = new Set(['report', 'legislation']);
/** A page object (Yoast and most CMSs write one) may date the page when no article object does. */
const PAGE_TYPE = /^(?:WebPage|ItemPage|AboutPage|CollectionPage)$/i;

/** Whether a schema.org type is an article's (NewsArticle, BlogPosting, Report, …). */
export const isArticleType = (type: string) =>
  ARTICLE_TYPE.test(type) || OTHER_ARTICLE_TYPES.has(type.toLowerCase());

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? collapseWhitespace(value) : null;

function typesOf(node: Record<string, unknown>): string[] {
  const type = Object.hasOwn(node, '@type') ? node['@type'] : undefined;
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** A name, or the name of the object an {"@id"} reference points to (Yoast's authors are references). */
function nameOf(value: unknown, byId: ReadonlyMap<string, Record<string, unknown>>): string | null {
  if (!isObject(value)) return text(value);
  const named = text(Object.hasOwn(value, 'name') ? value.name : undefined);
  if (named !== null) return named;
  const id = Object.hasOwn(value, '@id') ? value['@id'] : undefined;
  const target = typeof id === 'string' ? byId.get(id) : undefined;
  return target ? text(Object.hasOwn(target, 'name') ? target.name : undefined) : null;
}

function field(node: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

/** Every object in a JSON-LD document, depth first (top level, arrays, @graph). */
function* nodes(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) {
    for (const item of value) yield* nodes(item);
  } else if (isObject(value)) {
    yield value;
    const graph = field(value, '@graph');
    if (graph !== undefined) yield* nodes(graph);
  }
}

function parseJson(source: string): unknown {
  const body = source
    .trim()
    .replace(/^(?:<!\[CDATA\[|<!--)/, '')
    .replace(/(?:\]\]>|-->)$/, '')
    .trim();
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function articleOf(
  node: Record<string, unknown>,
  type: string,
  byId: ReadonlyMap<string, Record<string, unknown>>,
): StructuredArticle {
  const author = field(node, 'author');
  const authors = (Array.isArray(author) ? author : [author])
    .map((value) => nameOf(value, byId))
    .filter((name): name is string => name !== null && !/^https?:/i.test(name));
  const page = field(node, 'mainEntityOfPage');
  return {
    type,
    headline: text(field(node, 'headline')) ?? text(field(node, 'name')),
    datePublished: text(field(node, 'datePublished')) ?? text(field(node, 'dateCreated')),
    authors,
    publisher: nameOf(field(node, 'publisher'), byId),
    url: text(field(node, 'url')) ?? (isObject(page) ? text(field(page, '@id')) : text(page)),
  };
}

/**
 * The first article object among the page's JSON-LD scripts, or null. Without one, a page object that states
 * when it was published gives that date and its authors (never its name, which is often "Headline - Site",
 * nor its type, which says nothing of the genre).
 */
export function readStructuredData(scripts: readonly string[]): StructuredArticle | null {
  const all = scripts.flatMap((script) => [...nodes(parseJson(script))]);
  const byId = new Map<string, Record<string, unknown>>();
  for (const node of all) {
    const id = field(node, '@id');
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  for (const node of all) {
    const type = typesOf(node).find(isArticleType);
    if (type) return articleOf(node, type, byId);
  }
  for (const node of all) {
    const type = typesOf(node).find((t) => PAGE_TYPE.test(t));
    if (!type || text(field(node, 'datePublished')) === null) continue;
    const page = articleOf(node, type, byId);
    return { ...page, type: '', headline: null, url: null };
  }
  return null;
}

/** An author's own page on a site: /author/<slug>, /authors/, /team/, /staff/, /people/, /autor/, /autores/. */
const AUTHOR_PAGE =
  /\/(?:authors?|team|staff|people|autor|autores)\/(?<slug>[a-z0-9]+(?:-[a-z0-9]+)+)\/?(?:[?#]|$)/i;

/** A name as an address spells it: compared as names are (accents and case folded), other marks made hyphens. */
const slugOf = (text: string) =>
  comparisonKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The name a link to an author's own page states ("Hugo van Kemenade" → /authors/hugo-van-kemenade), or null: only
 * when the link's text is the very name the address's slug spells, so a "More by" or a photo link says nothing.
 */
export function authorPageName(href: string, linkText: string): string | null {
  const slug = AUTHOR_PAGE.exec(href.trim())?.groups?.slug;
  const name = collapseWhitespace(linkText);
  return slug !== undefined && name !== '' && slugOf(name) === slug.toLowerCase() ? name : null;
}
