import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../ingest/index';
import { curatedBySeed, ingestSeed, matchingParagraphs, seedNames } from './helpers';

/**
 * The quality figure the issue asks for: ingest's dry-run draft of each raw seed, compared paragraph by
 * paragraph with the article the curators made from that seed. A paragraph counts when it is identical and
 * in order (longest common subsequence); the denominator is the longer of the two lists, so boilerplate
 * left in the draft counts against the figure as much as a paragraph lost from it.
 */
describe('ingest on the raw seeds reproduces the curated paragraphs', () => {
  const rows = seedNames().map((name) => {
    const plan = ingestSeed(name);
    // Read the body back from the printed draft, exactly as `--dry-run` shows it.
    const printed = checkDraft(plan.fileText);
    if (!printed.ok) throw new Error(`${name}: ${printed.problems.join('; ')}`);
    const curated = curatedBySeed(name.replace(/\.txt$/, ''));
    const matched = matchingParagraphs(printed.paragraphs, curated.paragraphs);
    const total = Math.max(printed.paragraphs.length, curated.paragraphs.length);
    return {
      name,
      article: curated.id,
      matched,
      total,
      draft: printed.paragraphs,
      curated: curated.paragraphs,
    };
  });

  it('matches at least 95% of paragraphs overall (figure printed per seed)', () => {
    const matched = rows.reduce((sum, row) => sum + row.matched, 0);
    const total = rows.reduce((sum, row) => sum + row.total, 0);
    const share = matched / total;
    const lines = rows.map(
      (row) =>
        `  ${row.name.padEnd(26)} → ${row.article.padEnd(58)} ${String(row.matched).padStart(2)}/${String(row.total).padEnd(2)} ${((100 * row.matched) / row.total).toFixed(1).padStart(5)}%`,
    );
    console.log(
      `ingest --dry-run body vs curated paragraphs\n${lines.join('\n')}\n  overall ${matched}/${total} = ${(100 * share).toFixed(1)}% (required ≥ 95%)`,
    );
    expect(rows).toHaveLength(5);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it.each(seedNames())('%s: every paragraph the draft keeps is one the curators kept', (name) => {
    const row = rows.find((r) => r.name === name);
    const leaked = row?.draft.filter((paragraph) => !row.curated.includes(paragraph)) ?? ['(no row)'];
    expect(leaked).toEqual([]);
  });
});
