import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articles, cases, figures, getPerson } from '../../src/index';

/*
 * What the curators established from the five seed pages (test/fixtures/seeds/), checked by seed name.
 * These hold however many articles join them; rules for every article are in integrity.test.ts.
 */

const seedsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'seeds');
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.replace(/\.txt$/, ''));
const bySeed = (seed: string) => {
  const article = articles.find((a) => a.seed === seed);
  if (!article) throw new Error(`no curated article for seed ${seed}`);
  return article;
};

describe('the articles curated from the seed pages', () => {
  it('each seed page has its curated article, with no boilerplate left in the body', () => {
    const body = seeds.flatMap((seed) => bySeed(seed).paragraphs).join('\n');
    for (const boilerplate of [
      'Creative Commons license',
      'Republish our articles',
      'Fall Drive',
      'By posting comments',
      'Connect to share and comment',
      'Gavel courts justice hero',
      'This story is from the Fronteras Desk',
      'land and territories of Indigenous peoples',
      'master’s degree in journalism',
    ]) {
      expect(body, boilerplate).not.toContain(boilerplate);
    }
  });

  it('keeps Jose Alarcon as one person across two outlets, with both reported ages cited', () => {
    const observer = bySeed('002_c0c8923120210115');
    const globalpost = bySeed('003_897bff44505dbb7c');
    const alarcon = getPerson('jose-alarcon');
    expect(new Set(alarcon?.mentions.map((m) => m.articleId))).toEqual(new Set([observer.id, globalpost.id]));
    const ages = alarcon?.statements.filter((s) => s.attribute === 'age');
    expect(ages?.map((s) => [s.value, s.citation.articleId]).sort()).toEqual(
      [
        ['26', globalpost.id],
        ['27', observer.id],
      ].sort(),
    );
  });

  it('dates the Fronteras Desk page by its own stamp', () => {
    expect(bySeed('004_5983cea0e2c42b85').published).toMatchObject({ value: '2019-03-22', precision: 'day' });
  });

  it('marks the titles the pages lost as editorial, and the cut-off page as truncated', () => {
    const editorial = seeds.filter((seed) => bySeed(seed).titleSource === 'editorial');
    expect(editorial).toEqual(['000_10893fed5bf555e6', '001_598eb034a4bfeef7']);
    expect(seeds.filter((seed) => bySeed(seed).truncated)).toEqual(['003_897bff44505dbb7c']);
  });

  it('records the statistics the seed pages report, and the Ninth Circuit denial', () => {
    const values = figures.map((f) => f.value);
    for (const n of [71, 3000, 900, 11000, 45000, 85, 6347, 170, 3500]) expect(values, String(n)).toContain(n);
    const duran = cases.find((c) => c.claimant === 'jose-jesus-duran-rodriguez');
    expect(duran).toMatchObject({ outcome: 'denied', forum: 'court-of-appeals' });
  });
});
