import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/text/group-digits';

describe('groupDigits', () => {
  it('writes a number as en-US toLocaleString does (the oracle), without Intl', () => {
    const thousandths = fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 1000);
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e15, max: 1e15 }), thousandths), (value) => {
        expect(groupDigits(value)).toBe(value.toLocaleString('en-US'));
      }),
    );
  });
});
