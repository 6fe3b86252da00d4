import type { ArchivedArticle } from '../archive/archive-snapshot';
import { containment, shingles, similarity } from './shingles';

/** How much of a new page's body and an archived article's body are the same text. */
export type Overlap = {
  article: Pick<ArchivedArticle, 'id' | 'file' | 'title' | 'draft' | 'seed'>;
  /** Share of the page's text found in the article. */
  pageInArticle: number;
  /** Share of the article's text found in the page. */
  articleInPage: number;
  /** Jaccard similarity of the two texts. */
  similarity: number;
  /** The page was saved under the same name as the article's seed. */
  sameSeed: boolean;
};

export type OverlapVerdict = {
  /** The page's text is already in the archive (or contains an archived article): refuse it. */
  duplicates: Overlap[];
  /** Substantial shared text below the duplicate line — a reprint or a rewrite: flag it for review. */
  nearDuplicates: Overlap[];
};

/** At or above this share of either text in the other, the page is a duplicate. */
export const DUPLICATE_THRESHOLD = 0.8;
/** At or above this share (and below the duplicate line), the page is flagged as a near-duplicate. */
export const NEAR_DUPLICATE_THRESHOLD = 0.2;

/**
 * Compares a page's cleaned body with every article in the archive, drafts included, so the same page
 * ingested twice, a raw page whose curated article exists, and a longer page that contains an archived
 * article are all caught.
 */
export function findOverlaps(
  body: readonly string[],
  seed: string | null,
  archive: readonly ArchivedArticle[],
): OverlapVerdict {
  const page = shingles(body);
  const overlaps: Overlap[] = archive.map((article) => {
    const other = shingles(article.paragraphs);
    return {
      article: {
        id: article.id,
        file: article.file,
        title: article.title,
        draft: article.draft,
        seed: article.seed,
      },
      pageInArticle: containment(page, other),
      articleInPage: containment(other, page),
      similarity: similarity(page, other),
      sameSeed: seed !== null && article.seed === seed,
    };
  });
  const strongest = (overlap: Overlap) => Math.max(overlap.pageInArticle, overlap.articleInPage);
  const byStrength = (a: Overlap, b: Overlap) => strongest(b) - strongest(a);
  return {
    duplicates: overlaps.filter((o) => strongest(o) >= DUPLICATE_THRESHOLD).sort(byStrength),
    nearDuplicates: overlaps
      .filter((o) => strongest(o) >= NEAR_DUPLICATE_THRESHOLD && strongest(o) < DUPLICATE_THRESHOLD)
      .sort(byStrength),
  };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** One line naming the archived article and the overlap, for refusals and review notes. */
export function describeOverlap(overlap: Overlap, dataDirLabel = 'data'): string {
  const { article } = overlap;
  const name = `${dataDirLabel}/${article.file}${article.title ? ` (“${article.title}”)` : ''}${article.draft ? ' [draft]' : ''}`;
  const seed = overlap.sameSeed ? `; it was curated from the same saved page (seed ${article.seed})` : '';
  return `${name}: ${percent(overlap.pageInArticle)} of this page's text is in it and ${percent(overlap.articleInPage)} of its text is in this page (similarity ${percent(overlap.similarity)})${seed}`;
}
