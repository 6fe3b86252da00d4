import type { z } from 'zod';
import type {
  ArchiveInputSchema,
  ArticleGenreSchema,
  ArticleSchema,
  CaseEventSchema,
  CaseSchema,
  DatasetSchema,
  FigureQualifierSchema,
  FigureSchema,
  ForumSchema,
  LexiconSchema,
  OrganizationKindSchema,
  OrganizationSchema,
  OutcomeSchema,
  PersonRoleSchema,
  PersonSchema,
  PersonStatementSchema,
  PlaceKindSchema,
  PlaceSchema,
  QuoteSchema,
} from './dataset';
import type { CitationSchema, DatePrecisionSchema, DateStatementSchema, MentionSchema } from './primitives';

/**
 * `T` with every property and list readonly, all the way down. The shipped data is deep-frozen, so its types say
 * so: `articles[0].authors.push('x')` fails to type-check instead of throwing at run time. Readonly types still
 * accept mutable values, so data you build yourself passes to `createArchive` unchanged.
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends ReadonlyArray<infer Item>
    ? ReadonlyArray<DeepReadonly<Item>>
    : T extends object
      ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
      : T;

// Every public type is derived from the zod schema: the schema is the single source of truth.
export type Citation = DeepReadonly<z.infer<typeof CitationSchema>>;
export type Mention = DeepReadonly<z.infer<typeof MentionSchema>>;
export type DatePrecision = DeepReadonly<z.infer<typeof DatePrecisionSchema>>;
export type DateStatement = DeepReadonly<z.infer<typeof DateStatementSchema>>;
export type Article = DeepReadonly<z.infer<typeof ArticleSchema>>;
export type ArticleGenre = DeepReadonly<z.infer<typeof ArticleGenreSchema>>;
export type PersonRole = DeepReadonly<z.infer<typeof PersonRoleSchema>>;
export type PersonStatement = DeepReadonly<z.infer<typeof PersonStatementSchema>>;
export type Person = DeepReadonly<z.infer<typeof PersonSchema>>;
export type OrganizationKind = DeepReadonly<z.infer<typeof OrganizationKindSchema>>;
export type Organization = DeepReadonly<z.infer<typeof OrganizationSchema>>;
export type PlaceKind = DeepReadonly<z.infer<typeof PlaceKindSchema>>;
export type Place = DeepReadonly<z.infer<typeof PlaceSchema>>;
export type Outcome = DeepReadonly<z.infer<typeof OutcomeSchema>>;
export type Forum = DeepReadonly<z.infer<typeof ForumSchema>>;
export type CaseEvent = DeepReadonly<z.infer<typeof CaseEventSchema>>;
export type Case = DeepReadonly<z.infer<typeof CaseSchema>>;
export type FigureQualifier = DeepReadonly<z.infer<typeof FigureQualifierSchema>>;
export type Figure = DeepReadonly<z.infer<typeof FigureSchema>>;
export type Quote = DeepReadonly<z.infer<typeof QuoteSchema>>;
export type Lexicon = DeepReadonly<z.infer<typeof LexiconSchema>>;
export type Dataset = DeepReadonly<z.infer<typeof DatasetSchema>>;
export type ArchiveInput = DeepReadonly<z.infer<typeof ArchiveInputSchema>>;
