import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  articles,
  cases,
  describeEmptyReason,
  OUTCOME_WORDS,
  OUTCOMES,
  people,
  places,
  type SearchFilters,
  type SearchResult,
  search,
} from '../../src/index';
import { allHits } from './helpers';

/* Filters are article-level and combine with AND across fields, OR within one; facets count what they keep. */

const articleIdsOf = (result: SearchResult) => new Set(result.hits.map((hit) => hit.articleId));
const filtered = (text: string, filters: SearchFilters) =>
  allHits((offset) => search({ text, filters }, { limit: 100, offset }));

const mentioning = (kind: 'person' | 'place', id: string) => {
  const record = kind === 'person' ? people.find((p) => p.id === id) : places.find((p) => p.id === id);
  return new Set(record?.mentions.map((mention) => mention.articleId));
};

describe('each filter', () => {
  it('outlet, by name as a person types it or by id', () => {
    const byName = filtered('asylum', { outlet: ['texas observer'] });
    expect(byName.length).toBeGreaterThan(0);
    expect(new Set(byName.map((hit) => hit.articleId))).toEqual(
      new Set(['texas-observer-juarez-officer-denied-asylum']),
    );
    expect(filtered('asylum', { outlet: ['texas-observer'] })).toEqual(byName);
  });

  it('author', () => {
    const hits = filtered('asylum', { author: ['Andrew Becker'] });
    const expected = new Set(articles.filter((a) => a.authors.includes('andrew-becker')).map((a) => a.id));
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((hit) => hit.articleId))).toEqual(expected);
  });

  it('person and place: the passages that name them, accents folded', () => {
    for (const [kind, field, records] of [
      ['person', 'person', people],
      ['place', 'place', places],
    ] as const) {
      for (const record of records) {
        const naming = new Set(
          record.mentions
            .filter((mention) => mention.field === 'paragraph')
            .map((mention) => `${mention.articleId}#${mention.index}`),
        );
        const hits = allHits((offset) =>
          search({ filters: { [field]: [record.name] } }, { limit: 100, offset }),
        );
        expect(
          new Set(hits.map((hit) => `${hit.articleId}#${hit.paragraphIndex}`)),
          `${kind} ${record.id}`,
        ).toEqual(naming);
      }
    }
    const byPlace = filtered('fled', { place: ['Hermosíllo'] });
    expect(byPlace.length).toBeGreaterThan(0);
    for (const hit of byPlace) expect(mentioning('place', 'hermosillo').has(hit.articleId)).toBe(true);
  });

  it('outcome: accepts every word of the outcome vocabulary, both languages ("rejected" is denied)', () => {
    // Typed as the schema's outcomes, but a front end passes what a member typed.
    const typed = (word: string) => ({ outcome: [word] }) as SearchFilters;
    for (const outcome of OUTCOMES) {
      const canonical = filtered('asylum', { outcome: [outcome] });
      for (const word of OUTCOME_WORDS[outcome])
        expect(filtered('asylum', typed(word)), word).toEqual(canonical);
    }
    expect(filtered('asylum', { outcome: ['denied'] }).length).toBeGreaterThan(0);
  });

  it('outcome: articles that report a case event with that outcome', () => {
    const hits = filtered('asylum', { outcome: ['granted'] });
    const reporting = new Set(
      cases.flatMap((c) => c.events.filter((e) => e.outcome === 'granted').map((e) => e.citation.articleId)),
    );
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((hit) => hit.articleId))).toEqual(reporting);
  });

  it('country, by code or by name', () => {
    const byCode = filtered('asylum', { country: ['CA'] });
    expect(byCode.length).toBeGreaterThan(0);
    expect(filtered('asylum', { country: ['canada'] })).toEqual(byCode);
    expect(
      articleIdsOf({ hits: byCode } as SearchResult).has('cir-canada-denies-juarez-officer-asylum'),
    ).toBe(true);
  });

  it('topic', () => {
    const hits = filtered('asylum', { topic: ['human rights'] });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(articles.find((a) => a.id === hit.articleId)?.topics).toContain('human-rights');
    }
  });

  it('year range and partial dates, inclusive; undated articles are left out', () => {
    const yearOf = (id: string) => Number(articles.find((a) => a.id === id)?.published.value?.slice(0, 4));
    const from2010 = filtered('asylum', { yearFrom: 2010 });
    expect(from2010.length).toBeGreaterThan(0);
    for (const hit of from2010) expect(yearOf(hit.articleId)).toBeGreaterThanOrEqual(2010);
    const upTo2009 = filtered('asylum', { yearTo: 2009 });
    for (const hit of upTo2009) expect(yearOf(hit.articleId)).toBeLessThanOrEqual(2009);
    expect(filtered('asylum', { after: '2010' })).toEqual(from2010);
    expect(filtered('asylum', { after: '2019-03', before: '2019-03-31' }).map((h) => h.articleId)).toContain(
      'fronteras-desk-court-denies-sonora-officer-asylum-appeal',
    );
    expect(filtered('asylum', { after: '2030' })).toEqual([]);
  });
});

