import { parse } from 'yaml';
import { z } from 'zod';
import type { Article } from '../src/schema/types';

/** One judged query from queries.yaml, with each relevant excerpt resolved to its paragraph. */
export type Judgment = {
  query: string;
  kind: string;
  /**
   * `project`: written with the articles open; `closed-book`: written from eval/topics.md, judged afterwards;
   * `closed-book-N` (N in `LATER_SETS`): the N-th such set, written in a later session before any ranking change in
   * it, always in its own part `held-out-N`.
   */
  origin: Origin;
  /**
   * Fixed once from the file's split seed (eval/assign-halves.ts): tune on `tuning`, quote `held-out`. Each
   * `held-out-N` (the closed-book-N set, see `LATER_SETS`) is never tuned on; the newest is hidden from `pnpm eval`
   * until its one measure at the end of a session, the older ones are shown as looked-at sets.
   */
  half: Half;
  /** Relevant passages as `${articleId}#${paragraphIndex}`, best first. */
  passages: string[];
  /** Articles that hold a relevant passage. */
  articles: string[];
};

/**
 * The closed-book sets written after the seeded split, oldest first: set N has origin `closed-book-N` and is held
 * out whole as `held-out-N`. `measured` is the one measure a set got while nobody had looked at it (date, MRR@10),
 * where one was recorded. The LAST set is the current round's fresh one: `pnpm eval` hides every figure of it unless
 * run with its `--held-out-N` flag, and no test asserts on it. A new round appends its set here (and records the
 * one measure of the set before it): nothing else names the hidden set.
 */
export const LATER_SETS = [
  { set: 2 },
  { set: 3 },
  { set: 4 },
  { set: 5, measured: '2026-12-01 17:00 UTC, 0.747' },
  { set: 6, measured: '2026-12-01 19:34 UTC, 0.774' },
  { set: 7, measured: '2026-12-01 22:23 UTC, 0.794' },
  { set: 8, measured: '2026-12-02 00:47 UTC, 0.707' },
  { set: 9, measured: '2026-12-02 03:48 UTC, 0.792' },
  { set: 10, measured: '2026-12-02 06:25 UTC, 0.811' },
  { set: 11, measured: '2026-12-02 09:05 UTC, 0.758' },
  { set: 12, measured: '2026-12-02 11:51 UTC, 0.640' },
  { set: 13, measured: '2026-12-02 14:10 UTC, 0.774' },
  { set: 14, measured: '2026-12-02 16:37 UTC, 0.744' },
  { set: 15 },
] as const satisfies readonly { set: number; measured?: string }[];
type LaterSet = (typeof LATER_SETS)[number]['set'];

const ORIGINS = ['project', 'closed-book', ...LATER_SETS.map(({ set }) => `closed-book-${set}` as const)] as [
  'project',
  'closed-book',
  ...`closed-book-${LaterSet}`[],
];
const HALVES = ['tuning', 'held-out', ...LATER_SETS.map(({ set }) => `held-out-${set}` as const)] as [
  'tuning',
  'held-out',
  ...`held-out-${LaterSet}`[],
];
export type Origin = (typeof ORIGINS)[number];
export type Half = (typeof HALVES)[number];

/** The current round's fresh set (the last of `LATER_SETS`): hidden unless its flag is given. */
const newest = LATER_SETS[LATER_SETS.length - 1] ?? LATER_SETS[0];
export const HIDDEN_HALF: Half = `held-out-${newest.set}`;
export const HIDDEN_ORIGIN: Origin = `closed-book-${newest.set}`;
/** The flag that shows the hidden set (`pnpm eval --held-out-N`). An older set's flag is accepted and changes nothing. */
export const HIDDEN_FLAG = `--${HIDDEN_HALF}`;

const QueriesSchema = z.array(
  z.strictObject({
    query: z.string().min(1),
    kind: z.string().min(1),
    origin: z.enum(ORIGINS),
    half: z.enum(HALVES, { error: 'every query needs its half: run `tsx eval/assign-halves.ts`' }),
    // Empty only while a query waits for its judgment (or when no paragraph answers it): such a query is
    // left out of every figure and counted apart (see `unjudged`).
    relevant: z.array(z.strictObject({ article: z.string(), excerpt: z.string().min(1) })),
  }),
);

export const passageKey = (articleId: string, paragraphIndex: number) => `${articleId}#${paragraphIndex}`;

/**
 * Reads the judged queries and pins every excerpt to the one paragraph that contains it; a judgment that
 * names an unknown article or an excerpt found in no paragraph (or in several) is reported, not guessed.
 */
export function readJudgments(yamlText: string, articles: readonly Article[]): Judgment[] {
  const parsed = QueriesSchema.safeParse(parse(yamlText));
  if (!parsed.success)
    throw new Error(`eval/queries.yaml does not match its format:\n${z.prettifyError(parsed.error)}`);
  const byId = new Map(articles.map((article) => [article.id, article]));
  const problems: string[] = [];
  const judged = parsed.data.flatMap((entry, index) => (entry.relevant.length > 0 ? [{ entry, index }] : []));
  const judgments = judged.map(({ entry, index }) => {
    const passages: string[] = [];
    for (const { article: articleId, excerpt } of entry.relevant) {
      const article = byId.get(articleId);
      const found =
        article?.paragraphs.flatMap((paragraph, at) => (paragraph.includes(excerpt) ? [at] : [])) ?? [];
      if (!article) problems.push(`[${index}] "${entry.query}": unknown article ${articleId}`);
      else if (found.length !== 1) {
        problems.push(
          `[${index}] "${entry.query}": excerpt "${excerpt}" is in ${found.length} paragraphs of ${articleId}, expected exactly 1`,
        );
      } else passages.push(passageKey(articleId, found[0] ?? 0));
    }
    const articleIds = [...new Set(passages.map((key) => key.slice(0, key.indexOf('#'))))];
    return {
      query: entry.query,
      kind: entry.kind,
      origin: entry.origin,
      half: entry.half,
      passages,
      articles: articleIds,
    };
  });
  if (problems.length > 0)
    throw new Error(`eval/queries.yaml has judgments that do not resolve:\n${problems.join('\n')}`);
  return judgments;
}

/**
 * The queries in queries.yaml that have no relevant passage listed yet: not measured, reported by count. A hidden
 * half is left out, so that not even its count of unanswerable queries is shown.
 */
export function unjudged(yamlText: string, hiddenHalf?: Half): string[] {
  const parsed = QueriesSchema.safeParse(parse(yamlText));
  return parsed.success
    ? parsed.data
        .filter((entry) => entry.relevant.length === 0 && entry.half !== hiddenHalf)
        .map((e) => e.query)
    : [];
}
