import { describe, expect, it } from 'vitest';
import { customArticle as article } from '../../../../tooling/testing/custom-archive.ts';
import { createEngine } from '../../src/search/engine';

/*
 * A Spanish word the archive's text lacks is searched through its lexicon group. Its own translation (the
 * group's cognate: "asilo" → asylum, "policía" → police) counts as the word typed; the group's other members
 * count as synonyms, as they do for an English word: exact words before synonym-only matches.
 */
const engineOf = (paragraphs: readonly string[], synonyms: string[][]) =>
  createEngine({
    articles: paragraphs.map((paragraph, at) => article(`a${at}`, [paragraph])),
    lexicon: { synonyms },
  });

describe('Spanish words through their cognates', () => {
  it("ranks the passage with the word's own translation above one with only a synonym, in either order", () => {
    const cognate = 'The officer asked the court for asylum after the threats.';
    const synonym = 'The officer asked the court for sanctuary after the threats.';
    for (const paragraphs of [
      [cognate, synonym],
      [synonym, cognate],
    ]) {
      const hits = engineOf(paragraphs, [['sanctuary', 'asylum', 'asilo', 'refugio']]).search('asilo').hits;
      expect(hits.map((hit) => hit.text)).toEqual([cognate, synonym]);
      expect(hits[0]?.score ?? 0).toBeGreaterThan(hits[1]?.score ?? 0);
    }
  });

  it('keeps every member of a group without a cognate at full weight', () => {
    const hits = engineOf(
      [
        'The attorney spoke to the court after the threats.',
        'The lawyer spoke to the court after the threats.',
      ],
      [['attorney', 'lawyer', 'abogado']],
    ).search('abogado').hits;
    expect(hits).toHaveLength(2);
    expect(hits[0]?.score).toBeCloseTo(hits[1]?.score ?? 0, 6);
  });

  it('finds a conjugated Spanish verb the lexicon does not list through the form it does list', () => {
    const engine = engineOf(
      ['Two police officers were killed at the port.', 'Two police officers were praised at the port.'],
      [
        ['kill', 'killed', 'matar', 'asesinado'],
        ['police', 'policía'],
      ],
    );
    for (const query of ['policías mataron', 'asesinaron policías']) {
      const [first, second] = engine.search(query).hits;
      expect(first?.text, query).toBe('Two police officers were killed at the port.');
      expect(first?.score ?? 0, query).toBeGreaterThan(second?.score ?? 0);
    }
  });
});
