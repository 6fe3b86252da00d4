import { describe, expect, it } from 'vitest';
import { customArticle as article } from '../../../../tooling/testing/custom-archive.ts';
import { createEngine } from '../../src/search/engine';

/*
 * Question words are stop words, so the words a passage shares with the query cannot tell which passage
 * answers "when", "why" or "did": each pair below shares exactly the same index terms with the query, and
 * only the passage that dates the event, gives its cause or states its outcome may rank first.
 */
function ranked(paragraphs: readonly string[], query: string) {
  const engine = createEngine({
    articles: paragraphs.map((paragraph, at) => article(`a${at}`, [paragraph])),
  });
  return engine.search(query).hits;
}

const cases = [
  {
    asks: 'when was the activist detained',
    plain: 'activist detained',
    answers: 'The activist was detained at the border crossing in March by federal agents.',
    other: 'The activist was detained at the border crossing in secret by federal agents.',
  },
  {
    asks: 'cuándo detuvieron al activista',
    plain: 'detuvieron activista',
    answers: 'El activista fue detenido en la frontera el martes por agentes federales.',
    other: 'El activista fue detenido en la frontera sin aviso por agentes federales.',
  },
  {
    asks: 'why did the officer flee the city',
    plain: 'officer flee city',
    answers: 'The officer fled the city because the gunmen came to his home at night.',
    other: 'The officer fled the city and then the gunmen came to his home at night.',
  },
  {
    asks: 'did the officer get asylum',
    plain: 'officer asylum',
    answers: 'The asylum claim of the officer was denied by the judge in Dallas last week.',
    other: 'The asylum claim of the officer was heard by the judge in Dallas last week.',
  },
];

describe('what a question asks for', () => {
  it('ranks the passage with the asked-for wording first, in either order, and only when asked', () => {
    for (const { asks, plain, answers, other } of cases) {
      for (const paragraphs of [
        [answers, other],
        [other, answers],
      ]) {
        const hits = ranked(paragraphs, asks);
        expect(hits, asks).toHaveLength(2);
        expect(hits[0]?.text, asks).toBe(answers);
        expect(hits[0]?.score ?? 0, asks).toBeGreaterThan(hits[1]?.score ?? 0);
        // Without the question word the two passages are alike.
        const [first, second] = ranked(paragraphs, plain);
        expect(first?.score, plain).toBeCloseTo(second?.score ?? 0, 6);
      }
    }
  });

  it('counts the wording only near a word of the query: refused bribes are no refused asylum', () => {
    const far = (verb: string) =>
      `Back home he ${verb} bribes from the drug lords of the violent border city for many long years, until the officer sought asylum.`;
    const [first, second] = ranked([far('refused'), far('ignored')], 'did the officer get asylum');
    expect(first?.score).toBeCloseTo(second?.score ?? 0, 6);
    const near =
      'Back home the officer sought asylum and was refused, after the drug lords of the violent border city found him.';
    const unlifted =
      'Back home the officer sought asylum and was ignored, after the drug lords of the violent border city found him.';
    expect(ranked([unlifted, near], 'did the officer get asylum')[0]?.text).toBe(near);
  });
});
