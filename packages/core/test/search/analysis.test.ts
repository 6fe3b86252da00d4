import { describe, expect, it } from 'vitest';
import { stemEnglish } from '../../src/search/analysis/stem-english';
import { stemSpanish } from '../../src/search/analysis/stem-spanish';
import { tokenize } from '../../src/search/analysis/tokenize';

describe('Porter2 English stemming', () => {
  it('matches the published algorithm on its classic examples', () => {
    const expected: Record<string, string> = {
      caresses: 'caress',
      ponies: 'poni',
      ties: 'tie',
      cries: 'cri',
      hopping: 'hop',
      hoping: 'hope',
      generously: 'generous',
      consignment: 'consign',
      knightly: 'knight',
      relational: 'relat',
      formality: 'formal',
      sensibility: 'sensibl',
      adjustment: 'adjust',
      skies: 'sky',
      dying: 'die',
      proceed: 'proceed',
      gas: 'gas',
      gaps: 'gap',
    };
    for (const [word, stem] of Object.entries(expected)) expect(stemEnglish(word), word).toBe(stem);
  });

  it('joins the inflections readers use', () => {
    expect(new Set(['deny', 'denies', 'denied'].map(stemEnglish)).size).toBe(1);
    expect(stemEnglish('officers')).toBe(stemEnglish('officer'));
    expect(stemEnglish('killing')).toBe(stemEnglish('killed'));
    expect(stemEnglish('office')).not.toBe(stemEnglish('officer'));
  });
});

describe('Spanish light stemming', () => {
  it('strips plural and gender endings', () => {
    expect(stemSpanish('policias')).toBe(stemSpanish('policia'));
    expect(stemSpanish('negadas')).toBe(stemSpanish('negado'));
    expect(stemSpanish('carteles')).toBe(stemSpanish('cartel'));
  });
});

describe('tokenize', () => {
  it('keeps offsets into the original text, folds words and joins numbers and acronyms', () => {
    const text = 'Juárez: 6,347 deaths in the U.S., Duran-Rodriguez’s case';
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.folded)).toEqual([
      'juarez',
      '6347',
      'deaths',
      'in',
      'the',
      'us',
      'duran',
      'rodriguez',
      's',
      'case',
    ]);
    for (const token of tokens)
      expect(text.slice(token.start, token.end).length).toBe(token.end - token.start);
    expect(text.slice(tokens[0]?.start, tokens[0]?.end)).toBe('Juárez');
    expect(tokens.find((token) => token.folded === 'the')?.term).toBeNull();
  });
});
