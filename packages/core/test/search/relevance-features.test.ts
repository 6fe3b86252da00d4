import { describe, expect, it } from 'vitest';
import { articles, search } from '../../src/index';
import { foldedText, highlighted } from './helpers';

/* Behaviour of the shipped engine on the shipped articles, through the package's public entry. */

describe('matching', () => {
  it('folds accents and case: Juárez finds what Juarez finds', () => {
    const accented = search('Juárez');
    const plain = search('juarez');
    expect(accented.totalHits).toBeGreaterThan(0);
    expect(accented.hits).toEqual(plain.hits);
    for (const hit of accented.hits) expect(foldedText(hit)).toContain('juarez');
  });

  it('stems English: "deny" finds "denied" and "denying", and highlights them', () => {
    const result = search('deny', { limit: 100 });
    const words = result.hits.flatMap(highlighted).map((word) => word.toLowerCase());
    expect(words).toContain('denied');
    expect(words).toContain('denying');
  });

  it('expands Spanish through the lexicon: "asilo policía negado" finds asylum, police and denied', () => {
    const result = search('asilo policía negado');
    expect(result.totalHits).toBeGreaterThan(0);
    const top = result.hits[0];
    if (!top) throw new Error('no hit');
    const words = highlighted(top).map((word) => word.toLowerCase());
    expect(words).toEqual(expect.arrayContaining(['asylum']));
    expect(words.some((word) => ['police', 'officer', 'officers'].includes(word))).toBe(true);
    expect(words.some((word) => ['denied', 'denying', 'rejected'].includes(word))).toBe(true);
  });

  /** Whether the first hit for `query` highlights a word that `word` matches (lower case). */
  const firstHighlights = (query: string, word: RegExp) => {
    const [top] = search(query).hits;
    if (!top) throw new Error(`no hit for ${query}`);
    return highlighted(top).some((highlight) => word.test(highlight.toLowerCase()));
  };

  it("translates the Spanish of the articles' everyday words, not only their subject's: país, semanas, mudarse, edad", () => {
    for (const [spanish, english] of [
      ['país', /^countr(y|ies)$/],
      ['semanas', /^weeks?$/],
      ['mudarse', /^mov(e|ing)$/],
      ['edad', /^old$/],
    ] as const)
      expect(firstHighlights(spanish, english), spanish).toBe(true);
  });

  it('reads the abbreviations members type for units of time and for offices: hrs, yrs, wks, mos, govt, dept, atty', () => {
    for (const [short, word] of [
      ['hrs', /^hours?$/],
      ['yrs', /^years?$/],
      ['wks', /^weeks?$/],
      ['mos', /^months?$/],
      ['govt', /^government$/],
      ['dept', /^department$/],
      ['atty', /^attorneys?$/],
    ] as const)
      expect(firstHighlights(short, word), short).toBe(true);
  });

  it('reads "count", "toll" and "tally" as words for the numbers, not as typos of "court"', () => {
    for (const word of ['count', 'toll', 'tally']) {
      expect(search(word).didYouMean, word).toBeUndefined();
      expect(firstHighlights(word, /^(statistics|figures?|numbers?|data)$/), word).toBe(true);
    }
  });

  it('expands everyday variants: "cop" also finds passages that only say "officer" or "police"', () => {
    const result = search('cop', { limit: 100 });
    const literal = result.hits.filter((hit) => /\bcops?\b/i.test(hit.text));
    expect(literal.length).toBeGreaterThan(0);
    expect(result.totalHits).toBeGreaterThan(literal.length);
    expect(result.hits.some((hit) => !/\bcops?\b/i.test(hit.text) && /officer|police/i.test(hit.text))).toBe(
      true,
    );
  });

  it('reads winning a claim as having it granted: "win", "won", "ganó" also find passages that say granted', () => {
    for (const word of ['win', 'won', 'ganó']) {
      const words = search(word, { limit: 100 })
        .hits.flatMap(highlighted)
        .map((w) => w.toLowerCase());
      expect(words, word).toContain('granted');
    }
  });

  it('reads a lost claim as a denied one, being locked up as being detained, a massacre as killings', () => {
    const pairs: ReadonlyArray<readonly [string, string]> = [
      ['lost', 'denied'],
      ['perdió', 'denied'],
      ['locked', 'detained'],
      ['jailed', 'detained'],
      ['migra', 'immigration'],
      ['massacre', 'killed'],
      ['executed', 'killed'],
      ['feds', 'federal'],
      ['ports', 'crossing'],
      ['investigador', 'investigators'],
    ];
    for (const [word, found] of pairs) {
      const words = search(word, { limit: 100 })
        .hits.flatMap(highlighted)
        .map((w) => w.toLowerCase());
      expect(words, word).toContain(found);
    }
  });

  it('reads the name of a place\'s people as naming it: "canadian", "juarense", "sonorense", "texano"', () => {
    for (const [demonym, place] of [
      ['canadian', 'Canada'],
      ['juarense', 'Juarez'],
      ['sonorense', 'Sonora'],
      ['texano', 'Texas'],
    ] as const) {
      // Stories about the place: those its filter keeps.
      const about = new Set(
        search('police', { filters: { place: [place] }, limit: 100 }).hits.map((hit) => hit.articleId),
      );
      const [top] = search(`${demonym} police`).hits;
      expect(top && about.has(top.articleId), demonym).toBe(true);
    }
  });

  it('ranks the word typed above its synonyms: "sanctuary" puts the passage that says sanctuary first', () => {
    const [top] = search('sanctuary').hits;
    expect(top?.text.toLowerCase()).toContain('sanctuary');
  });

  it('corrects typos in names and says what it understood', () => {
    for (const [typo, name] of [
      ['gallindo', 'galindo'],
      ['matulewitz', 'matulewicz'],
      ['weisinger', 'wiesinger'],
    ] as const) {
      const result = search(typo);
      expect(result.totalHits, typo).toBeGreaterThan(0);
      expect(result.hits[0] && foldedText(result.hits[0]), typo).toContain(name);
      expect(result.didYouMean, typo).toContain(name);
    }
  });

  it('does not "correct" a short real word into another one', () => {
    const result = search('give');
    expect(result.didYouMean).toBeUndefined();
  });

  it('requires phrases word for word and highlights them whole', () => {
    const result = search({ phrases: ['immigration judge'] }, { limit: 100 });
    expect(result.totalHits).toBeGreaterThan(0);
    for (const hit of result.hits) {
      expect(foldedText(hit)).toMatch(/immigration\W+judge/);
      expect(highlighted(hit).map((word) => word.toLowerCase())).toContain('immigration judge');
    }
    const loose = search('immigration judge', { limit: 100 });
    expect(loose.totalHits).toBeGreaterThan(result.totalHits);
  });

  it('drops passages that contain an excluded word or phrase', () => {
    const all = search('juarez', { limit: 100 });
    const withoutAlarcon = search({ text: 'juarez', exclude: ['alarcon'] }, { limit: 100 });
    expect(withoutAlarcon.totalHits).toBeGreaterThan(0);
    expect(withoutAlarcon.totalHits).toBeLessThan(all.totalHits);
    for (const hit of withoutAlarcon.hits) expect(foldedText(hit)).not.toContain('alarcon');
    const withoutPhrase = search({ text: 'asylum', exclude: ['police officers'] }, { limit: 100 });
    for (const hit of withoutPhrase.hits) expect(foldedText(hit)).not.toMatch(/police\W+officers/);
    expect(withoutPhrase.totalHits).toBeLessThan(search('asylum').totalHits);
  });

  it('finds numbers written with separators either way', () => {
    const [withComma] = search('6,347').hits;
    const [without] = search('6347').hits;
    expect(withComma?.text).toContain('6,347');
    expect(without).toEqual(withComma);
  });
});

