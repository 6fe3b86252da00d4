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

// Every public type is derived from the zod schema: the schema is the single source of truth.
export type Citation = z.infer<typeof CitationSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
export type DateStatement = z.infer<typeof DateStatementSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type ArticleGenre = z.infer<typeof ArticleGenreSchema>;
export type PersonRole = z.infer<typeof PersonRoleSchema>;
export type PersonStatement = z.infer<typeof PersonStatementSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type PlaceKind = z.infer<typeof PlaceKindSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
export type Forum = z.infer<typeof ForumSchema>;
export type CaseEvent = z.infer<typeof CaseEventSchema>;
export type Case = z.infer<typeof CaseSchema>;
export type FigureQualifier = z.infer<typeof FigureQualifierSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Lexicon = z.infer<typeof LexiconSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type ArchiveInput = z.infer<typeof ArchiveInputSchema>;
