import { OUTCOMES } from '@asylum-archive/core';
import { parseQuery, QUERY_FIELDS, QuerySyntaxError, RESULT_TYPES } from '@asylum-archive/query';
import { describe, expect, it } from 'vitest';
import { localizeQueryError, SPANISH_QUERY_FIELDS, SPANISH_RESULT_TYPES } from '../../src/i18n/query-errors';

function syntaxError(query: string): QuerySyntaxError {
  try {
    parseQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error;
    throw error;
  }
  throw new Error(`${query} was expected to be a syntax error`);
}

describe('query errors in Spanish, by the library’s error code', () => {
  it('names fields and values as the query library reads them in Spanish', () => {
    for (const field of QUERY_FIELDS) {
      const name = SPANISH_QUERY_FIELDS[field];
      const value = field === 'year' ? '2009' : field === 'after' || field === 'before' ? '2010' : 'denied';
      const query = `${name}:${field === 'type' ? SPANISH_RESULT_TYPES.quote : value}`;
      expect(parseQuery(query).nodes[0], query).toMatchObject({ kind: 'filter', field });
    }
    for (const type of RESULT_TYPES)
      expect(parseQuery(`tipo:${SPANISH_RESULT_TYPES[type]}`).nodes[0]).toMatchObject({ value: type });
    // Every outcome a Spanish error lists can be typed back as it is listed.
    const listed = localizeQueryError(syntaxError('resultado:quizas'), 'es');
    const values = /Usa uno de: ([^.]*)\./.exec(listed)?.[1]?.split(', ') ?? [];
    expect(values).toHaveLength(OUTCOMES.length);
    for (const value of values)
      expect(parseQuery(`resultado:${value}`).nodes[0], value).toMatchObject({ field: 'outcome' });
  });

  it('says each error in Spanish and points to the Spanish field, whatever language the query used', () => {
    expect(localizeQueryError(syntaxError('year:2011..2009'), 'es')).toContain('año:2009..2011');
    expect(localizeQueryError(syntaxError('año:2011..2009'), 'es')).toContain('año:2009..2011');
    expect(localizeQueryError(syntaxError('lugr:sonora'), 'es')).toContain('«lugar:»');
    expect(localizeQueryError(syntaxError('-resultado:denegado'), 'es')).toContain('resultado:');
    expect(localizeQueryError(syntaxError('hasta:ayer'), 'es')).toContain('hasta:2010-06-30');
  });

  it('passes the library’s English message through for English readers', () => {
    const error = syntaxError('outcome:maybe');
    expect(localizeQueryError(error, 'en')).toBe(error.message);
  });

  it('echoes prototype names as typed, never as a lookup result', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty']) {
      const text = localizeQueryError(syntaxError(`${name}:x`), 'es');
      expect(text).toContain(`«${name.toLowerCase()}:»`);
      expect(text).not.toContain('function');
      const value = localizeQueryError(syntaxError(`tipo:${name}`), 'es');
      expect(value).toContain(`«${name}»`);
      expect(value).not.toContain('function');
    }
    const proto = localizeQueryError(syntaxError('resultado:__proto__'), 'es');
    expect(proto).toContain('«__proto__»');
    expect(proto).not.toContain('[object');
  });
});
