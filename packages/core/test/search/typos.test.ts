import { describe, expect, it } from 'vitest';
import { customArticle as article } from '../../../../tooling/testing/custom-archive.ts';
import { createEngine } from '../../src/search/engine';

/*
 * A typo is made in a word as it is written, so it is corrected towards written words: a misspelt word can lie
 * one letter from the written word and further from its stem ("protecion" is one letter from "protection" and
 * three from the stem "protect"; "polce" one from "police" and two from "polic").
 */
const engineOf = (paragraphs: readonly string[]) =>
  createEngine({ articles: paragraphs.map((paragraph, at) => article(`a${at}`, [paragraph])) });

describe('typos of written words', () => {
  const engine = engineOf([
    'The activist asked for protection at the border crossing.',
    'The police patrol drove past the station at night.',
    'A reporter wrote about the weather on the coast.',
  ]);

  it('corrects a word one letter from a written word, even when its stem is further off', () => {
    for (const [typo, written] of [
      ['protecion', 'protection'],
      ['polce', 'police'],
    ] as const) {
      const result = engine.search(typo);
      expect(result.totalHits, typo).toBe(1);
      expect(result.hits[0]?.text.toLowerCase(), typo).toContain(written);
      expect(result.didYouMean, typo).toContain(written);
    }
  });

  it('corrects a spelling swap of any written form of a word, not only its first', () => {
    const swapped = engineOf([
      'One officer stayed at the station.',
      'The officers asked for protection at the border.',
      'A reporter wrote about the weather on the coast.',
    ]);
    // "ofisers": c/s and a doubled letter swapped in "officers", the word's second written form.
    const result = swapped.search('ofisers');
    expect(result.totalHits).toBe(2);
    expect(result.didYouMean).toEqual(['officer']);
  });

  it('reads a word spelt by ear as that word before taking it for an unlisted form of a Spanish word', () => {
    // "dayas" is Dallas written by ear (ll/y), and also "days" with a Spanish ending, whose light stem is "day".
    const engine = createEngine({
      articles: [
        article('a0', ['He flew to Dallas for the hearing.']),
        article('a1', ['The hearing lasted three days.']),
      ],
      lexicon: { synonyms: [['days', 'día', 'días']] },
    });
    const result = engine.search('dayas');
    expect(result.didYouMean).toEqual(['dallas']);
    expect(result.hits.map((hit) => hit.text)).toEqual(['He flew to Dallas for the hearing.']);
    expect(engine.search('días').hits.map((hit) => hit.text)).toEqual(['The hearing lasted three days.']);
  });

  it('keeps the first letter: a real word one letter from another at its start is not that word', () => {
    const engine = engineOf(['Whether the court will ever rule is unknown.', 'The river runs north.']);
    expect(engine.search('never').didYouMean).toBeUndefined();
    expect(engine.search('never').totalHits).toBe(0);
    expect(engine.search('rivver').didYouMean).toEqual(['river']);
  });

  it('corrects a four-letter word by a swap of two neighbouring letters, and by nothing else', () => {
    const engine = engineOf(['They said he would work for them.', 'The farm lies by the lake.']);
    expect(engine.search('wrok').didYouMean).toEqual(['work']);
    expect(engine.search('wrok').hits[0]?.text).toContain('work');
    // One letter changed, added or dropped in so short a word is as likely another word: "fork", "lame", "lak".
    for (const word of ['fork', 'lame', 'wor']) {
      expect(engine.search(word).didYouMean, word).toBeUndefined();
      expect(engine.search(word).totalHits, word).toBe(0);
    }
  });

  it('still corrects a typo of a stem, and leaves a word the archive holds alone', () => {
    const typo = engine.search('protectt');
    expect(typo.hits[0]?.text).toContain('protection');
    expect(engine.search('protection').didYouMean).toBeUndefined();
  });
});

describe('two words typed as one', () => {
  const engine = engineOf([
    'The Texas Observer reported the ruling first.',
    'A reporter wrote about the weather on the coast.',
    'Texas was hot that summer.',
  ]);

  it('reads a word that matches nothing as two words of the archive run together, and offers them', () => {
    for (const typed of ['texasobserver', '#TexasObserver']) {
      const result = engine.search(typed);
      expect(result.hits[0]?.text, typed).toBe('The Texas Observer reported the ruling first.');
      expect(result.totalHits, typed).toBe(2);
      expect(result.didYouMean, typed).toEqual(['texas observer']);
    }
  });

  it('corrects a typo before splitting, and splits nothing into a stop word or a two-letter piece', () => {
    // "weathr" is one letter from "weather"; "theweather" would need the stop word "the"; "tocoast" a piece "to".
    expect(engine.search('weathr').didYouMean).toEqual(['weather']);
    expect(engine.search('theweather').totalHits).toBe(0);
    expect(engine.search('tocoast').totalHits).toBe(0);
  });

  it('counts the two words, below the same words typed apart', () => {
    const typedApart = engine.search('texas observer ruling').hits[0];
    const runTogether = engine.search('texasobserver ruling').hits[0];
    const ruling = engine.search('ruling').hits[0];
    expect(runTogether?.text).toBe(typedApart?.text);
    expect(runTogether?.score ?? 0).toBeGreaterThan(ruling?.score ?? 0);
    expect(runTogether?.score ?? 0).toBeLessThan(typedApart?.score ?? 0);
  });
});
