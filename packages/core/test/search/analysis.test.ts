import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../src/index';
import { fold } from '../../src/search/analysis/fold';
import {
  commonClassOf,
  LETTER,
  MARK,
  NUMBER,
  scanWords,
  WORD_PATTERN,
} from '../../src/search/analysis/scan-words';
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

  it('brings a regular verb as a question conjugates it to the root of its infinitive and participle', () => {
    for (const [typed, listed] of [
      ['mataron', 'matar'],
      ['negaron', 'negado'],
      ['asesinaron', 'asesinado'],
      ['otorgaron', 'otorgó'],
      ['concedieron', 'concedida'],
      ['deportaban', 'deportar'],
    ] as const)
      expect(stemSpanish(typed), typed).toBe(stemSpanish(fold(listed)));
    // A root of fewer than three letters says too little: "huir" is left whole.
    expect(stemSpanish('huir')).toBe('huir');
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

  it('reads a negative contraction as "not", with or without its apostrophe, and its auxiliary as nothing', () => {
    const terms = (text: string) =>
      tokenize(text).flatMap((token) => (token.term === null ? [] : [token.term]));
    for (const text of ["he won't go", 'he won’t go', 'he wont go'])
      expect(terms(text), text).toEqual(['not', 'go']);
    expect(terms('the judge didn’t believe him')).toEqual(terms('the judge didnt believe him'));
    expect(terms('the judge didn’t believe him')).toContain('not');
    // "won" alone is a win; a "t" that follows no apostrophe is a letter.
    expect(terms('he won')).toEqual(['won']);
    expect(terms('AT&T')).toEqual([]);
  });
});

describe('the hand-written word scanner', () => {
  const byPattern = (text: string) =>
    [...text.matchAll(WORD_PATTERN)].map((match) => [match.index, match.index + match[0].length]);
  const byScanner = (text: string) => {
    const words: number[][] = [];
    scanWords(text, (start, end) => words.push([start, end]));
    return words;
  };

  it('finds the words of every shipped passage exactly where the pattern does', () => {
    const passages = shippedDataset.articles.flatMap((article) => article.paragraphs);
    expect(passages.length).toBeGreaterThan(30);
    for (const passage of passages) expect(byScanner(passage)).toEqual(byPattern(passage));
  });

  it('agrees with the pattern on acronyms, grouped numbers and the cases around them', () => {
    const cases = [
      'U.S. and U.N.',
      'aU.S.',
      '9U.S.',
      'é.ñ.',
      'A.B',
      '6,347 deaths',
      '1,234,567',
      '12,345,67',
      '1234,567',
      '1,2345',
      '1,234,',
      '1,234,5',
      '1,234U.S.',
      ',123',
      'x1,234',
      '²3,456',
      'Alarcon’s Duran-Rodriguez',
      'e\u0301 \u0301e',
      '𝐀.𝐁. 𝐀𝐁𝐂',
      '\ud800a.b.',
      '🙂a.b.🙂',
    ];
    for (const text of cases) expect(byScanner(text), JSON.stringify(text)).toEqual(byPattern(text));
  });

  it('classes the common code points it writes out exactly as the Unicode patterns do', () => {
    let written = 0;
    const differing: string[] = [];
    for (let codePoint = 0; codePoint < 0x10000; codePoint++) {
      const common = commonClassOf(codePoint);
      if (common === undefined) continue;
      written++;
      const character = String.fromCharCode(codePoint);
      const byPatterns =
        (/\p{L}/u.test(character) ? LETTER : 0) |
        (/\p{M}/u.test(character) ? MARK : 0) |
        (/\p{N}/u.test(character) ? NUMBER : 0);
      if (common !== byPatterns) differing.push(`U+${codePoint.toString(16)}`);
    }
    expect(written).toBeGreaterThan(0);
    expect(differing).toEqual([]);
  });

  it('finds the words of every code unit, alone and beside letters, digits and dots, as the pattern does', () => {
    // Text made only of ASCII and the code points `commonClassOf` writes out is read by COMMON_WORD, its classes
    // written out; any other code unit sends the text to the hand-written loop. Either way each must be classed
    // exactly as the Unicode pattern does, wherever a word can start, continue or end.
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code);
      const texts = [
        character,
        `a${character}`,
        `${character}a`,
        `1${character}`,
        `${character}.b.`,
        `${character}a.b.`,
        `a.${character}.`,
        `1,${character}`,
      ];
      for (const text of texts)
        if (JSON.stringify(byScanner(text)) !== JSON.stringify(byPattern(text)))
          differing.push(JSON.stringify(text));
    }
    expect(differing).toEqual([]);
  });

  it('reads text beyond the common code points by hand, as the pattern does', () => {
    // One uncommon character anywhere sends the whole text past COMMON_WORD.
    for (const text of ['Ⅻ 6,347 U.S. año', 'año٣ U.S.', 'αβγ 1,234,567 é.ñ.', '🙂 Juárez'])
      expect(byScanner(text), text).toEqual(byPattern(text));
  });

  it('agrees with the pattern on random text, by property', () => {
    const tricky = fc.constantFrom(
      ...[
        'a',
        'Z',
        'é',
        'ß',
        '\u0301',
        '0',
        '7',
        '²',
        '٣',
        'Ⅻ',
        '.',
        ',',
        ' ',
        '’',
        '-',
        '🙂',
        '𝐀',
        '\ud800',
        '\udc00',
      ],
    );
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 40 }), (characters) => {
        const text = characters.join('');
        expect(byScanner(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
    // Fragments that build acronyms and grouped numbers next to each other, which single characters rarely do.
    const fragments = fc.constantFrom(
      ...['1,234', ',567', '89', 'U.', 'S.', 'é.', 'ab', '.', ',', ' ', '\u0301'],
    );
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(byScanner(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(byScanner(text)).toEqual(byPattern(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the fold', () => {
  /** Its definition: decomposed, combining marks removed, lower case, curly apostrophes straightened. */
  const byDefinition = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[\u2019\u2018\u02bc]/g, "'");

  it('folds every character, alone and after a letter, as its definition does', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code);
      if (fold(character) !== byDefinition(character)) differing.push(`U+${code.toString(16)}`);
      if (fold(`e${character}`) !== byDefinition(`e${character}`)) differing.push(`e U+${code.toString(16)}`);
    }
    expect(differing).toEqual([]);
  });

  it('folds mixed text as its definition does, by property', () => {
    const pieces = fc.constantFrom(
      ...['Juárez', 'Ñ', '’', '—', 'e\u0301', 'ক্', 'Ǆ', 'İ', 'ﬁ', '\u20d7', 'Ⅻ', '🙂', 'a', ' '],
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(fold(text)).toBe(byDefinition(text));
      }),
      { numRuns: 2000 },
    );
  });
});
