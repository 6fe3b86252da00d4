/*
 * The closed vocabularies of the schema as plain constants. The zod schemas are built from them, and code
 * that only needs the values (search facets, the query syntax) imports these instead of zod, which costs
 * more to load than everything else a first search needs.
 */

export const PERSON_ROLES = [
  'officer',
  'attorney',
  'judge',
  'activist',
  'official',
  'reporter',
  'businessperson',
  'informant',
  'politician',
  'other',
] as const;

export const ORGANIZATION_KINDS = [
  'outlet',
  'agency',
  'court',
  'cartel',
  'government',
  'military',
  'police',
  'ngo',
  'university',
  'other',
] as const;

export const PLACE_KINDS = ['city', 'town', 'state', 'country', 'region', 'facility'] as const;

/** What kind of text an article is, so a reader knows whether they are reading reporting or a ruling. */
export const ARTICLE_GENRES = [
  'news-report',
  'court-opinion',
  'blog-post',
  'government-page',
  'organization-page',
] as const;

export const OUTCOMES = ['granted', 'denied', 'pending', 'appealed', 'withdrawn', 'not-sought'] as const;

export const FORUMS = [
  'immigration-court',
  'court-of-appeals',
  'canada-refugee-board',
  'border-detention',
  'unknown',
] as const;

export const FIGURE_QUALIFIERS = [
  'exact',
  'approximate',
  'at-least',
  'more-than',
  'nearly',
  'less-than',
] as const;

/** YYYY, YYYY-MM or YYYY-MM-DD with a real month and day number. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export function isPartialDate(text: string): boolean {
  return PARTIAL_DATE_PATTERN.test(text);
}
