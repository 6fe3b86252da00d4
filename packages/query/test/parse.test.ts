import { OUTCOMES } from '@asylum-archive/core';
import { describe, expect, it } from 'vitest';
import {
  type ParsedQuery,
  parseQuery,
  QUERY_FIELDS,
  QuerySyntaxError,
  SPANISH_FIELD_NAMES,
  SPANISH_VALUES,
} from '../src/index';

/** Parses and expects a QuerySyntaxError, returning it for closer checks. */
function syntaxError(input: string): QuerySyntaxError {
  try {
    parseQuery(input);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
}

const nodes = (input: string): ParsedQuery['nodes'] => parseQuery(input).nodes;

describe('parseQuery: words, phrases and exclusions', () => {
  it('reads free words in order', () => {
    expect(nodes('juarez  police\tofficer')).toEqual([
      { kind: 'term', text: 'juarez', exclude: false },
      { kind: 'term', text: 'police', exclude: false },
      { kind: 'term', text: 'officer', exclude: false },
    ]);
  });

  it('reads an empty or blank line as no clauses', () => {
    expect(nodes('')).toEqual([]);
    expect(nodes(' \n\t ')).toEqual([]);
  });

  it('reads a quoted phrase with its whitespace collapsed', () => {
    expect(nodes('"  ninth   circuit "')).toEqual([
      { kind: 'phrase', text: 'ninth circuit', exclude: false },
    ]);
  });

  it('accepts curly quotes as typed by phones', () => {
    expect(nodes('“texas observer”')).toEqual([{ kind: 'phrase', text: 'texas observer', exclude: false }]);
  });

  it('drops an empty phrase', () => {
    expect(nodes('a "" b "  "')).toEqual([
      { kind: 'term', text: 'a', exclude: false },
      { kind: 'term', text: 'b', exclude: false },
    ]);
  });

  it('ends a word at a quote, so the phrase after it stands alone', () => {
    expect(nodes('asylum"el paso"')).toEqual([
      { kind: 'term', text: 'asylum', exclude: false },
      { kind: 'phrase', text: 'el paso', exclude: false },
    ]);
  });

  it('reads -word and -"phrase" as exclusions', () => {
    expect(nodes('asylum -canada -"el paso"')).toEqual([
      { kind: 'term', text: 'asylum', exclude: false },
      { kind: 'term', text: 'canada', exclude: true },
      { kind: 'phrase', text: 'el paso', exclude: true },
    ]);
  });

  it('treats a hyphen standing alone as punctuation and a hyphen inside a word as part of it', () => {
    expect(nodes('Juarez - El-Paso -')).toEqual([
      { kind: 'term', text: 'Juarez', exclude: false },
      { kind: 'term', text: 'El-Paso', exclude: false },
    ]);
  });

  it('keeps accents, digits and punctuation in words for core to fold', () => {
    expect(nodes('Juárez 85% 10:30')).toEqual([
      { kind: 'term', text: 'Juárez', exclude: false },
      { kind: 'term', text: '85%', exclude: false },
      { kind: 'term', text: '10:30', exclude: false },
    ]);
  });
});

describe('parseQuery: filters', () => {
  it.each(['outlet', 'author', 'person', 'place', 'country', 'topic'] as const)(
    'reads %s: as a text filter',
    (field) => {
      expect(nodes(`${field}:abc ${field}:"two  words"`)).toEqual([
        { kind: 'filter', field, value: 'abc' },
        { kind: 'filter', field, value: 'two words' },
      ]);
    },
  );

  it('reads field names in any case and keeps the value as written', () => {
    expect(nodes('Outlet:GlobalPost')).toEqual([{ kind: 'filter', field: 'outlet', value: 'GlobalPost' }]);
  });

  it('keeps colons after the first inside a value', () => {
    expect(nodes('topic:a:b')).toEqual([{ kind: 'filter', field: 'topic', value: 'a:b' }]);
  });

  it('reads year:YYYY as a one-year range and year:YYYY..YYYY as a range', () => {
    expect(nodes('year:2019 ')).toEqual([{ kind: 'filter', field: 'year', from: 2019, to: 2019 }]);
    expect(nodes('year:2009..2011')).toEqual([{ kind: 'filter', field: 'year', from: 2009, to: 2011 }]);
  });

  it('reads after: and before: dates at year, month or day precision', () => {
    expect(nodes('after:2009 before:2019-03-22')).toEqual([
      { kind: 'filter', field: 'after', value: '2009' },
      { kind: 'filter', field: 'before', value: '2019-03-22' },
    ]);
    expect(nodes('after:2010-06')).toEqual([{ kind: 'filter', field: 'after', value: '2010-06' }]);
  });

  it('reads outcome: and type: case-insensitively into their canonical values', () => {
    expect(nodes('outcome:DENIED type:Quote outcome:not-sought')).toEqual([
      { kind: 'filter', field: 'outcome', value: 'denied' },
      { kind: 'filter', field: 'type', value: 'quote' },
      { kind: 'filter', field: 'outcome', value: 'not-sought' },
    ]);
  });

  it('allows a text filter to repeat (its values combine with OR in core)', () => {
    expect(nodes('outlet:globalpost outlet:"texas observer"')).toHaveLength(2);
  });

  it('reads the design example clause by clause', () => {
    expect(nodes('alarcon outcome:denied outlet:"texas observer" after:2010 -canada')).toEqual([
      { kind: 'term', text: 'alarcon', exclude: false },
      { kind: 'filter', field: 'outcome', value: 'denied' },
      { kind: 'filter', field: 'outlet', value: 'texas observer' },
      { kind: 'filter', field: 'after', value: '2010' },
      { kind: 'term', text: 'canada', exclude: true },
    ]);
  });
});

describe('parseQuery: errors point at the problem and say what would be right', () => {
  it('names the valid fields and the closest one for an unknown field', () => {
    const error = syntaxError('alarcon athor:becker');
    expect(error.position).toBe(8);
    expect(error.message).toContain('Unknown field "athor:"');
    expect(error.message).toContain(
      'outlet:, author:, person:, place:, year:, after:, before:, outcome:, country:, topic:, type:',
    );
    expect(error.message).toContain('Did you mean "author:"?');
  });

  it('suggests the field a typed prefix starts', () => {
    expect(syntaxError('out:x').message).toContain('Did you mean "outlet:"?');
  });

  it('points an unclosed quote at the opening quote', () => {
    const error = syntaxError('asylum "ninth circuit');
    expect(error.position).toBe(7);
    expect(error.message).toMatch(/^Unclosed quote/);
  });

  it('points an unclosed quoted value at its opening quote', () => {
    expect(syntaxError('outlet:"texas observer').position).toBe(7);
  });

  it('rejects an empty filter value, pointing where the value belongs', () => {
    for (const input of ['outlet:', 'outlet: texas', 'outlet:""', 'outlet:"   "']) {
      const error = syntaxError(input);
      expect(error.position, input).toBe(7);
      expect(error.message).toBe(
        'Empty value for outlet:. Write outlet:value, or outlet:"two words" for a value with spaces.',
      );
    }
  });

  it('rejects a year range that ends before it starts and shows it the right way round', () => {
    const error = syntaxError('year:2011..2009');
    expect(error.position).toBe(5);
    expect(error.message).toContain('write year:2009..2011');
  });

  it.each(['year:20x9', 'year:2009-2011', 'year:2009..', 'year:19'])(
    'rejects the malformed year in %s',
    (input) => {
      const error = syntaxError(input);
      expect(error.position).toBe(5);
      expect(error.message).toContain('write year:2019 or a range year:2009..2011');
    },
  );

  it.each(['after:2010-13', 'before:10-06-2010', 'after:2010-02-32', 'before:yesterday'])(
    'rejects the bad date in %s',
    (input) => {
      const error = syntaxError(input);
      expect(error.position).toBe(input.indexOf(':') + 1);
      expect(error.message).toContain('Write YYYY, YYYY-MM or YYYY-MM-DD');
    },
  );

  it('reads the words people use for an outcome, both languages, as that outcome', () => {
    const outcomes = (line: string) =>
      nodes(line).map((node) => (node.kind === 'filter' && node.field === 'outcome' ? node.value : null));
    expect(outcomes('outcome:rejected outcome:Rechazado outcome:negado outcome:denegada')).toEqual([
      'denied',
      'denied',
      'denied',
      'denied',
    ]);
    expect(outcomes('outcome:concedido outcome:otorgado outcome:approved')).toEqual([
      'granted',
      'granted',
      'granted',
    ]);
    expect(outcomes('outcome:apelado outcome:"not sought" outcome:pendiente')).toEqual([
      'appealed',
      'not-sought',
      'pending',
    ]);
  });

  it('lists the outcomes and the one a mistyped outcome word means', () => {
    const error = syntaxError('outcome:rejectd');
    expect(error.position).toBe(8);
    expect(error.message).toBe(
      'Unknown outcome "rejectd". Use one of granted, denied, pending, appealed, withdrawn, not-sought. Did you mean outcome:denied?',
    );
  });

  it('never suggests the opposite outcome: a typo of a denial word is never offered as granted', () => {
    for (const typo of ['rejectd', 'rejeced', 'rechasado', 'negadoo', 'denyed', 'refusd']) {
      expect(syntaxError(`outcome:${typo}`).message, typo).toContain('Did you mean outcome:denied?');
    }
    for (const typo of ['grantd', 'concedio0', 'otorgad0', 'aprovado']) {
      expect(syntaxError(`outcome:${typo}`).message, typo).toContain('Did you mean outcome:granted?');
    }
  });

  it('lists the result types and the closest one for an unknown type', () => {
    const error = syntaxError('type:quotes');
    expect(error.position).toBe(5);
    expect(error.message).toContain(
      'Use one of article, person, case, figure, quote. Did you mean type:quote?',
    );
  });

  it('rejects an excluded filter at its hyphen', () => {
    const error = syntaxError('asylum -outlet:globalpost');
    expect(error.position).toBe(7);
    expect(error.message).toContain('remove the "-" before outlet:');
  });

  it.each([
    'year:2009 year:2010',
    'after:2009 after:2010',
    'before:2009 before:2010',
    'type:quote type:case',
  ])('rejects a second value of a single-valued field in %s', (input) => {
    const error = syntaxError(input);
    expect(error.position).toBe(input.lastIndexOf(' ') + 1);
    expect(error.message).toMatch(/is given twice; keep only one/);
  });

  it('quotes at most 40 characters of a long bad value or field back', () => {
    for (const input of [
      `${'a'.repeat(5000)}:x`,
      `outcome:${'d'.repeat(5000)}`,
      `after:${'9'.repeat(5000)}`,
    ]) {
      const message = syntaxError(input).message;
      expect(message.length, input.slice(0, 12)).toBeLessThan(300);
      expect(message).toMatch(/([a-z9])\1{39}…/);
    }
  });

  it('keeps the input on the error, for rendering', () => {
    expect(syntaxError('x:y').input).toBe('x:y');
  });

  it('rejects a value that is not a string with the same error type', () => {
    expect(() => parseQuery(42 as unknown as string)).toThrow(QuerySyntaxError);
  });
});

describe('parseQuery: every error carries a stable code and the values its message names', () => {
  it.each([
    ['alarcon athor:becker', { code: 'unknown-field', field: 'athor', suggestion: 'author' }],
    ['asylum "ninth circuit', { code: 'unclosed-quote' }],
    ['asylum -outlet:globalpost', { code: 'excluded-filter', field: 'outlet' }],
    ['year:2009 year:2010', { code: 'repeated-field', field: 'year' }],
    ['outlet:', { code: 'empty-value', field: 'outlet' }],
    ['year:20x9', { code: 'bad-year', value: '20x9' }],
    ['year:2011..2009', { code: 'reversed-year-range', from: 2011, to: 2009 }],
    ['before:yesterday', { code: 'bad-date', field: 'before', value: 'yesterday' }],
    ['outcome:denyd', { code: 'unknown-value', field: 'outcome', value: 'denyd', suggestion: 'denied' }],
    ['type:quotes', { code: 'unknown-value', field: 'type', value: 'quotes', suggestion: 'quote' }],
  ] as const)('%s', (input, detail) => {
    const error = syntaxError(input);
    expect(error.code).toBe(detail.code);
    expect(error.detail).toMatchObject(detail);
  });

  it('gives the code of a value that is not a string', () => {
    try {
      parseQuery(42 as unknown as string);
    } catch (error) {
      expect(error).toBeInstanceOf(QuerySyntaxError);
      expect((error as QuerySyntaxError).detail).toEqual({ code: 'not-a-string', type: 'number' });
      return;
    }
    throw new Error('expected a QuerySyntaxError');
  });

  it('lists every canonical field and value an unknown one may be replaced with', () => {
    const field = syntaxError('qqq:x').detail;
    expect(field.code === 'unknown-field' && field.fields).toEqual(QUERY_FIELDS);
    const value = syntaxError('outcome:qqq').detail;
    expect(value.code === 'unknown-value' && value.allowed).toEqual(OUTCOMES);
  });
});

describe('parseQuery: Spanish field names and values', () => {
  it('reads each Spanish field name, with or without accents, as its field', () => {
    expect(SPANISH_FIELD_NAMES.size).toBeGreaterThan(0);
    for (const [name, field] of SPANISH_FIELD_NAMES) {
      const value = field === 'year' ? '2009' : field === 'after' || field === 'before' ? '2010-06' : 'x';
      const input = `${name}:${field === 'outcome' ? 'denied' : field === 'type' ? 'quote' : value}`;
      const [node] = nodes(input);
      expect(node, input).toMatchObject({ kind: 'filter', field });
    }
    expect(nodes('año:2009 país:canadá')).toEqual(nodes('year:2009 country:canadá'));
    expect(nodes('Persona:alarcon LUGAR:"el paso"')).toEqual(nodes('person:alarcon place:"el paso"'));
  });

  it('reads Spanish outcome and type values into their canonical English ones', () => {
    const spanishOutcomes = [
      ['concedido', 'granted'],
      ['otorgado', 'granted'],
      ['denegado', 'denied'],
      ['negado', 'denied'],
      ['rechazado', 'denied'],
      ['pendiente', 'pending'],
      ['apelado', 'appealed'],
      ['recurrido', 'appealed'],
      ['retirado', 'withdrawn'],
      ['no-solicitado', 'not-sought'],
    ] as const;
    for (const [word, outcome] of spanishOutcomes)
      expect(nodes(`resultado:${word}`), word).toEqual([
        { kind: 'filter', field: 'outcome', value: outcome },
      ]);
    for (const [word, type] of SPANISH_VALUES.type)
      expect(nodes(`tipo:${word}`), word).toEqual([{ kind: 'filter', field: 'type', value: type }]);
    expect(nodes('resultado:Concedido tipo:artículo')).toEqual(nodes('outcome:granted type:article'));
  });

  it('keeps a word with accents before a colon that names no field as text, as before', () => {
    expect(nodes('Juárez: asilo')).toEqual([
      { kind: 'term', text: 'Juárez:', exclude: false },
      { kind: 'term', text: 'asilo', exclude: false },
    ]);
  });

  it('suggests the nearest name, Spanish ones included, for an unknown field', () => {
    expect(syntaxError('resultdo:denegado').detail).toMatchObject({ suggestion: 'resultado' });
    expect(syntaxError('lugr:sonora').detail).toMatchObject({ suggestion: 'lugar' });
  });

  it('treats prototype names as unknown fields and values, never as lookups that succeed', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty'])
      expect(syntaxError(`${name}:x`).code, name).toBe('unknown-field');
    // Underscores are not letters: no field name, so plain text.
    expect(nodes('__proto__:x')).toEqual([{ kind: 'term', text: '__proto__:x', exclude: false }]);
    for (const value of ['constructor', 'toString', '__proto__'])
      expect(syntaxError(`resultado:${value}`).code, value).toBe('unknown-value');
  });
});
