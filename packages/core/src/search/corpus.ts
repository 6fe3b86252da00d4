import { citedParagraph } from '../data/cited-paragraph';
import type { ArchiveInput, Article, Citation } from '../schema/types';

/**
 * The searchable units of a dataset. Passages (article paragraphs) are numbered 0…n-1 in article order, so
 * a passage's number is an index into flat typed arrays rather than a key into maps.
 */
export type Corpus = {
  articles: readonly Article[];
  /** Article index → number of its first passage; `passageStart[articles.length]` is the passage count. */
  passageStart: Int32Array;
  /** Passage → its article index. */
  passageArticle: Int32Array;
  passageCount: number;
};

export function createCorpus(data: ArchiveInput): Corpus {
  const { articles } = data;
  const passageStart = new Int32Array(articles.length + 1);
  let count = 0;
  articles.forEach((article, index) => {
    passageStart[index] = count;
    count += article.paragraphs.length;
  });
  passageStart[articles.length] = count;
  const passageArticle = new Int32Array(count);
  for (let index = 0; index < articles.length; index++) {
    passageArticle.fill(index, passageStart[index], passageStart[index + 1]);
  }
  return { articles, passageStart, passageArticle, passageCount: count };
}

export function passageText(corpus: Corpus, passage: number): string {
  const articleIndex = corpus.passageArticle[passage] ?? 0;
  const article = corpus.articles[articleIndex];
  return article?.paragraphs[passage - (corpus.passageStart[articleIndex] ?? 0)] ?? '';
}

export function paragraphIndexOf(corpus: Corpus, passage: number): number {
  return passage - (corpus.passageStart[corpus.passageArticle[passage] ?? 0] ?? 0);
}

/** The passage a citation quotes (see `citedParagraph`), or -1; `articleIndex` maps article ids to indices. */
export function citedPassage(
  corpus: Corpus,
  articleIndex: ReadonlyMap<string, number>,
  citation: Citation,
): number {
  const article = articleIndex.get(citation.articleId);
  const cited = article === undefined ? undefined : citedParagraph(corpus.articles[article], citation);
  return article === undefined || cited === undefined
    ? -1
    : (corpus.passageStart[article] ?? 0) + cited.index;
}

/** Article-level text that describes an article as a whole: its title (with dek and captions) and summary. */
export function titleText(article: Article): string {
  return [article.title, article.dek ?? '', ...article.captions].join('\n');
}
