import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { z } from 'zod';

/*
 * The ingest corpus (test/fixtures/corpus/manifest.yaml): real pages with the result a maintainer expects,
 * split by site into a tuning half and a held-out half. Pure: the manifest's text in, checked pages out.
 */

/**
 * The sets added after the seeded split, oldest first, named once here for the schema, `LATER_SETS` and
 * `HIDDEN_SET`: a new round appends its fresh set's name and nothing else changes by hand.
 */
export const LATER_SET_NAMES = [
  'held-out-2',
  'held-out-3',
  'held-out-4',
  'held-out-5',
  'held-out-6',
  'held-out-7',
  'held-out-8',
  'held-out-9',
  'held-out-10',
  'held-out-11',
  'held-out-12',
  'held-out-13',
  'held-out-14',
] as const;

/**
 * The newest later set: the held-out set of the round under way. eval:ingest does not even ingest it unless
 * asked (`--<name>` for its aggregates, `--show-<name>` for its failures too); every older set is printed.
 */
type Last<T extends readonly unknown[]> = T extends readonly [...unknown[], infer L] ? L : never;
export const HIDDEN_SET = LATER_SET_NAMES[LATER_SET_NAMES.length - 1] as Last<typeof LATER_SET_NAMES>;

const GenreSchema = z.enum([
  'news-report',
  'court-opinion',
  'blog-post',
  'government-page',
  'organization-page',
]);

const ExpectedSchema = z.strictObject({
  title: z.string().min(1).nullable(),
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
    .nullable(),
  authors: z.array(z.string().min(1)),
  outlet: z.string().min(1).nullable(),
  genre: GenreSchema,
  truncated: z.boolean().nullable(),
  body: z.array(z.string().min(1)).min(1),
  removed: z.array(z.string().min(1)),
});

export const CorpusPageSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  file: z.string().regex(/^pages\/[a-z0-9-]+\.(?:txt|html)$/),
  site: z.string().min(1),
  address: z.url({ protocol: /^https?$/ }),
  source: z.string().min(1).optional(),
  kind: z.string().min(1),
  rights: z.string().min(1),
  cut: z.string().min(1),
  /**
   * `tuning` and `held-out` are dealt by the seed; `held-out-2` and on (`LATER_SET_NAMES`) are later sets of pages, each from sites
   * in no other part, fixed before the rule changes they measure, and never dealt by the seed.
   */
  split: z.enum(['tuning', 'held-out', ...LATER_SET_NAMES]),
  expected: ExpectedSchema,
});

export const CorpusManifestSchema = z.strictObject({
  split: z.strictObject({ seed: z.string().min(1), method: z.string().min(1) }),
  pages: z.array(CorpusPageSchema).min(1),
});

export type CorpusPage = z.infer<typeof CorpusPageSchema>;
export type CorpusManifest = z.infer<typeof CorpusManifestSchema>;
export type Half = CorpusPage['split'];

/** Parses and checks the manifest; throws with the path of the first problem. */
export function parseCorpusManifest(text: string): CorpusManifest {
  const parsed = CorpusManifestSchema.safeParse(parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`corpus manifest → ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const ids = new Set<string>();
  for (const page of parsed.data.pages) {
    if (ids.has(page.id)) throw new Error(`corpus manifest: the id "${page.id}" is used twice`);
    ids.add(page.id);
  }
  return parsed.data;
}

const siteKey = (seed: string, site: string) => createHash('sha256').update(`${seed}:${site}`).digest('hex');

/**
 * The split the seed gives: whole sites, in order of sha256("<seed>:<site>"), go to the tuning half until
 * it holds at least half the pages; the rest are held out. Keyed by page id.
 */
export function splitBySite(
  seed: string,
  pages: ReadonlyArray<{ id: string; site: string }>,
): Map<string, Half> {
  const bySite = new Map<string, string[]>();
  for (const page of pages) bySite.set(page.site, [...(bySite.get(page.site) ?? []), page.id]);
  const sites = [...bySite.keys()].sort((a, b) => (siteKey(seed, a) < siteKey(seed, b) ? -1 : 1));
  const halves = new Map<string, Half>();
  let tuning = 0;
  for (const site of sites) {
    const ids = bySite.get(site) ?? [];
    const half: Half = tuning * 2 < pages.length ? 'tuning' : 'held-out';
    if (half === 'tuning') tuning += ids.length;
    for (const id of ids) halves.set(id, half);
  }
  return halves;
}

/** The sets added after the seeded split, each from sites in no other part; the seed never deals them. */
export const LATER_SETS: ReadonlySet<Half> = new Set<Half>(LATER_SET_NAMES);

/**
 * Pages whose recorded half differs from the one the seed gives, and pages of a later set (held-out-2 and on)
 * whose site is also in another part (empty when the manifest is honest). The seed deals only the
 * pages outside the later sets.
 */
export function splitDisagreements(manifest: CorpusManifest): string[] {
  const seeded = manifest.pages.filter((page) => !LATER_SETS.has(page.split));
  const halves = splitBySite(manifest.split.seed, seeded);
  const partsOf = new Map<string, Set<string>>();
  for (const page of manifest.pages) {
    const part = LATER_SETS.has(page.split) ? page.split : 'a seeded half';
    partsOf.set(page.site, (partsOf.get(page.site) ?? new Set()).add(part));
  }
  return [
    ...seeded
      .filter((page) => halves.get(page.id) !== page.split)
      .map((page) => `${page.id}: recorded ${page.split}, the seed gives ${halves.get(page.id)}`),
    ...manifest.pages
      .filter((page) => LATER_SETS.has(page.split))
      .flatMap((page) => {
        const others = [...(partsOf.get(page.site) ?? [])].filter((part) => part !== page.split);
        return others.length === 0
          ? []
          : [`${page.id}: ${page.split}, but its site ${page.site} is also in ${others.join(' and ')}`];
      }),
  ];
}
