import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CorpusPage,
  HIDDEN_SET,
  LATER_SET_NAMES,
  parseCorpusManifest,
  splitBySite,
  splitDisagreements,
} from '../../ingest/eval/corpus';
import { type IngestResult, nameKey, scorePage, sentencesOf, summarize } from '../../ingest/eval/score';
import { decodeInput } from '../../ingest/index';
import type { DateBasis } from '../../ingest/metadata/propose-date';
import { packageDir } from './helpers';

const corpusDir = join(packageDir, 'test', 'fixtures', 'corpus');
const manifest = parseCorpusManifest(readFileSync(join(corpusDir, 'manifest.yaml'), 'utf8'));

describe('the ingest corpus', () => {
  it('holds every page it lists, each a readable saved page', () => {
    for (const page of manifest.pages) {
      const file = join(corpusDir, page.file);
      const decoded = decodeInput(readFileSync(file), file);
      expect(decoded.ok, page.file).toBe(true);
      if (decoded.ok) expect(decoded.format, page.file).toBe(page.file.endsWith('.html') ? 'html' : 'text');
    }
  });

  it('records the split its seed gives, and no site is in both halves', () => {
    expect(splitDisagreements(manifest)).toEqual([]);
    const sitesOf = (half: string) =>
      new Set(manifest.pages.filter((page) => page.split === half).map((page) => page.site));
    const tuning = sitesOf('tuning');
    for (const site of sitesOf('held-out')) expect(tuning.has(site), site).toBe(false);
  });

  it("keeps held-out-2 out of the seeded split and away from the seeded halves' sites", () => {
    const [first] = manifest.pages.filter((page) => page.split !== 'held-out-2');
    if (!first) throw new Error('the corpus has no seeded page');
    const later = { ...first, id: 'a-later-page', split: 'held-out-2' as const };
    expect(splitDisagreements({ ...manifest, pages: [...manifest.pages, later] })).toEqual([
      `a-later-page: held-out-2, but its site ${first.site} is also in a seeded half`,
    ]);
    const elsewhere = { ...later, site: 'a-site-in-no-half.example' };
    expect(splitDisagreements({ ...manifest, pages: [...manifest.pages, elsewhere] })).toEqual([]);
  });

  it('hides the newest later set, and that set holds pages', () => {
    expect(HIDDEN_SET).toBe(LATER_SET_NAMES[LATER_SET_NAMES.length - 1]);
    expect(manifest.pages.filter((page) => page.split === HIDDEN_SET).length).toBeGreaterThan(0);
  });

  // A later set against the set measured just before it: the rule is one, the pairs are its cases.
  it.each([
    ['held-out-2', 'held-out-3'],
    ['held-out-4', 'held-out-5'],
    ['held-out-5', 'held-out-6'],
    ['held-out-6', 'held-out-7'],
    ['held-out-7', 'held-out-8'],
    ['held-out-8', 'held-out-9'],
    ['held-out-9', 'held-out-10'],
    ['held-out-10', 'held-out-11'],
    ['held-out-11', 'held-out-12'],
    ['held-out-12', 'held-out-13'],
    ['held-out-13', 'held-out-14'],
  ] as const)('keeps a later set off the sites of an earlier one: %s vs %s', (earlier, later) => {
    // A page alone on its site, so that the new page's overlap is the only one reported.
    const alone = (page: { site: string }) =>
      manifest.pages.filter((other) => other.site === page.site).length === 1;
    const [older] = manifest.pages.filter((page) => page.split === earlier && alone(page));
    if (!older) throw new Error(`the corpus has no ${earlier} page alone on its site`);
    const newer = { ...older, id: 'a-newer-page', split: later };
    expect(splitDisagreements({ ...manifest, pages: [...manifest.pages, newer] })).toEqual([
      `${older.id}: ${earlier}, but its site ${older.site} is also in ${later}`,
      `a-newer-page: ${later}, but its site ${older.site} is also in ${earlier}`,
    ]);
    const elsewhere = { ...newer, site: 'a-site-in-no-part.example' };
    expect(splitDisagreements({ ...manifest, pages: [...manifest.pages, elsewhere] })).toEqual([]);
  });

  it('splits by whole sites, giving the tuning half at least half the pages', () => {
    const pages = [
      { id: 'a1', site: 'a.example' },
      { id: 'a2', site: 'a.example' },
      { id: 'b1', site: 'b.example' },
      { id: 'c1', site: 'c.example' },
    ];
    const halves = splitBySite('some seed', pages);
    expect(halves.get('a1')).toBe(halves.get('a2'));
    const tuning = pages.filter((page) => halves.get(page.id) === 'tuning').length;
    expect(tuning * 2).toBeGreaterThanOrEqual(pages.length);
    expect(tuning).toBeLessThan(pages.length);
  });

  it('expects every body sentence to appear in the page it comes from', () => {
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    for (const page of manifest.pages) {
      const source = flat(readFileSync(join(corpusDir, page.file), 'utf8'));
      for (const paragraph of page.expected.body) {
        // A sentence's first words are on the page as printed (hyphens and wrapping aside).
        const opening = flat(paragraph).split(' ').slice(0, 3).join(' ');
        if (page.file.endsWith('.txt')) expect(source, `${page.id}: ${opening}`).toContain(opening);
      }
    }
  });
});

