import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, joinLinesWithin, truncate } from '../../src/discord/truncate';

describe('truncate', () => {
  it('returns text that fits unchanged', () => {
    expect(truncate('Juarez', 6)).toBe('Juarez');
  });

  it('cuts at a word boundary and adds an ellipsis', () => {
    expect(truncate('the risks police officers have to take', 20)).toBe('the risks police…');
  });

  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(8)}😀😀😀`;
    const cut = truncate(text, 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(cut).toBe(`${'a'.repeat(8)}${ELLIPSIS}`);
  });

  it('drops a dangling backslash so the ellipsis is not escaped', () => {
    expect(truncate('abcdefgh\\*rest of it', 10)).toBe(`abcdefgh${ELLIPSIS}`);
  });

  it('handles limits smaller than the ellipsis', () => {
    expect(truncate('abc', 0)).toBe('');
    expect(truncate('abc', 1)).toBe(ELLIPSIS);
  });

  it('always fits, for any text and limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 0, max: 320 }),
        (text, max) => {
          const cut = truncate(text, max);
          expect(cut.length).toBeLessThanOrEqual(max);
          if (text.length <= max) expect(cut).toBe(text);
          // No lone high surrogate at the end of a cut.
          const last = cut.charCodeAt(cut.length - 2);
          if (cut.endsWith(ELLIPSIS) && cut.length >= 2) expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
        },
      ),
    );
  });
});

describe('joinLinesWithin', () => {
  const more = (count: number) => `…and ${count} more`;

  it('keeps whole lines and says how many were left out', () => {
    const lines = ['first line', 'second line', 'third line', 'fourth line'];
    const joined = joinLinesWithin(lines, 40, more);
    expect(joined).toBe('first line\nsecond line\n…and 2 more');
  });

  it('returns everything when it fits', () => {
    expect(joinLinesWithin(['a', 'b'], 3, more)).toBe('a\nb');
  });

  it('truncates a single first line that is too long', () => {
    expect(joinLinesWithin(['x'.repeat(50)], 10, more)).toHaveLength(10);
  });

  it('always fits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 80 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 500 }),
        (lines, max) => {
          expect(joinLinesWithin(lines, max, more).length).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});
