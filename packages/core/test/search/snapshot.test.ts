import { describe, expect, it } from 'vitest';
import { datasetJson } from '../../src/generated/dataset';
import { searchIndexJson } from '../../src/generated/search-index';
import { shippedDataset } from '../../src/index';
import { stemEnglish } from '../../src/search/analysis/stem-english';
import { UNINDEXED_WORDS } from '../../src/search/analysis/stop-words';
import { tokenize } from '../../src/search/analysis/tokenize';
import { createEngine, loadEngine } from '../../src/search/engine';
import { createSynonymTable, synonymTableFromData } from '../../src/search/lexicon';
import type { SearchSnapshot } from '../../src/search/snapshot';

describe('the prebuilt search snapshot', () => {
  const shipped = JSON.parse(searchIndexJson) as SearchSnapshot;

  it('files every word it lists under the term Porter2 gives that word, so the seeded stemmer cache is right', () => {
    const { vocabulary, forms } = shipped.text;
    expect(forms).toHaveLength(vocabulary.length);
    vocabulary.forEach((term, at) => {
      const words = forms[at] ? (forms[at] as string).split(' ') : [term];
      for (const word of words) {
        expect(UNINDEXED_WORDS.has(word), word).toBe(false);
        expect(stemEnglish(word), word).toBe(term);
      }
    });
  });

  it('lists every word of every passage that is not a stop word', () => {
    const listed = new Set(
      shipped.text.vocabulary.flatMap((term, at) =>
        shipped.text.forms[at] ? (shipped.text.forms[at] as string).split(' ') : [term],
      ),
    );
    const missing = shippedDataset.articles
      .flatMap((article) => article.paragraphs.flatMap(tokenize))
      .filter((token) => token.term !== null && !listed.has(token.folded));
    expect(missing.map((token) => token.folded)).toEqual([]);
  });

  it('is what a loaded engine exports again, word forms included', () => {
    const snapshot = JSON.parse(JSON.stringify(createEngine(shippedDataset).exportIndex())) as SearchSnapshot;
    expect(loadEngine(shippedDataset, snapshot).exportIndex()).toEqual(snapshot);
    expect(snapshot).toEqual(shipped);
  });

  it('lists every key it is read by in code-unit order, once each, so that loading finds keys by binary search', () => {
    const keyLists = {
      vocabulary: shipped.text.vocabulary,
      'body terms': shipped.text.fields.body.terms,
      'title terms': shipped.text.fields.title.terms,
      'summary terms': shipped.text.fields.summary.terms,
      'synonym terms': shipped.synonyms.byTerm.keys,
      'synonym Spanish stems': shipped.synonyms.bySpanishStem.keys,
      'answer terms': shipped.answers.terms,
    };
    for (const [name, keys] of Object.entries(keyLists)) {
      expect(keys.length, name).toBeGreaterThan(0);
      const outOfOrder = keys.filter((key, at) => at > 0 && !((keys[at - 1] as string) < key));
      expect(outOfOrder, name).toEqual([]);
    }
  });

  it('gives every word of the lexicon exactly the synonyms of a fresh table that the text holds', () => {
    // A search uses no other: a synonym the articles never use matches no passage.
    const fresh = createSynonymTable(shippedDataset.lexicon);
    const loaded = synonymTableFromData(shipped.synonyms);
    const held = new Set(shipped.text.vocabulary);
    const lookups = [
      ['by term', fresh.byTerm, loaded.byTerm],
      ['by Spanish stem', fresh.bySpanishStem, loaded.bySpanishStem],
    ] as const;
    for (const [name, built, read] of lookups) {
      for (const [key, terms] of built.entries()) {
        expect(read.get(key) ?? [], `${name}: ${key}`).toEqual(terms.filter((term) => held.has(term)));
      }
      for (const [key] of read.entries()) expect(built.has(key), `${name}: ${key}`).toBe(true);
    }
    // A term the lexicon lists is found even when the text holds none of its group: finding it is what keeps a
    // word the lexicon lists from being read as a Spanish form of another.
    for (const [key] of fresh.byTerm.entries()) expect(loaded.byTerm.has(key), key).toBe(true);
  });

  it('finds nothing for words that name members of every object, loaded or built', () => {
    const loaded = loadEngine(shippedDataset, JSON.parse(searchIndexJson) as SearchSnapshot, true);
    const built = createEngine(shippedDataset);
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(loaded.search(word).totalHits, word).toBe(0);
      expect(loaded.search(`asylum ${word}`), word).toEqual(built.search(`asylum ${word}`));
    }
  });
});

describe('the embedded data', () => {
  it('is ASCII JSON without apostrophes, so V8 reads it as one-byte text in a plain string literal', () => {
    for (const json of [datasetJson, searchIndexJson]) {
      expect(json).toMatch(/^[\x20-\x26\x28-\x7e]*$/);
      expect(JSON.parse(json)).toBeTypeOf('object');
    }
  });
});
