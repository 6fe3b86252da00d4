import { z } from 'zod';
import { isPartialDate, PARTIAL_DATE_PATTERN } from './vocabulary';

/** Stable record ids: lower-case kebab-case slugs, also used as file names and Discord choice values. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug such as "jose-alarcon"')
  .max(100, 'must be at most 100 characters (Discord choice values are capped at 100)');

/** A calendar date at the precision the source supports: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isPartialDate, 'is not a day of the calendar');

export const DatePrecisionSchema = z.enum(['year', 'month', 'day']);

/**
 * A date together with how we know it. `basis` says whether the page states it or how it was inferred;
 * an unknown date keeps `value: null` rather than a guess.
 */
export const DateStatementSchema = z.object({
  value: PartialDateSchema.nullable(),
  precision: DatePrecisionSchema.nullable(),
  basis: z.string().min(1),
});

/** A BCP 47 language tag of the form the archive uses: a language, optionally with a region. */
export const LanguageTagSchema = z
  .string()
  .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'must be a language tag such as "en" or "es-MX"');

export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "MX"');

/** Where a fact comes from: an article and the exact words of one of its paragraphs. */
export const CitationSchema = z.object({
  articleId: IdSchema,
  excerpt: z.string().min(1),
  /**
   * The index of the paragraph that holds the excerpt, located once by the compiler (and by `createArchive`
   * for data that leaves it out), so that no reader searches the article's text for it again.
   */
  paragraph: z.number().int().nonnegative().optional(),
});

/** Where an entity's name (or alias) was found in an article; located by the compiler, not typed by hand. */
export const MentionSchema = z.object({
  articleId: IdSchema,
  /** `paragraph` and `caption` carry the index of that paragraph or caption; the others use 0. */
  field: z.enum(['title', 'dek', 'caption', 'paragraph', 'byline', 'outlet']),
  index: z.number().int().nonnegative(),
  /** [start, end) UTF-16 offsets into that field's text; both 0 for byline/outlet mentions. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export function precisionOf(value: string | null): z.infer<typeof DatePrecisionSchema> | null {
  if (value === null) return null;
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}
