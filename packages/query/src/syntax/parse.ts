import { OUTCOMES } from '@asylum-archive/core';
import type { FilterNode, ParsedQuery, QueryField, QueryNode } from './ast';
import { closest } from './closest';
import { QuerySyntaxError } from './errors';
import { QUERY_FIELDS, RESULT_TYPES, SINGLE_VALUED } from './fields';

// Curly quotes count as quotes because phones and word processors type them for ".
const QUOTES = '"“”';
const SPACE = /\s/;
const FIELD_PREFIX = /^([A-Za-z]+):/;
const YEAR = /^(\d{4})(?:\.\.(\d{4}))?$/;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

const isSpace = (char: string | undefined) => char !== undefined && SPACE.test(char);
const isQuote = (char: string | undefined) => char !== undefined && QUOTES.includes(char);
const collapse = (text: string) => text.split(SPACE).filter(Boolean).join(' ');
const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);
// Echoing a 100k-character value back would bury the message; 40 characters identify it.
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
const listed = (values: readonly string[], suffix = '') => values.map((v) => v + suffix).join(', ');

/**
 * Reads one query line into its syntax tree: free words, "quoted phrases", `-word` / `-"phrase"`
 * exclusions and `field:value` / `field:"two words"` filters. Throws `QuerySyntaxError` (and nothing else)
 * when the line cannot be read, pointing at the offending position.
 */
export function parseQuery(input: string): ParsedQuery {
  if (typeof input !== 'string') {
    throw new QuerySyntaxError(`A query must be a string, not ${typeof input}.`, String(input), 0);
  }
  // Declared with its type so the compiler knows code after a call to it is unreachable.
  const fail: (message: string, at: number) => never = (message, at) => {
    throw new QuerySyntaxError(message, input, at);
  };

  /** The text between the quote at `open` and the next quote, whitespace collapsed, and where to go on. */
  const readQuoted = (open: number): [text: string, next: number] => {
    let close = open + 1;
    while (close < input.length && !isQuote(input[close])) close++;
    if (close >= input.length) {
      fail('Unclosed quote: end the phrase with a closing ", as in "texas observer".', open);
    }
    return [collapse(input.slice(open + 1, close)), close + 1];
  };

  const nodes: QueryNode[] = [];
  const seen = new Set<QueryField>();
  let at = 0;
  while (at < input.length) {
    const start = at;
    if (isSpace(input[at])) {
      at++;
      continue;
    }
    let exclude = false;
    if (input[at] === '-') {
      at++;
      // A hyphen standing alone ("Juarez - El Paso") is punctuation, not an exclusion.
      if (at >= input.length || isSpace(input[at])) continue;
      exclude = true;
    }
    if (isQuote(input[at])) {
      const [text, next] = readQuoted(at);
      if (text) nodes.push({ kind: 'phrase', text, exclude });
      at = next;
      continue;
    }
    let end = at;
    while (end < input.length && !isSpace(input[end]) && !isQuote(input[end])) end++;
    const word = input.slice(at, end);
    const prefix = FIELD_PREFIX.exec(word);
    if (!prefix) {
      nodes.push({ kind: 'term', text: word, exclude });
      at = end;
      continue;
    }

    const name = clip((prefix[1] ?? '').toLowerCase());
    const field = QUERY_FIELDS.find((known) => known === name);
    if (!field) {
      fail(
        `Unknown field "${name}:". Use one of ${listed(QUERY_FIELDS, ':')}. Did you mean "${closest(name, QUERY_FIELDS)}:"?`,
        at,
      );
    }
    if (exclude) {
      fail(
        `A filter cannot be excluded: remove the "-" before ${field}:, or exclude a word or "phrase" instead.`,
        start,
      );
    }
    if (SINGLE_VALUED.includes(field) && seen.has(field)) {
      const hint = field === 'year' ? ' (one range such as year:2009..2011 covers several years)' : '';
      fail(`${field}: is given twice; keep only one${hint}.`, at);
    }
    seen.add(field);

    const valueAt = at + (prefix[0]?.length ?? 0);
    let value = input.slice(valueAt, end);
    if (isQuote(input[valueAt])) [value, end] = readQuoted(valueAt);
    if (!value) {
      fail(
        `Empty value for ${field}:. Write ${field}:value, or ${field}:"two words" for a value with spaces.`,
        valueAt,
      );
    }
    nodes.push(toFilter(field, value, (message) => fail(message, valueAt)));
    at = end;
  }
  return { nodes };
}

/** Checks and normalises a filter's value; `reject` throws with a message about the value. */
function toFilter(field: QueryField, value: string, reject: (message: string) => never): FilterNode {
  switch (field) {
    case 'year': {
      const match = YEAR.exec(value);
      if (!match) {
        return reject(
          `Bad year "${clip(value)}": write year:2019 or a range year:2009..2011 (for an open range use after: or before:).`,
        );
      }
      const from = Number(match[1]);
      const to = Number(match[2] ?? match[1]);
      if (from > to)
        return reject(`Bad year range "${value}": it ends before it starts; write year:${to}..${from}.`);
      return { kind: 'filter', field, from, to };
    }
    case 'after':
    case 'before':
      if (!DATE.test(value)) {
        return reject(
          `Bad date "${clip(value)}" for ${field}:. Write YYYY, YYYY-MM or YYYY-MM-DD, as in ${field}:2010-06-30.`,
        );
      }
      return { kind: 'filter', field, value };
    case 'outcome':
    case 'type': {
      const lower = clip(value.toLowerCase());
      if (field === 'outcome' && isOneOf(OUTCOMES, lower)) return { kind: 'filter', field, value: lower };
      if (field === 'type' && isOneOf(RESULT_TYPES, lower)) return { kind: 'filter', field, value: lower };
      const allowed = field === 'outcome' ? OUTCOMES : RESULT_TYPES;
      return reject(
        `Unknown ${field} "${clip(value)}". Use one of ${listed(allowed)}. Did you mean ${field}:${closest(lower, allowed)}?`,
      );
    }
    default:
      return { kind: 'filter', field, value };
  }
}
