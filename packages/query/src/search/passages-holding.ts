import { type Citation, cases, figures, getArticle, people, quotes } from '@asylum-archive/core';
import type { ResultType } from '../syntax/ast';

/** The kinds of record `type:` can ask for besides whole articles. */
export type RecordType = Exclude<ResultType, 'article'>;

export const passageKey = (articleId: string, paragraphIndex: number) => `${articleId}#${paragraphIndex}`;

function citedParagraph({ articleId, excerpt }: Citation): string[] {
  // The data compiler guarantees each excerpt is verbatim in one paragraph of its article.
  const index = getArticle(articleId)?.paragraphs.findIndex((paragraph) => paragraph.includes(excerpt)) ?? -1;
  return index < 0 ? [] : [passageKey(articleId, index)];
}

const sources: Record<RecordType, () => string[]> = {
  person: () =>
    people.flatMap((person) =>
      person.mentions.filter((m) => m.field === 'paragraph').map((m) => passageKey(m.articleId, m.index)),
    ),
  case: () => cases.flatMap((c) => c.events.flatMap((event) => citedParagraph(event.citation))),
  figure: () => figures.flatMap((figure) => citedParagraph(figure.citation)),
  quote: () => quotes.flatMap((quote) => citedParagraph(quote.citation)),
};

const cache = new Map<RecordType, ReadonlySet<string>>();

/**
 * The passages (keyed by `passageKey`) of the shipped archive that hold a record of this kind: a
 * paragraph that mentions a person, or that a case event, figure or quote cites as its source.
 */
export function passagesHolding(type: RecordType): ReadonlySet<string> {
  const known = cache.get(type);
  if (known) return known;
  const keys = new Set(sources[type]());
  cache.set(type, keys);
  return keys;
}
