import type { ArchiveInput, Article, Citation } from '../schema/types';

/**
 * The index of the first paragraph that holds `excerpt` word for word, or -1: how a citation is located, once,
 * by the compiler (and by `createArchive` for data that does not say).
 */
export function paragraphHolding(paragraphs: readonly string[], excerpt: string): number {
  return paragraphs.findIndex((paragraph) => paragraph.includes(excerpt));
}

/** A paragraph of an article: its index among the article's paragraphs and its text. */
export type CitedParagraph = { readonly index: number; readonly text: string };

/**
 * The paragraph a citation quotes, by the index the compiler located; undefined when `article` is not the
 * cited one or has no such paragraph. Only a citation without an index (data given to `createRecords`) is
 * looked for in the text. The one lookup of a citation's paragraph that search, holdings, answers and front
 * ends share.
 */
export function citedParagraph(article: Article | undefined, citation: Citation): CitedParagraph | undefined {
  if (article === undefined || article.id !== citation.articleId) return undefined;
  const index = citation.paragraph ?? paragraphHolding(article.paragraphs, citation.excerpt);
  const text = article.paragraphs[index];
  return text === undefined ? undefined : { index, text };
}

/** A citation index that does not hold its excerpt: where it is, and what is wrong. */
export type CitationProblem = { path: string; message: string };

/**
 * The data with every citation's paragraph located: an index the data leaves out is found in the text (once,
 * here, as the compiler does for the shipped data); an index given that does not hold the excerpt is a problem.
 */
export function locateCitations(data: ArchiveInput): { data: ArchiveInput; problems: CitationProblem[] } {
  const articles = new Map(data.articles.map((article) => [article.id, article]));
  const problems: CitationProblem[] = [];
  const locate = (citation: Citation, path: string): Citation => {
    const article = articles.get(citation.articleId);
    if (article === undefined) return citation;
    const found = paragraphHolding(article.paragraphs, citation.excerpt);
    if (citation.paragraph === undefined) return found >= 0 ? { ...citation, paragraph: found } : citation;
    if (!article.paragraphs[citation.paragraph]?.includes(citation.excerpt)) {
      problems.push({
        path: `${path}.paragraph`,
        message:
          `paragraph ${citation.paragraph} of article ${citation.articleId} does not hold the excerpt` +
          (found >= 0 ? ` (paragraph ${found} does; paragraphs count from 0)` : ''),
      });
    }
    return citation;
  };
  /** Each item of a list with its citation located; `path` names the list ("figures[0]"). */
  const cited = <T extends { readonly citation: Citation }>(items: readonly T[], path: string): T[] =>
    items.map((item, at) => ({ ...item, citation: locate(item.citation, `${path}[${at}].citation`) }));
  const located: ArchiveInput = {
    ...data,
    ...(data.people && {
      people: data.people.map((person, at) => ({
        ...person,
        statements: cited(person.statements, `people[${at}].statements`),
      })),
    }),
    ...(data.cases && {
      cases: data.cases.map((record, at) => ({ ...record, events: cited(record.events, `cases[${at}].events`) })),
    }),
    ...(data.figures && { figures: cited(data.figures, 'figures') }),
    ...(data.quotes && { quotes: cited(data.quotes, 'quotes') }),
  };
  return { data: located, problems };
}
