import { collapseWhitespace } from '../text/words';

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

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'blogposting',
  'socialmediaposting',
  'scholarlyarticle',
  'report',
  'legislation',
]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? collapseWhitespace(value) : null;

function typesOf(node: Record<string, unknown>): string[] {
  const type = Object.hasOwn(node, '@type') ? node['@type'] : undefined;
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function nameOf(value: unknown): string | null {
  if (isObject(value)) return text(Object.hasOwn(value, 'name') ? value.name : undefined);
  return text(value);
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

/** The first article object among the page's JSON-LD scripts, or null. */
export function readStructuredData(scripts: readonly string[]): StructuredArticle | null {
  for (const script of scripts) {
    for (const node of nodes(parseJson(script))) {
      const type = typesOf(node).find((t) => ARTICLE_TYPES.has(t.toLowerCase()));
      if (!type) continue;
      const author = field(node, 'author');
      const authors = (Array.isArray(author) ? author : [author])
        .map(nameOf)
        .filter((name): name is string => name !== null && !/^https?:/i.test(name));
      const page = field(node, 'mainEntityOfPage');
      return {
        type,
        headline: text(field(node, 'headline')) ?? text(field(node, 'name')),
        datePublished: text(field(node, 'datePublished')) ?? text(field(node, 'dateCreated')),
        authors,
        publisher: nameOf(field(node, 'publisher')),
        url: text(field(node, 'url')) ?? (isObject(page) ? text(field(page, '@id')) : text(page)),
      };
    }
  }
  return null;
}
