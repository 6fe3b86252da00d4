import { describe, expect, it } from 'vitest';
import { evaluate, loadJudgments } from '../../eval/evaluate';
import { engineSystem, miniSearchSystem } from '../../eval/systems';
import { articles, createArchive, shippedDataset } from '../../src/index';

/*
 * A guard on relevance, on the judged queries of eval/queries.yaml (`pnpm eval` prints the full table).
 * The floor sits a little under the measured figure so that tuning can trade a query for another, but a
 * real regression (a broken stemmer, lexicon or ranking signal) fails.
 */
describe('relevance on the judged queries', () => {
  const judgments = loadJudgments(articles);
  const engine = evaluate(engineSystem('engine', createArchive(shippedDataset)), judgments);
  const baseline = evaluate(miniSearchSystem(articles), judgments);

  it('has at least 50 judged queries of every kind the issue names', () => {
    expect(judgments.length).toBeGreaterThanOrEqual(50);
    expect(new Set(judgments.map((j) => j.kind))).toEqual(
      new Set(['natural', 'name', 'number', 'spanish', 'typo', 'paraphrase', 'accent']),
    );
  });

  it('reaches MRR@10 ≥ 0.93 and Success@3 = 1, clearly above MiniSearch', () => {
    expect(engine.overall.mrr10).toBeGreaterThanOrEqual(0.93);
    expect(engine.overall.success3).toBe(1);
    expect(engine.overall.mrr10 - baseline.overall.mrr10).toBeGreaterThanOrEqual(0.15);
  });

  it('answers Spanish and misspelt queries nearly as well as English ones', () => {
    expect(engine.byKind.get('spanish')?.mrr10).toBeGreaterThanOrEqual(0.9);
    expect(engine.byKind.get('typo')?.mrr10).toBeGreaterThanOrEqual(0.85);
  });
});
