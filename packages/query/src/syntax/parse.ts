import { nearestOutcome, OUTCOMES, outcomeOf } from '@asylum-archive/core';
import type { FilterNode, ParsedQuery, QueryField, QueryNode } from './ast';
import { closest } from './closest';
import { type QuerySyntaxDetail, QuerySyntaxError } from './errors';
import {
  fieldNamed,
  foldName,
  QUERY_FIELDS,
  RESULT_TYPES,
  SINGLE_VALUED,
  SPANISH_FIELD_NAMES,
  SPANISH_VALUES,
} from './fields';
import { syntaxMessage } from './messages';

// Curly quotes count as quotes because phones and word processors type them for ".
const QUOTES = '"“”';
const SPACE = /\s/;
// Letters with accents too, for the Spanish names (`año:`, `país:`).
const FIELD_PREFIX = /^(\p{L}+):/u;
const ASCII_LETTERS = /^[A-Za-z]+$/;
const YEAR = /^(\d{4})(?:\.\.(\d{4}))?$/;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

const isSpace = (char: string | undefined) => char !== undefined && SPACE.test(char);
const isQuote = (char: string | undefined) => char !== undefined && QUOTES.includes(char);
const collapse = (text: string) => text.split(SPACE).filter(Boolean).join(' ');
const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);
// Echoing a 100k-character value back would bury the message; 40 characters identify it.
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
/** Every field name a person may write, English first: what an unknown name is compared with. */
const FIELD_NAMES: readonly string[] = [...QUERY_FIELDS, ...SPANISH_FIELD_NAMES.keys()];

/**
 * Reads one query line into its syntax tree: free words, "quoted phrases", `-word` / `-"phrase"`
 * exclusions and `field:value` / `field:"two words"` filters. Throws `QuerySyntaxError` (and nothing else)
 * when the line cannot be read, pointing at the offending position.
 */
export function parseQuery(input: string): ParsedQuery {
  if (typeof input !== 'string') {
    const detail: QuerySyntaxDetail = { code: 'not-a-string', type: typeof input };
    throw new QuerySyntaxError(syntaxMessage(detail), String(input), 0, detail);
  }
  // Declared with its type so the compiler knows code after a call to it is unreachable.
  const fail: (detail: QuerySyntaxDetail, at: number) => never = (detail, at) => {
    throw new QuerySyntaxError(syntaxMessage(detail), input, at, detail);
  };

  /** The text between the quote at `open` and the next quote, whitespace collapsed, and where to go on. */
  const readQuoted = (open: number): [text: string, next: number] => {
    let close = open + 1;
    while (close < input.length && !isQuote(input[close])) close++;
    if (close >= input.length) {
      fail({ code: 'unclosed-quote' }, open);
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
    const field = fieldNamed(name);
    if (!field) {
      // A word with accents before a colon ("Juárez:") that names no field is text, as it always was.
      if (!ASCII_LETTERS.test(prefix[1] ?? '')) {
        nodes.push({ kind: 'term', text: word, exclude });
        at = end;
        continue;
      }
      const suggestion = closest(foldName(name), FIELD_NAMES);
      fail({ code: 'unknown-field', field: name, suggestion, fields: QUERY_FIELDS }, at);
    }
    if (exclude) fail({ code: 'excluded-filter', field }, start);
    if (SINGLE_VALUED.includes(field) && seen.has(field)) fail({ code: 'repeated-field', field }, at);
    seen.add(field);

    const valueAt = at + (prefix[0]?.length ?? 0);
    let value = input.slice(valueAt, end);
    if (isQuote(input[valueAt])) [value, end] = readQuoted(valueAt);
    if (!value) fail({ code: 'empty-value', field }, valueAt);
    nodes.push(toFilter(field, value, (detail) => fail(detail, valueAt)));
    at = end;
  }
  return { nodes };
}

/** Checks and normalises a filter's value; `reject` throws with what is wrong with the value. */
function toFilter(
  field: QueryField,
  value: string,
  reject: (detail: QuerySyntaxDetail) => never,
): FilterNode {
  switch (field) {
    case 'year': {
      const match = YEAR.exec(value);
      if (!match) return reject({ code: 'bad-year', value: clip(value) });
      const from = Number(match[1]);
      const to = Number(match[2] ?? match[1]);
      if (from > to) return reject({ code: 'reversed-year-range', from, to });
      return { kind: 'filter', field, from, to };
    }
    case 'after':
    case 'before':
      if (!DATE.test(value)) return reject({ code: 'bad-date', field, value: clip(value) });
      return { kind: 'filter', field, value };
    case 'outcome': {
      // Core's one vocabulary of outcome words: outcome:rejected and outcome:negado are outcome:denied.
      const outcome = outcomeOf(value);
      if (outcome !== undefined) return { kind: 'filter', field, value: outcome };
      // A typo of an outcome word is offered as that word's outcome, never as the opposite one.
      const suggestion = nearestOutcome(value) ?? closest(clip(value.toLowerCase()), OUTCOMES);
      return reject({ code: 'unknown-value', field, value: clip(value), suggestion, allowed: OUTCOMES });
    }
    case 'type': {
      const lower = clip(value.toLowerCase());
      const type = isOneOf(RESULT_TYPES, lower) ? lower : SPANISH_VALUES.type.get(foldName(lower));
      if (type !== undefined) return { kind: 'filter', field, value: type };
      return reject({
        code: 'unknown-value',
        field,
        value: clip(value),
        suggestion: closest(lower, RESULT_TYPES),
        allowed: RESULT_TYPES,
      });
    }
    default:
      return { kind: 'filter', field, value };
  }
}
