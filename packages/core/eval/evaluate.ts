import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/schema/types';
import { type Judgment, readJudgments } from './judgments';
import { judge, type Metrics, type QueryOutcome, summarize } from './metrics';
import type { System } from './systems';

export const QUERIES_FILE = join(dirname(fileURLToPath(import.meta.url)), 'queries.yaml');

export function loadJudgments(articles: readonly Article[]): Judgment[] {
  return readJudgments(readFileSync(QUERIES_FILE, 'utf8'), articles);
}

export type Evaluation = {
  system: string;
  overall: Metrics;
  byKind: Map<string, Metrics>;
  outcomes: QueryOutcome[];
};

export function evaluate(system: System, judgments: readonly Judgment[]): Evaluation {
  const outcomes = judgments.map((judgment) => judge(judgment, system.rank(judgment.query)));
  const kinds = [...new Set(judgments.map((judgment) => judgment.kind))];
  return {
    system: system.name,
    overall: summarize(outcomes),
    byKind: new Map(kinds.map((kind) => [kind, summarize(outcomes.filter((o) => o.judgment.kind === kind))])),
    outcomes,
  };
}
