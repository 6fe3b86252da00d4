import { z } from 'zod';
import {
  ArticleGenreSchema,
  FigureQualifierSchema,
  ForumSchema,
  OrganizationKindSchema,
  OutcomeSchema,
  PersonRoleSchema,
  PlaceKindSchema,
} from '../schema/dataset';
import { CountryCodeSchema, IdSchema, PartialDateSchema } from '../schema/primitives';
import type { ArticleGenre } from '../schema/types';

/*
 * The shapes maintainers write by hand (YAML and Markdown frontmatter). They are strict, so a misspelt
 * key is an error rather than silently ignored. Derived fields (mentions, precision, case outcome) are
 * absent here: the compiler computes them.
 */

// YAML reads an unquoted 2010-01-05 as a Date and 2010 as a number; accept both and keep the text form.
const SourceDate = z.preprocess((value) => {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return value;
}, PartialDateSchema.nullable());

export const SourceCitationSchema = z.strictObject({
  article: IdSchema,
  excerpt: z.string().min(1),
});

/**
 * An article's frontmatter. `draft: true` marks a file written by `pnpm ingest` that a maintainer has not
 * reviewed yet: it must have the right shape, but it may leave title and outlet null, and it is left out
 * of the compiled dataset until the maintainer removes `draft`.
 */
export const SourceArticleFrontmatterSchema = z
  .strictObject({
    id: IdSchema,
    draft: z.boolean().default(false),
    review: z.array(z.string().min(1)).default([]),
    seed: z.string().min(1).nullable().default(null),
    title: z.string().min(1).nullable(),
    titleSource: z.enum(['outlet', 'editorial']),
    dek: z.string().min(1).nullable().default(null),
    genre: ArticleGenreSchema.nullable().default(null),
    outlet: IdSchema.nullable(),
    via: IdSchema.nullable().default(null),
    authors: z.array(IdSchema).default([]),
    published: z.strictObject({ date: SourceDate, basis: z.string().min(1) }),
    url: z.url().nullable(),
    language: z.string().min(2),
    rights: z.string().min(1),
    truncated: z.boolean().default(false),
    topics: z.array(IdSchema).default([]),
    summary: z.string().min(1).nullable(),
    captions: z.array(z.string().min(1)).default([]),
  })
  .superRefine((article, ctx) => {
    if (article.draft) return;
    for (const key of ['title', 'genre', 'outlet', 'summary'] as const) {
      if (article[key] === null) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `a reviewed article needs a ${key} (only drafts may leave it null)`,
        });
      }
    }
  });

/** A reviewed article's frontmatter: the fields a draft may leave null are present. */
export type ReviewedFrontmatter = SourceArticleFrontmatter & {
  title: string;
  genre: ArticleGenre;
  outlet: string;
  summary: string;
};

export function isReviewed(frontmatter: SourceArticleFrontmatter): frontmatter is ReviewedFrontmatter {
  return (
    !frontmatter.draft &&
    frontmatter.title !== null &&
    frontmatter.genre !== null &&
    frontmatter.outlet !== null &&
    frontmatter.summary !== null
  );
}

const SourceNamed = {
  id: IdSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
};

export const SourcePersonSchema = z.strictObject({
  ...SourceNamed,
  roles: z.array(PersonRoleSchema).min(1),
  description: z.string().min(1),
  statements: z
    .array(
      z.strictObject({
        attribute: z.string().min(1),
        value: z.coerce.string().min(1),
        citation: SourceCitationSchema,
      }),
    )
    .default([]),
});

export const SourceOrganizationSchema = z.strictObject({
  ...SourceNamed,
  kind: OrganizationKindSchema,
  country: CountryCodeSchema.nullable().default(null),
});

export const SourcePlaceSchema = z.strictObject({
  ...SourceNamed,
  kind: PlaceKindSchema,
  country: CountryCodeSchema.nullable().default(null),
  within: IdSchema.nullable().default(null),
  coordinates: z.strictObject({ lat: z.number(), lon: z.number() }).nullable().default(null),
});

export const SourceCaseSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  claimant: IdSchema.nullable().default(null),
  claimantDescription: z.string().min(1).nullable().default(null),
  refugeCountry: CountryCodeSchema,
  forum: ForumSchema,
  forumDetail: z.string().min(1).nullable().default(null),
  attorneys: z.array(IdSchema).default([]),
  events: z
    .array(
      z.strictObject({
        date: SourceDate.default(null),
        dateBasis: z.string().min(1).nullable().default(null),
        description: z.string().min(1),
        outcome: OutcomeSchema.nullable().default(null),
        citation: SourceCitationSchema,
      }),
    )
    .min(1),
});

export const SourceFigureSchema = z.strictObject({
  id: IdSchema,
  value: z.number(),
  qualifier: FigureQualifierSchema,
  unit: z.string().min(1),
  counts: z.string().min(1),
  scope: z.string().min(1),
  period: z.string().min(1).nullable().default(null),
  citation: SourceCitationSchema,
});

export const SourceQuoteSchema = z.strictObject({
  id: IdSchema,
  speaker: IdSchema.nullable().default(null),
  speakerDescription: z.string().min(1).nullable().default(null),
  text: z.string().min(1),
  to: IdSchema.nullable().default(null),
  citation: SourceCitationSchema,
});

export const SourceLexiconSchema = z.strictObject({
  synonyms: z.array(z.array(z.coerce.string().min(1)).min(2)),
});

/** The YAML files of data/ and the collection each holds (a top-level list, except the lexicon). */
export const COLLECTION_FILES = {
  people: { file: 'people.yaml', schema: SourcePersonSchema },
  organizations: { file: 'organizations.yaml', schema: SourceOrganizationSchema },
  places: { file: 'places.yaml', schema: SourcePlaceSchema },
  cases: { file: 'cases.yaml', schema: SourceCaseSchema },
  figures: { file: 'figures.yaml', schema: SourceFigureSchema },
  quotes: { file: 'quotes.yaml', schema: SourceQuoteSchema },
} as const;

export type SourceCitation = z.infer<typeof SourceCitationSchema>;
export type SourceArticleFrontmatter = z.infer<typeof SourceArticleFrontmatterSchema>;
export type SourcePerson = z.infer<typeof SourcePersonSchema>;
export type SourceOrganization = z.infer<typeof SourceOrganizationSchema>;
export type SourcePlace = z.infer<typeof SourcePlaceSchema>;
export type SourceCase = z.infer<typeof SourceCaseSchema>;
export type SourceFigure = z.infer<typeof SourceFigureSchema>;
export type SourceQuote = z.infer<typeof SourceQuoteSchema>;
export type SourceLexicon = z.infer<typeof SourceLexiconSchema>;
