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
import { CountryCodeSchema, IdSchema, LanguageTagSchema, PartialDateSchema } from '../schema/primitives';
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
  article: IdSchema.describe('the id of the (published) article that reports it'),
  excerpt: z
    .string()
    .min(1)
    .describe('words copied exactly from one paragraph of that article (checked verbatim by the compiler)'),
});

/**
 * An article's frontmatter. `draft: true` marks a file written by `pnpm ingest` that a maintainer has not
 * reviewed yet: it must have the right shape, but it may leave title and outlet null, and it is left out
 * of the compiled dataset until the maintainer removes `draft`.
 */
export const SourceArticleFrontmatterSchema = z
  .strictObject({
    id: IdSchema.describe('equals the file name: data/articles/<id>.md'),
    draft: z
      .boolean()
      .default(false)
      .describe(
        'true while the article awaits review (ingest writes it; files in data/drafts/ are drafts anyway)',
      ),
    review: z
      .array(z.string().min(1))
      .default([])
      .describe("ingest's notes of what to check before publishing; delete them with `draft`"),
    seed: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe('the saved page it was made from (file name without extension), if any'),
    title: z.string().min(1).nullable().describe('the headline (a draft may leave it null)'),
    titleSource: z
      .enum(['outlet', 'editorial'])
      .describe(
        "outlet: the page's own headline; editorial: written by the curators because the page lost it",
      ),
    dek: z.string().min(1).nullable().default(null).describe("the page's subtitle"),
    genre: ArticleGenreSchema.nullable()
      .default(null)
      .describe('what kind of source it is (a draft may leave it null; ingest proposes one)'),
    outlet: IdSchema.nullable().describe('the organization that published it (a draft may leave it null)'),
    via: IdSchema.nullable()
      .default(null)
      .describe('the site the page was saved from, when it is not the outlet'),
    authors: z.array(IdSchema).default([]).describe('person ids; empty when the page names none'),
    published: z
      .strictObject({
        date: SourceDate.describe(
          'YYYY, YYYY-MM or YYYY-MM-DD, a real calendar day, as precise as the evidence; null when unknown',
        ),
        basis: z
          .string()
          .min(1)
          .describe(
            'how the date is known: "stated on the page: …", "inferred from text: …", "inferred from the address: …" or "from other reporting: …" followed by the evidence; "unknown: …" when the date is null',
          ),
      })
      .describe('the publication date and how it is known'),
    url: z.url().nullable().describe("the article's address; null unless it is known (never a guess)"),
    urlBasis: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe(
        'how the address is known: "stated on the page: …" or "checked at the address: …" followed by the evidence; required with a url',
      ),
    language: LanguageTagSchema.describe('a language tag such as en or es-MX'),
    rights: z.string().min(1).describe('what the page says about licence and attribution'),
    truncated: z.boolean().default(false).describe('true when the saved page ends mid-article'),
    topics: z.array(IdSchema).default([]).describe('kebab-case subject tags'),
    summary: z
      .string()
      .min(1)
      .nullable()
      .describe('one or two sentences by the curators (a draft may leave it null)'),
    captions: z.array(z.string().min(1)).default([]).describe('photo captions, verbatim'),
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
  id: IdSchema.describe('a kebab-case slug, unique in the file, never changed once published'),
  name: z.string().min(1).describe('the name as the reporting writes it'),
  aliases: z
    .array(z.string().min(1))
    .default([])
    .describe('other spellings that occur in the articles (mentions are found by name and aliases)'),
};

export const SourcePersonSchema = z.strictObject({
  ...SourceNamed,
  roles: z.array(PersonRoleSchema).min(1).describe('one or more roles'),
  description: z.string().min(1).describe('who the person is, in a sentence'),
  statements: z
    .array(
      z.strictObject({
        attribute: z.string().min(1).describe('what is stated, such as age'),
        value: z.coerce.string().min(1).describe('the value as reported'),
        citation: SourceCitationSchema.describe('where it is reported'),
      }),
    )
    .default([])
    .describe('facts reported about the person; when sources disagree, keep each with its own citation'),
});

export const SourceOrganizationSchema = z.strictObject({
  ...SourceNamed,
  kind: OrganizationKindSchema.describe('what kind of organization'),
  country: CountryCodeSchema.nullable().default(null).describe('ISO 3166-1 alpha-2 code, such as MX'),
});

export const SourcePlaceSchema = z.strictObject({
  ...SourceNamed,
  kind: PlaceKindSchema.describe('what kind of place'),
  country: CountryCodeSchema.nullable().default(null).describe('ISO 3166-1 alpha-2 code, such as MX'),
  within: IdSchema.nullable().default(null).describe('the id of the place that contains it'),
  coordinates: z
    .strictObject({ lat: z.number().describe('latitude'), lon: z.number().describe('longitude') })
    .nullable()
    .default(null)
    .describe('an approximate centre, two decimals'),
});

export const SourceCaseSchema = z.strictObject({
  id: IdSchema.describe('a kebab-case slug, unique in the file'),
  title: z.string().min(1).describe("a short title, such as Jose Alarcon's U.S. asylum claim"),
  claimant: IdSchema.nullable()
    .default(null)
    .describe('the person id of who sought refuge; null when anonymous'),
  claimantDescription: z
    .string()
    .min(1)
    .nullable()
    .default(null)
    .describe('the claimant as the reporting describes them; required when claimant is null'),
  refugeCountry: CountryCodeSchema.describe('where refuge was sought (ISO code, such as US or CA)'),
  forum: ForumSchema.describe('where the claim was heard'),
  forumDetail: z.string().min(1).nullable().default(null).describe('the court or board, as reported'),
  attorneys: z.array(IdSchema).default([]).describe('person ids'),
  events: z
    .array(
      z.strictObject({
        date: SourceDate.default(null).describe(
          'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the evidence; null when unknown',
        ),
        dateBasis: z
          .string()
          .min(1)
          .nullable()
          .default(null)
          .describe(
            "how the date is known, in the same words as an article's published.basis; required with a date",
          ),
        description: z.string().min(1).describe('what happened'),
        outcome: OutcomeSchema.nullable().default(null).describe('the outcome this event decided, if any'),
        citation: SourceCitationSchema.describe('where it is reported'),
      }),
    )
    .min(1)
    .describe('the dated timeline; the case outcome is the latest event outcome'),
});

export const SourceFigureSchema = z.strictObject({
  id: IdSchema.describe('a kebab-case slug, unique in the file'),
  value: z.number().describe('the number as reported'),
  qualifier: FigureQualifierSchema.describe('how exact the reporting says it is'),
  unit: z.string().min(1).describe('what the number is in: people, cases, percent…'),
  counts: z.string().min(1).describe('what it counts'),
  scope: z.string().min(1).describe('where or among whom'),
  period: z.string().min(1).nullable().default(null).describe('over what time, as stated'),
  citation: SourceCitationSchema.describe('where it is reported'),
});

export const SourceQuoteSchema = z.strictObject({
  id: IdSchema.describe('a kebab-case slug, unique in the file'),
  speaker: IdSchema.nullable().default(null).describe('the person id of who said it'),
  speakerDescription: z
    .string()
    .min(1)
    .nullable()
    .default(null)
    .describe('the speaker as the article names them; required when speaker is null'),
  text: z.string().min(1).describe('the words quoted; they must occur in the excerpt'),
  to: IdSchema.nullable().default(null).describe('the person or organization id it was said to'),
  citation: SourceCitationSchema.describe('where it is reported'),
});

export const SourceLexiconSchema = z.strictObject({
  synonyms: z
    .array(z.array(z.coerce.string().min(1)).min(2))
    .describe('groups of interchangeable search terms, each a lower-case word, each term in one group'),
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