describe('combining filters', () => {
  it('ANDs different fields and ORs the values of one field', () => {
    const cir = filtered('asylum', { outlet: ['center for investigative reporting'] });
    const granted = filtered('asylum', { outcome: ['granted'] });
    const both = filtered('asylum', { outlet: ['center for investigative reporting'], outcome: ['granted'] });
    const keys = (hits: typeof cir) => new Set(hits.map((hit) => `${hit.articleId}#${hit.paragraphIndex}`));
    const intersection = [...keys(cir)].filter((key) => keys(granted).has(key));
    expect(both.length).toBeGreaterThan(0);
    expect(keys(both)).toEqual(new Set(intersection));
    expect(both.length).toBeLessThan(cir.length);

    const either = filtered('asylum', { outlet: ['texas observer', 'globalpost'] });
    const separately =
      filtered('asylum', { outlet: ['texas observer'] }).length +
      filtered('asylum', { outlet: ['globalpost'] }).length;
    expect(either.length).toBe(separately);
  });

  it('merges option filters over request filters, field by field', () => {
    const result = search(
      { text: 'asylum', filters: { outlet: ['globalpost'], topic: ['police'] } },
      { filters: { outlet: ['texas observer'] }, limit: 100 },
    );
    expect(articleIdsOf(result)).toEqual(new Set(['texas-observer-juarez-officer-denied-asylum']));
  });

  it('filters alone list every passage they keep, in reading order', () => {
    const result = search({ filters: { outlet: ['texas observer'] } }, { limit: 100 });
    const article = articles.find((a) => a.id === 'texas-observer-juarez-officer-denied-asylum');
    expect(result.totalHits).toBe(article?.paragraphs.length);
    expect(result.hits.map((hit) => hit.paragraphIndex)).toEqual(
      article?.paragraphs.map((_, index) => index),
    );
  });

  it('names the filter that emptied a result, and the values its field has among the matches', () => {
    let tried = 0;
    for (const article of articles) {
      const other = articles.find((candidate) => candidate.outlet !== article.outlet);
      const word = article.title.split(/\s+/).find((w) => w.length > 6) ?? '';
      const unfiltered = search(word);
      if (!other || unfiltered.totalHits === 0) continue;
      const onlyHere = unfiltered.facets.outlet.every((facet) => facet.value === article.outlet);
      if (!onlyHere) continue;
      const result = search({ text: word, filters: { outlet: [other.outlet] } });
      expect(result.totalHits).toBe(0);
      expect(result.reason, word).toContain(`outlet:${other.outlet}`);
      expect(result.reason, word).toContain(article.outlet);
      // The same reason as data, for front ends that word it in another language.
      const emptied = result.why?.find((reason) => reason.code === 'filter-leaves-none');
      expect(emptied, word).toMatchObject({ field: 'outlet', values: [other.outlet] });
      expect(emptied?.code === 'filter-leaves-none' && emptied.present.map((each) => each.value)).toContain(
        article.outlet,
      );
      tried++;
    }
    expect(tried).toBeGreaterThan(0);
  });

  it('answers an unknown filter value with a reason naming it and the known values', () => {
    const result = search({ text: 'asylum', filters: { outlet: ['the daily planet'] } });
    expect(result).toMatchObject({ hits: [], totalHits: 0 });
    expect(result.reason).toContain('unknown outlet "the daily planet"');
    expect(result.reason).toContain('texas-observer');
    expect(search({ text: 'asylum', filters: { after: 'yesterday' } }).reason).toContain('YYYY');
    const [unknown] = result.why ?? [];
    expect(unknown).toMatchObject({
      code: 'unknown-filter-value',
      field: 'outlet',
      value: 'the daily planet',
    });
    // Every outlet the archive has, not just the first few the English wording shows.
    expect(unknown?.code === 'unknown-filter-value' && [...unknown.known].sort()).toEqual(
      [...new Set(articles.map((article) => article.outlet))].sort(),
    );
  });

  it('gives every empty result its reasons as data, which describeEmptyReason words as `reason`', () => {
    const empties = [
      '',
      'the and of',
      'qwertzuiop',
      { text: 'asylum', filters: { outlet: ['the daily planet'] } },
      { text: 'asylum', filters: { before: 'soon' } },
      { text: 'asylum', filters: { holding: 'spaceship' as never } },
      { text: 'asylum', filters: { yearTo: 1900 } },
    ] as const;
    const codes = new Set<string>();
    for (const request of empties) {
      const result = search(request);
      expect(result.totalHits, JSON.stringify(request)).toBe(0);
      expect(result.why?.length, JSON.stringify(request)).toBeGreaterThan(0);
      expect(result.reason).toBe(result.why?.map(describeEmptyReason).join('; '));
      for (const reason of result.why ?? []) codes.add(reason.code);
    }
    expect([...codes].sort()).toEqual(
      [
        'empty-query',
        'filter-leaves-none',
        'no-passage-contains',
        'not-a-date',
        'nothing-matches',
        'only-common-words',
        'unknown-filter-value',
        'unknown-holding',
      ].sort(),
    );
    expect(search('asylum').why).toBeUndefined();
  });
});

