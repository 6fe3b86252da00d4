import MiniSearch from 'minisearch';
import type { Article } from '../src/schema/types';
import type { ArchiveSearch } from '../src/search/types';
import { passageKey } from './judgments';
import type { Ranking } from './metrics';

export type System = { name: string; rank: (query: string) => Ranking };

/** This archive's engine: passages as it ranks them, and articles grouped by their best passage. */
export function engineSystem(name: string, archive: ArchiveSearch): System {
  return {
    name,
    rank: (query) => ({
      passages: archive
        .search(query, { limit: 10 })
        .hits.map((hit) => passageKey(hit.articleId, hit.paragraphIndex)),
      articles: archive.search(query, { limit: 10, groupBy: 'article' }).hits.map((hit) => hit.articleId),
    }),
  };
}

type PassageDocument = { id: string; articleId: string; title: string; text: string };

/**
 * The baseline a developer would reach for: MiniSearch's BM25 over the same passages (each with its
 * article's title as a second field), default tokenizer and options, OR of the query's words.
 */
export function miniSearchSystem(articles: readonly Article[]): System {
  const documents: PassageDocument[] = articles.flatMap((article) =>
    article.paragraphs.map((text, index) => ({
      id: passageKey(article.id, index),
      articleId: article.id,
      title: article.title,
      text,
    })),
  );
  const index = new MiniSearch<PassageDocument>({ fields: ['title', 'text'], storeFields: ['articleId'] });
  index.addAll(documents);
  return {
    name: 'MiniSearch (BM25)',
    rank: (query) => {
      const results = index.search(query);
      const passages = results.slice(0, 10).map((result) => String(result.id));
      const articleIds = [...new Set(results.map((result) => String(result.articleId)))];
      return { passages, articles: articleIds.slice(0, 10) };
    },
  };
}
