import { parse } from 'yaml';
import { z } from 'zod';
import type { Article } from '../src/schema/types';

/** One judged query from queries.yaml, with each relevant excerpt resolved to its paragraph. */
export type Judgment = {
  query: string;
  kind: string;
  /**
   * `project`: written with the articles open; `closed-book`: written from eval/topics.md, judged afterwards;
   * `closed-book-2`: a second such set, written in a later session before any change in it (always `held-out-2`);
   * `closed-book-3`: a third, written the same way in the session after that (always `held-out-3`);
   * `closed-book-4`: a fourth, written the same way in the session after that (always `held-out-4`);
   * `closed-book-5`: a fifth, written the same way in the session after that (always `held-out-5`);
   * `closed-book-6`: a sixth, written the same way in the session after that (always `held-out-6`);
   * `closed-book-7`: a seventh, written the same way in the session after that (always `held-out-7`);
   * `closed-book-8`: an eighth, written the same way in the session after that (always `held-out-8`).
   */
  origin: Origin;
  /**
   * Fixed once from the file's split seed (eval/assign-halves.ts): tune on `tuning`; `held-out-4`, `held-out-3`
   * and `held-out-2` (the closed-book-4, -3 and -2 sets) are never looked at while tuning and are quoted first
   * (the newest first, since each older held-out part has been looked at since), then `held-out`. `held-out-5`
   * (the closed-book-5 set) was hidden from `pnpm eval` until its one measure at the fifth session's end;
   * `held-out-6` (the closed-book-6 set) was hidden the same way until its one measure at the sixth session's end;
   * `held-out-7` (the closed-book-7 set) was hidden the same way until its one measure at the eighth session's end;
   * `held-out-8` (the closed-book-8 set) is hidden from `pnpm eval` unless `--held-out-8` is given.
   */
  half: Half;
  /** Relevant passages as `${articleId}#${paragraphIndex}`, best first. */
  passages: string[];
  /** Articles that hold a relevant passage. */
  articles: string[];
};

const ORIGINS = [
  'project',
  'closed-book',
  'closed-book-2',
  'closed-book-3',
  'closed-book-4',
  'closed-book-5',
  'closed-book-6',
  'closed-book-7',
  'closed-book-8',
] as const;
const HALVES = [
  'tuning',
  'held-out',
  'held-out-2',
  'held-out-3',
  'held-out-4',
  'held-out-5',
  'held-out-6',
  'held-out-7',
  'held-out-8',
] as const;
export type Origin = (typeof ORIGINS)[number];
export type Half = (typeof HALVES)[number];

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
