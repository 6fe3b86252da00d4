import type { ArticleGenre } from '../../src/schema/types';
import type { Removal } from '../clean/removal';
import { type Proposal, quote, ruleLabel } from './proposal';

export type GenreEvidence = {
  /** The page is a court opinion: its caption or case heading was read. */
  court: string | null;
  /** The schema.org type of the page's article object (JSON-LD @type or microdata itemtype). */
  articleType?: string | undefined;
  /** Where the page states it: "JSON-LD" unless told. */
  articleTypeWhere?: string | undefined;
  removals: readonly Removal[];
  /** The kind (data/organizations.yaml) of the organization proposed as the outlet. */
  outletKind?: string | undefined;
  /** The address the page states for itself (canonical link, og:url). */
  url?: string | undefined;
  /** The programs that made the page (its generator metas). */
  generators?: readonly string[] | undefined;
};

/** A program that makes blogs and nothing else (a generator meta naming it): the blog platforms of BLOG_ADDRESS. */
const BLOG_PLATFORM = /^(?:blogger|typepad|tumblr)(?![\p{L}])/iu;

/**
 * An address that says it is a blog: a /blog/, /blogs/ or /weblog/ path, a blog platform's host, or a host named
 * blog ("blog.python.org", "blog.nightly.mozilla.org"); also a folder or a host's name that ends in the word
 * ("/immigration-blog/", "jane-roe-blog.com") and the .blog domain ("takethefifth.blog").
 */
const BLOG_ADDRESS =
  /^https?:\/\/(?:[^/?#]+\.(?:blogspot|wordpress|tumblr|typepad)\.com(?:[/?#:]|$)|(?:blogs?|weblogs?)\.[^/?#]+\.\p{L}{2,}(?:[/?#:]|$)|[^/?#]+\.blog(?:[/?#:]|$)|[^/?#]*-blog\.[^/?#]+(?:[/?#:]|$)|[^?#]*\/(?:[\p{L}\d]+-)*(?:blogs?|weblogs?)\/)/iu;

/**
 * An address on a government's own domain: .gov, .mil, .gob and .gouv, alone or under a country (whitehouse.gov,
 * nasa.gov, gob.mx, gov.uk, gouv.fr), or Canada's gc.ca. Only a government publishes there.
 */
const GOVERNMENT_ADDRESS =
  /^https?:\/\/(?:[^/?#@]+\.)?(?:(?:gov|mil|gob|gouv)(?:\.[a-z]{2})?|gc\.ca)(?::\d+)?(?:[/?#]|$)/i;

const BY_STRUCTURED_TYPE: ReadonlyMap<string, ArticleGenre> = new Map([
  ['newsarticle', 'news-report'],
  ['reportagenewsarticle', 'news-report'],
  ['analysisnewsarticle', 'news-report'],
  ['blogposting', 'blog-post'],
  ['legislation', 'government-page'],
]);
const BY_ORGANIZATION_KIND: ReadonlyMap<string, ArticleGenre> = new Map([
  ['court', 'court-opinion'],
  ['agency', 'government-page'],
  ['government', 'government-page'],
  ['ngo', 'organization-page'],
  ['outlet', 'news-report'],
]);

/**
 * What kind of text the page is, strongest evidence first: a court caption, the page's own JSON-LD type, the
 * platform furniture of a blog, the kind of organization that published it, a wire or dateline header.
 * With none of these it proposes a news report and says that it is only a default.
 */
export function proposeGenre(evidence: GenreEvidence): Proposal<ArticleGenre> {
  if (evidence.court)
    return { value: 'court-opinion', basis: `the page is a court opinion: ${evidence.court}` };
  const type = evidence.articleType?.toLowerCase() ?? '';
  const structured =
    BY_STRUCTURED_TYPE.get(type) ??
    (type.endsWith('newsarticle') ? 'news-report' : type.endsWith('blogposting') ? 'blog-post' : undefined);
  if (structured)
    return {
      value: structured,
      basis: `the page's ${evidence.articleTypeWhere ?? 'JSON-LD'} calls it a ${evidence.articleType}`,
    };
  if (evidence.url && GOVERNMENT_ADDRESS.test(evidence.url))
    return { value: 'government-page', basis: `the page's address is a government's: ${evidence.url}` };
  if (evidence.url && BLOG_ADDRESS.test(evidence.url))
    return { value: 'blog-post', basis: `the page's address is a blog's: ${evidence.url}` };
  const platform = evidence.generators?.find((generator) => BLOG_PLATFORM.test(generator.trim()));
  if (platform)
    return { value: 'blog-post', basis: `the page was made by a blog platform: ${quote(platform)}` };
  const blog = evidence.removals.find((removal) => removal.yields.includes('blog'));
  if (blog) {
    return {
      value: 'blog-post',
      basis: `blog furniture on the page (${ruleLabel(blog.ruleId)}: ${quote(blog.text)})`,
    };
  }
  const government = evidence.removals.find((removal) => removal.yields.includes('government'));
  if (government) {
    return {
      value: 'government-page',
      basis: `a government site's furniture on the page (${ruleLabel(government.ruleId)}: ${quote(government.text)})`,
    };
  }
  const byKind = BY_ORGANIZATION_KIND.get(evidence.outletKind ?? '');
  if (byKind) return { value: byKind, basis: `published by an organization of kind ${evidence.outletKind}` };
  const news = evidence.removals.find((removal) => removal.yields.includes('news'));
  if (news)
    return {
      value: 'news-report',
      basis: `a news header on the page (${ruleLabel(news.ruleId)}: ${quote(news.text)})`,
    };
  return {
    value: 'news-report',
    basis: 'a default: the page shows no sign of a court opinion, blog, government or organization page',
  };
}