describe('corpus scoring', () => {
  it('splits sentences after full stops, question marks and closing quotes', () => {
    expect(sentencesOf('He left. “Why?” she asked. Mr. Smith stayed.')).toEqual([
      'He left.',
      '“Why?” she asked.',
      'Mr.',
      'Smith stayed.',
    ]);
  });

  it('compares judges and reporters by last name', () => {
    expect(nameKey('Michael Daly Hawkins')).toBe(nameKey('HAWKINS'));
    expect(nameKey('Milan D. Smith, Jr.')).toBe('smith');
  });

  it('counts boilerplate left in the body and sentences missing from it', () => {
    const page = manifest.pages.find((p) => p.id === 'thecrimereport-us-fights-asylum');
    if (!page) throw new Error('corpus page missing');
    const score = scorePage(page, {
      ok: true,
      title: page.expected.title,
      date: null,
      dateFrom: 'none',
      authors: [],
      genre: page.expected.genre,
      truncated: false,
      body: [page.expected.body[0] ?? '', 'Comments are closed.'],
    });
    expect(score.bodyExact).toBe(false);
    expect(score.boilerplateKept).toEqual(['Comments are closed.']);
    expect(score.sentencesLost).toEqual(sentencesOf(page.expected.body[1] ?? ''));
    expect(score.sentencesLost.length).toBeGreaterThan(0);
    expect(score.title).toBe('right');
    expect(score.date).toBe('not-stated');
  });

  it("counts a day read from the page's address apart where the page states no date, and as any date where it states one", () => {
    const page = (date: string | null): CorpusPage => ({
      id: 'sample-page',
      file: 'pages/sample-page.txt',
      site: 'news.example.com',
      address: 'https://news.example.com/2017/03/09/shelter/',
      kind: 'news story',
      rights: 'sample',
      cut: 'none',
      split: 'tuning',
      expected: {
        title: null,
        date,
        authors: [],
        outlet: null,
        genre: 'news-report',
        truncated: null,
        body: ['The shelter opened.'],
        removed: [],
      },
    });
    const result = (dateFrom: DateBasis): IngestResult => ({
      ok: true,
      title: null,
      date: '2017-03-09',
      dateFrom,
      authors: [],
      genre: 'news-report',
      truncated: null,
      body: ['The shelter opened.'],
    });
    expect(scorePage(page(null), result('address')).date).toBe('inferred');
    expect(scorePage(page(null), result('stated')).date).toBe('invented');
    expect(scorePage(page('2017-03-08'), result('address')).date).toBe('wrong');
    expect(scorePage(page('2017-03-09'), result('address')).date).toBe('right');
    const summary = summarize([scorePage(page(null), result('address'))]);
    expect([summary.dateInferred, summary.dateInvented, summary.dateRight]).toEqual([1, 0, 0]);
    // A right day that only the address gave is shown apart from days read from the page.
    const stated = summarize([
      scorePage(page('2017-03-09'), result('address')),
      scorePage(page('2017-03-09'), result('stated')),
    ]);
    expect([stated.dateRight, stated.dateRightFromAddress]).toEqual([2, 1]);
  });
});