describe('ranking with what the data knows', () => {
  it('puts the passages that introduce a named person first', () => {
    const [first, second] = search('jose alarcon').hits;
    expect(first?.text).toContain('Jose Alarcon');
    expect(second?.text).toContain('Jose Alarcon');
  });

  it('puts the passage that states a named figure first', () => {
    expect(search('85 percent denied').hits[0]?.text).toContain('at least 85 percent');
    expect(search('45,000 troops').hits[0]?.text).toContain('45,000 troops');
  });

  it('ranks an article whose title matches the query first when grouping by article', () => {
    const [top] = search('juarez police officer denied asylum', { groupBy: 'article' }).hits;
    expect(top?.articleId).toBe('texas-observer-juarez-officer-denied-asylum');
  });

  it('gives higher scores to better hits, in order', () => {
    const { hits } = search('ninth circuit appeal denied', { limit: 20 });
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(scores[scores.length - 1] ?? 0);
  });
});

describe('hits, snippets and highlights', () => {
  it('returns the whole passage as text, and the paragraph it is', () => {
    for (const hit of search('asylum', { limit: 100 }).hits) {
      const article = articles.find((candidate) => candidate.id === hit.articleId);
      expect(article?.paragraphs[hit.paragraphIndex]).toBe(hit.text);
    }
  });

  it('cuts long passages to a window around the matches, with ellipses, and keeps offsets exact', () => {
    const { hits } = search('hitmen automatic weapons', { limit: 100 });
    expect(hits.length).toBeGreaterThan(0);
    let cut = 0;
    for (const hit of hits) {
      expect(hit.snippet.length).toBeLessThanOrEqual(242);
      const core = hit.snippet.replace(/^…/, '').replace(/…$/, '');
      expect(hit.text).toContain(core);
      if (hit.snippet !== hit.text) cut++;
      let previousEnd = 0;
      for (const [start, end] of hit.highlights) {
        expect(start).toBeGreaterThanOrEqual(previousEnd);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(hit.snippet.length);
        expect(hit.snippet.slice(start, end)).not.toMatch(/^\s|\s$|…/);
        previousEnd = end;
      }
    }
    expect(cut).toBeGreaterThan(0);
  });

  it('highlights the words that matched, in their inflected and synonym forms', () => {
    const [hit] = search('Duran threatened').hits;
    const words = (hit ? highlighted(hit) : []).map((word) => word.toLowerCase());
    expect(words.some((word) => word.startsWith('duran'))).toBe(true);
  });
});
