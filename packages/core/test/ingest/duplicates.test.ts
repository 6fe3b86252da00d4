import { describe, expect, it } from 'vitest';
import {
  DUPLICATE_THRESHOLD,
  describeOverlap,
  findOverlaps,
  NEAR_DUPLICATE_THRESHOLD,
  readArchiveSnapshot,
} from '../../ingest/index';
import { curatedBySeed, emptyArchive, ingestSeed, readDataFiles, realArchive, seedNames } from './helpers';

describe('duplicate detection against the archive', () => {
  it.each(seedNames())('refuses raw seed %s: its curated article exists, named with the overlap', (name) => {
    const seed = name.replace(/\.txt$/, '');
    const plan = ingestSeed(name);
    const curated = curatedBySeed(seed);
    expect(plan.overlaps.duplicates.map((o) => o.article.id)).toEqual([curated.id]);
    const [overlap] = plan.overlaps.duplicates;
    if (!overlap) throw new Error('no duplicate found');
    expect(overlap.pageInArticle).toBe(1);
    expect(overlap.articleInPage).toBe(1);
    expect(overlap.sameSeed).toBe(true);
    expect(describeOverlap(overlap)).toContain(
      `data/${curated.file} (“${curated.title}”): 100% of this page's text is in it and 100% of its text is in this page`,
    );
    expect(plan.overlaps.nearDuplicates).toEqual([]);
  });

  it('refuses the same page twice: a draft already written from it is in the archive', () => {
    const first = ingestSeed('003_897bff44505dbb7c.txt', emptyArchive());
    const withDraft = readArchiveSnapshot([
      ...readDataFiles(undefined, { articles: false }),
      { path: `articles/${first.id}.md`, text: first.fileText },
    ]);
    const second = ingestSeed('003_897bff44505dbb7c.txt', withDraft);
    expect(second.overlaps.duplicates.map((o) => [o.article.id, o.article.draft, o.pageInArticle])).toEqual([
      [first.id, true, 1],
    ]);
  });

  it('refuses a longer page that contains an archived article, whatever else it adds', () => {
    const article = curatedBySeed('002_c0c8923120210115');
    const other = curatedBySeed('004_5983cea0e2c42b85');
    const page = [...other.paragraphs.slice(0, 3), ...article.paragraphs];
    const verdict = findOverlaps(page, null, realArchive().articles);
    const hit = verdict.duplicates.find((o) => o.article.id === article.id);
    expect(hit?.articleInPage).toBe(1);
    expect(hit?.pageInArticle).toBeLessThan(DUPLICATE_THRESHOLD);
  });

  it('is not fooled by quote style, accents, case or re-flowed paragraphs', () => {
    const article = curatedBySeed('003_897bff44505dbb7c');
    const reworded = [
      article.paragraphs
        .join(' ')
        .replace(/[“”]/g, '"')
        .replace(/’/g, "'")
        .replace(/Juarez/g, 'Juárez')
        .toUpperCase(),
    ];
    const verdict = findOverlaps(reworded, null, realArchive().articles);
    expect(verdict.duplicates.map((o) => o.article.id)).toEqual([article.id]);
  });

  it('flags a partial reprint as a near-duplicate with its similarity, and does not refuse it', () => {
    // Half of one story followed by half of another: a rewrite that reuses text, not a copy.
    const a = curatedBySeed('001_598eb034a4bfeef7').paragraphs;
    const b = curatedBySeed('000_10893fed5bf555e6').paragraphs;
    const page = [...a.slice(0, 5), ...b.slice(0, 5)];
    const verdict = findOverlaps(page, null, realArchive().articles);
    expect(verdict.duplicates).toEqual([]);
    const flagged = verdict.nearDuplicates.map((o) => o.article.id).sort();
    expect(flagged).toEqual([
      'cir-canada-denies-juarez-officer-asylum',
      'cir-judges-grant-refuge-to-few-mexicans',
    ]);
    for (const overlap of verdict.nearDuplicates) {
      expect(Math.max(overlap.pageInArticle, overlap.articleInPage)).toBeGreaterThanOrEqual(
        NEAR_DUPLICATE_THRESHOLD,
      );
      expect(overlap.similarity).toBeGreaterThan(0);
      expect(describeOverlap(overlap)).toMatch(/similarity \d+%/);
    }
  });

  it('does not flag different stories about the same man (Alarcon in the Observer and GlobalPost)', () => {
    const observer = curatedBySeed('002_c0c8923120210115');
    const verdict = findOverlaps(
      observer.paragraphs,
      null,
      realArchive().articles.filter((a) => a.id !== observer.id),
    );
    expect(verdict).toEqual({ duplicates: [], nearDuplicates: [] });
  });
});
