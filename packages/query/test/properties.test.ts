import { OUTCOMES } from '@asylum-archive/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type FilterNode,
  type ParsedQuery,
  parseQuery,
  type QueryNode,
  QuerySyntaxError,
  RESULT_TYPES,
  stringifyQuery,
} from '../src/index';

/** Fragments of the syntax, so random lines often contain filters, quotes, ranges and their mistakes. */
const fragment = fc.oneof(
  fc.constantFrom(
    ' ',
    '  ',
    '\t',
    '-',
    '"',
    '“',
    '”',
    ':',
    '..',
    'outlet:',
    'Author:',
    'person:',
    'place:',
    'year:',
    'after:',
    'before:',
    'outcome:',
    'country:',
    'topic:',
    'type:',
    'typo:',
    '2009',
    '2011',
    '2010-06-30',
    'denied',
    'quote',
    'juárez',
    'el paso',
    '"ninth  circuit"',
    'outlet:"texas observer"',
    '0999',
    '👮',
    '\u0000',
    '\u200b',
    '\u00a0',
  ),
  fc.string({ maxLength: 4 }),
);
const queryLike = fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join(''));
const anyLine = fc.oneof(
  queryLike,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ maxLength: 60 }),
);

/** parseQuery's answer, or the QuerySyntaxError it threw (anything else fails the property). */
function tryParse(input: string): ParsedQuery | QuerySyntaxError {
  try {
    return parseQuery(input);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error;
    throw error;
  }
}

// A word as the parser produces it: no whitespace or quotes, no leading hyphen, not shaped like `field:`.
const word = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 8 })
  .filter((text) => !/[\s"“”]/.test(text) && !text.startsWith('-') && !/^\p{L}+:/u.test(text));
const words = fc.array(word, { minLength: 1, maxLength: 3 }).map((list) => list.join(' '));
const year = fc.integer({ min: 0, max: 9999 });
const date = fc
  .tuple(
    fc.integer({ min: 1000, max: 2999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .chain(([y, m, d]) =>
    fc.constantFrom(
      `${y}`,
      `${y}-${String(m).padStart(2, '0')}`,
      `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  );

const repeatable: fc.Arbitrary<QueryNode> = fc.oneof(
  fc.record({ kind: fc.constant('term' as const), text: word, exclude: fc.boolean() }),
  // An excluded word may itself start with "-" ("--x" excludes "-x").
  fc.record({
    kind: fc.constant('term' as const),
    text: word.map((w) => `-${w}`),
    exclude: fc.constant(true),
  }),
  fc.record({ kind: fc.constant('phrase' as const), text: words, exclude: fc.boolean() }),
  fc.record({
    kind: fc.constant('filter' as const),
    field: fc.constantFrom('outlet', 'author', 'person', 'place', 'country', 'topic' as const),
    value: fc.oneof(word, words),
  }),
  fc.record({
    kind: fc.constant('filter' as const),
    field: fc.constant('outcome' as const),
    value: fc.constantFrom(...OUTCOMES),
  }),
);
const once: fc.Arbitrary<FilterNode>[] = [
  year.chain((from) =>
    fc
      .integer({ min: from, max: 9999 })
      .map((to): FilterNode => ({ kind: 'filter', field: 'year', from, to })),
  ),
  date.map((value): FilterNode => ({ kind: 'filter', field: 'after', value })),
  date.map((value): FilterNode => ({ kind: 'filter', field: 'before', value })),
  fc.constantFrom(...RESULT_TYPES).map((value): FilterNode => ({ kind: 'filter', field: 'type', value })),
];
/** Trees of the shape parseQuery returns, built directly rather than parsed. */
const tree: fc.Arbitrary<ParsedQuery> = fc
  .tuple(fc.array(repeatable, { maxLength: 8 }), ...once.map((arb) => fc.option(arb, { nil: undefined })))
  .chain(([many, ...single]) => {
    const all = [...many, ...single.filter((node) => node !== undefined)];
    return fc.shuffledSubarray(all, { minLength: all.length });
  })
  .map((nodes) => ({ nodes }));

describe('parseQuery and stringifyQuery properties', () => {
  it('throws nothing but a QuerySyntaxError, whose position lies within the input', () => {
    fc.assert(
      fc.property(anyLine, (input) => {
        const outcome = tryParse(input);
        if (outcome instanceof QuerySyntaxError) {
          expect(outcome.position).toBeGreaterThanOrEqual(0);
          expect(outcome.position).toBeLessThanOrEqual(input.length);
          expect(outcome.input).toBe(input);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back what it writes: parse(stringify(q)) equals q for every parsed line', () => {
    let parsed = 0;
    fc.assert(
      fc.property(anyLine, (input) => {
        const query = tryParse(input);
        if (query instanceof QuerySyntaxError) return;
        parsed++;
        const line = stringifyQuery(query);
        expect(parseQuery(line)).toEqual(query);
        expect(stringifyQuery(parseQuery(line))).toBe(line);
      }),
      { numRuns: 3000 },
    );
    // Guards the property against a generator that only ever produces errors.
    expect(parsed).toBeGreaterThan(1000);
  });

  it('reads back trees built directly, with every kind of clause', () => {
    fc.assert(
      fc.property(tree, (query) => {
        expect(parseQuery(stringifyQuery(query))).toEqual(query);
      }),
      { numRuns: 2000 },
    );
  });
});
