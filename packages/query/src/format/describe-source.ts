import type { ArchiveRecords } from '@asylum-archive/core';
import { checkArgument } from '../check-arguments';

/** What a reader needs to know about where a hit comes from. */
export type HitSource = {
  title: string;
  outlet: string;
  /** The publication date as precise as the source allows, or "date unknown" (never a guess). */
  date: string;
  url: string | null;
  /** One line naming author, title, outlet, date, paragraph and link (or archive id). */
  citation: string;
};

/**
 * Looks the hit's article up in the archive it came from. An article the archive does not know is named by
 * its id, so formatting never fails on a result from elsewhere.
 */
export function describeSourceIn(
  archive: ArchiveRecords,
  articleId: string,
  paragraphIndex: number,
): HitSource {
  checkArgument(typeof articleId === 'string', 'describeSource: the article id', 'text', articleId);
  checkArgument(
    Number.isInteger(paragraphIndex) && paragraphIndex >= 0,
    'describeSource: the paragraph index',
    'a whole number from 0',
    paragraphIndex,
  );
  const article = archive.getArticle(articleId);
  const organization = (id: string) => archive.getOrganization(id)?.name ?? id;
  const title = article?.title ?? articleId;
  const outlet = article ? organization(article.outlet) : 'unknown outlet';
  const via = article?.via ? `, via ${organization(article.via)}` : '';
  const date = article?.published.value ?? 'date unknown';
  const url = article?.url ?? null;
  const authors = (article?.authors ?? []).map((id) => archive.getPerson(id)?.name ?? id).join(', ');
  // Square brackets mark a title the curators supplied because the page lost its own.
  const cited = article?.titleSource === 'editorial' ? `[${title}]` : `“${title}”`;
  const citation =
    `${authors ? `${authors}, ` : ''}${cited}, ${outlet}${via}, ${date}, paragraph ${paragraphIndex + 1}` +
    (url ? `, ${url}` : ` (archive id ${articleId})`);
  return { title, outlet, date, url, citation };
}