describe('facets', () => {
  it('count, for every value, exactly the hits that filtering on it keeps', () => {
    const result = search('asylum police');
    for (const field of ['outlet', 'author', 'person', 'place', 'outcome', 'country', 'topic'] as const) {
      expect(result.facets[field].length, field).toBeGreaterThan(0);
      for (const { value, count } of result.facets[field]) {
        expect(
          search({ text: 'asylum police', filters: { [field]: [value] } }).totalHits,
          `${field}:${value}`,
        ).toBe(count);
      }
    }
    for (const { value, count } of result.facets.year) {
      const year = Number(value);
      expect(search({ text: 'asylum police', filters: { yearFrom: year, yearTo: year } }).totalHits).toBe(
        count,
      );
    }
  });

  it('count articles when hits are grouped by article', () => {
    const result = search('asylum', { groupBy: 'article' });
    const totalByOutlet = result.facets.outlet.find(
      (facet) => facet.value === 'center-for-investigative-reporting',
    );
    expect(totalByOutlet?.count).toBe(2);
  });

  it('keep bylines out of the person facet: authors are the author facet', () => {
    const authors = new Set(articles.flatMap((article) => article.authors));
    const namedInText = (id: string) =>
      people.find((person) => person.id === id)?.mentions.some((mention) => mention.field === 'paragraph');
    for (const query of ['asylum', 'police', 'juarez', 'denied']) {
      const { person, author } = search(query).facets;
      for (const facet of person) if (authors.has(facet.value)) expect(namedInText(facet.value)).toBe(true);
      expect(author.length).toBeGreaterThan(0);
    }
  });

  it('show an outlet and the outlet it ran via as one entry, found by either name', () => {
    for (const article of articles.filter((candidate) => candidate.via !== null)) {
      const { outlet } = search({ filters: { outlet: [article.outlet] } }).facets;
      expect(outlet.map((facet) => facet.value)).not.toContain(article.via);
      const byVia = search({ filters: { outlet: [article.via ?? ''] } });
      expect(byVia.totalHits).toBe(search({ filters: { outlet: [article.outlet] } }).totalHits);
    }
  });

  it('label values for people and sort them by count', () => {
    const { person } = search('alarcon').facets;
    expect(person.find((facet) => facet.value === 'jose-alarcon')?.label).toBe('Jose Alarcon');
    const counts = person.map((facet) => facet.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe('grouping and paging', () => {
  it('groupBy article returns each article once, with its best passage', () => {
    const passages = search('asylum denied', { limit: 100 });
    const grouped = search('asylum denied', { groupBy: 'article', limit: 100 });
    const ids = grouped.hits.map((hit) => hit.articleId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(grouped.totalHits).toBe(articleIdsOf(passages).size);
    // Both counts are stated whatever the grouping: passages that match, and the articles they sit in.
    expect(grouped.totalArticles).toBe(grouped.totalHits);
    expect(grouped.totalPassages).toBe(passages.totalHits);
    expect(passages.totalPassages).toBe(passages.totalHits);
    expect(passages.totalArticles).toBe(grouped.totalArticles);
    for (const hit of grouped.hits) {
      const best = passages.hits.find((candidate) => candidate.articleId === hit.articleId);
      expect(hit).toEqual(best);
    }
  });

  it('pages through the same ranking with offset and limit', () => {
    const everything = search('police', { limit: 100 });
    const pages = [0, 5, 10, 15].flatMap((offset) => search('police', { limit: 5, offset }).hits);
    expect(pages).toEqual(everything.hits.slice(0, 20));
    expect(search('police').hits).toHaveLength(10);
    expect(search('police', { limit: 1000 }).hits.length).toBeLessThanOrEqual(100);
    expect(search('police', { offset: everything.totalHits }).hits).toEqual([]);
    expect(search('police', { offset: everything.totalHits }).totalHits).toBe(everything.totalHits);
  });
});

describe('filter values under V8', () => {
  // `names.map(nameKey).includes(key)` was compiled for the arrays the interpreter's `map` had made and thrown
  // away ("wrong map") at the first array made by TurboFan's own `map`: in the bot, under load, thousands of
  // searches in, and compiled again on the server's one core just then. `nameKey`'s own `map` then `join` did
  // the same whenever the probe compiled resolveValue before V8 had compiled `nameKey` — as when the compiler's
  // thread, behind other work on a busy machine, was late: the test failed only under load. So the probe runs
  // under both schedules, each fixed whatever the machine does: every compile V8 decides on done at once, on the
  // main thread, and none done but the probe's own (the interrupt budget never runs out).
  const probe = fileURLToPath(new URL('./support/resolve-value-optimization.ts', import.meta.url));
  it.each([
    ['every compile done as soon as V8 decides on it', '--no-concurrent-recompilation'],
    [
      'no compile but the probe’s own, as when the compiler’s thread is late',
      '--interrupt-budget=2000000000',
    ],
  ])(
    'are resolved by code that stays compiled (TurboFan) from search to search: %s',
    async (_, schedule) => {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--allow-natives-syntax', schedule, '--import', 'tsx', probe],
        { cwd: fileURLToPath(new URL('../..', import.meta.url)) },
      );
      expect(JSON.parse(stdout.trim())).toEqual({ compiled: true, stillCompiled: true });
    },
    60_000,
  );
});
