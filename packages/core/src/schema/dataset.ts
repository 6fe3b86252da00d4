import { z } from 'zod';
import {
  CitationSchema,
  CountryCodeSchema,
  DateStatementSchema,
  IdSchema,
  LanguageTagSchema,
  MentionSchema,
} from './primitives';
import {
  ARTICLE_GENRES,
  FIGURE_QUALIFIERS,
  FORUMS,
  ORGANIZATION_KINDS,
  OUTCOMES,
  PERSON_ROLES,
  PLACE_KINDS,
} from './vocabulary';

export const PersonRoleSchema = z.enum(PERSON_ROLES);

export const OrganizationKindSchema = z.enum(ORGANIZATION_KINDS);

export const PlaceKindSchema = z.enum(PLACE_KINDS);

export const ArticleGenreSchema = z.enum(ARTICLE_GENRES);

export const OutcomeSchema = z.enum(OUTCOMES);

export const ForumSchema = z.enum(FORUMS);

export const FigureQualifierSchema = z.enum(FIGURE_QUALIFIERS);

export const ArticleSchema = z.object({
  id: IdSchema,
  /** The raw saved page this article was curated from (file name without extension), if any. */
  seed: z.string().nullable(),
  title: z.string().min(1),
  /** `outlet`: the page's own headline; `editorial`: written by the curators because the page lost it. */
  titleSource: z.enum(['outlet', 'editorial']),
  dek: z.string().min(1).nullable(),
  /** `court-opinion`: a court's own text (its outlet is the court); `news-report`: reporting; … */
  genre: ArticleGenreSchema,
  outlet: IdSchema,
  via: IdSchema.nullable(),
  authors: z.array(IdSchema),
  published: DateStatementSchema,
  url: z.url().nullable(),
  /**
   * How the address is known: "stated on the page: …" or "checked at the address: …" with the evidence;
   * null when `url` is. Optional so that data made before it existed still conforms.
   */
  urlBasis: z.string().min(1).nullable().optional(),
  language: LanguageTagSchema,
  rights: z.string().min(1),
  truncated: z.boolean(),
  topics: z.array(IdSchema),
  /** One or two sentences written by the curators, not the outlet. */
  summary: z.object({ text: z.string().min(1), editorial: z.literal(true) }),
  captions: z.array(z.string().min(1)),
  paragraphs: z.array(z.string().min(1)).min(1),
});

export const PersonStatementSchema = z.object({
  attribute: z.string().min(1),
  value: z.string().min(1),
  citation: CitationSchema,
});

export const PersonSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  roles: z.array(PersonRoleSchema).min(1),
  description: z.string().min(1),
  statements: z.array(PersonStatementSchema),
  mentions: z.array(MentionSchema),
});

export const OrganizationSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: OrganizationKindSchema,
  country: CountryCodeSchema.nullable(),
  mentions: z.array(MentionSchema),
});

export const PlaceSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: PlaceKindSchema,
  country: CountryCodeSchema.nullable(),
  within: IdSchema.nullable(),
  coordinates: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).nullable(),
  mentions: z.array(MentionSchema),
});

export const CaseEventSchema = z.object({
  date: DateStatementSchema,
  description: z.string().min(1),
  outcome: OutcomeSchema.nullable(),
  citation: CitationSchema,
});

export const CaseSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  claimant: IdSchema.nullable(),
  claimantDescription: z.string().min(1).nullable(),
  refugeCountry: CountryCodeSchema,
  forum: ForumSchema,
  forumDetail: z.string().min(1).nullable(),
  attorneys: z.array(IdSchema),
  events: z.array(CaseEventSchema).min(1),
  /** The outcome of the latest event that has one; derived by the compiler. */
  outcome: OutcomeSchema.nullable(),
  /** Articles that report on the case (from its citations); derived by the compiler. */
  articleIds: z.array(IdSchema),
});

export const FigureSchema = z.object({
  id: IdSchema,
  value: z.number(),
  qualifier: FigureQualifierSchema,
  unit: z.string().min(1),
  counts: z.string().min(1),
  scope: z.string().min(1),
  period: z.string().min(1).nullable(),
  citation: CitationSchema,
});

export const QuoteSchema = z.object({
  id: IdSchema,
  speaker: IdSchema.nullable(),
  speakerDescription: z.string().min(1).nullable(),
  text: z.string().min(1),
  to: IdSchema.nullable(),
  citation: CitationSchema,
});

/** Groups of interchangeable search terms (Spanish↔English, everyday variants). */
export const LexiconSchema = z.object({
  synonyms: z.array(z.array(z.string().min(1)).min(2)),
});

export const DatasetSchema = z.object({
  articles: z.array(ArticleSchema),
  people: z.array(PersonSchema),
  organizations: z.array(OrganizationSchema),
  places: z.array(PlaceSchema),
  cases: z.array(CaseSchema),
  figures: z.array(FigureSchema),
  quotes: z.array(QuoteSchema),
  lexicon: LexiconSchema,
});

/** What `createArchive` accepts: any schema-conforming dataset; only `articles` is required. */
export const ArchiveInputSchema = DatasetSchema.partial().required({ articles: true });
