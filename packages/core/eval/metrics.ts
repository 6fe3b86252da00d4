import type { Judgment } from './judgments';

/** What a system returns for one query: its top passages (`article#paragraph`) and its top articles. */
export type Ranking = { passages: readonly string[]; articles: readonly string[] };

export type QueryOutcome = {
  judgment: Judgment;
  /** 1-based rank of the first relevant passage in the top 10, or null. */
  passageRank: number | null;
  /** 1-based rank of the first relevant article, or null. */
  articleRank: number | null;
};

export type Metrics = {
  queries: number;
  /** Mean reciprocal rank of the first relevant passage, counting only the top 10. */
  mrr10: number;
  /** Share of queries whose first article is relevant / that have a relevant article in the top 3. */
  success1: number;
  success3: number;
};

export function judge(judgment: Judgment, ranking: Ranking): QueryOutcome {
  const rankOf = (list: readonly string[], relevant: readonly string[], depth: number) => {
    const at = list.slice(0, depth).findIndex((item) => relevant.includes(item));
    return at < 0 ? null : at + 1;
  };
  return {
    judgment,
    passageRank: rankOf(ranking.passages, judgment.passages, 10),
    articleRank: rankOf(ranking.articles, judgment.articles, 10),
  };
}

export function summarize(outcomes: readonly QueryOutcome[]): Metrics {
  const n = outcomes.length || 1;
  const sum = (value: (outcome: QueryOutcome) => number) =>
    outcomes.reduce((total, o) => total + value(o), 0) / n;
  return {
    queries: outcomes.length,
    mrr10: sum((o) => (o.passageRank ? 1 / o.passageRank : 0)),
    success1: sum((o) => (o.articleRank === 1 ? 1 : 0)),
    success3: sum((o) => (o.articleRank !== null && o.articleRank <= 3 ? 1 : 0)),
  };
}
