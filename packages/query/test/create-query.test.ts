import { createArchive } from '@asylum-archive/core';
import { describe, expect, it } from 'vitest';
import { customData } from '../../../tooling/testing/custom-archive.ts';
import { createQuery } from '../src/index';

describe('createQuery over an archive built by createArchive', async () => {
  // More matching passages than any page or scan window, so totals must be counted, not sampled.
  const count = 1_200;
  const custom = createQuery(await createArchive(customData(count)));

  it('counts every passage that holds a figure for type:figure, however many there are', () => {
    const result = custom.query('type:figure asylum', { limit: 5 });
    expect(result.totalHits).toBe(count);
    expect(result.hits).toHaveLength(5);
    for (const hit of result.hits) expect(hit.paragraphIndex).toBe(0);
    expect(custom.query('asylum', { limit: 5 }).totalHits).toBe(count * 2);
  });

  it('explains a type: restriction that keeps nothing of what the words matched', () => {
    const result = custom.query('type:quote asylum');
    expect(result.totalHits).toBe(0);
    expect(result.reason).toBe(`none of the ${count * 2} matching passages holds a quote`);
  });

  it('names the archive’s own outlet, author and date when formatting its hits', () => {
    const result = custom.query('harbour', { limit: 1 });
    const text = custom.formatResult(result, 'text');
    expect(text).toContain('Harbour Gazette · 2021-05-04');
    expect(text).toContain('Ana Ruiz, “Report');
    expect(text).not.toContain('unknown outlet');
    const [hit] = JSON.parse(custom.formatResult(result, 'json')).hits;
    expect(hit).toMatchObject({ outlet: 'Harbour Gazette', date: '2021-05-04' });
  });

  it('searches with the shipped lexicon: a Spanish query finds the English reporting', () => {
    expect(custom.query('asilo policía').totalHits).toBeGreaterThan(0);
  });
});
