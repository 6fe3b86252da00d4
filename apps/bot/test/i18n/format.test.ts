import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/i18n/format';

describe('formatNumber', () => {
  it('formats in the reader’s locale, the same on every call (small counts come from a table)', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(formatNumber(0, 'en')).toBe('0');
      expect(formatNumber(7, 'es')).toBe('7');
      expect(formatNumber(1234, 'en')).toBe('1,234');
      expect(formatNumber(12345, 'en')).toBe('12,345');
      expect(formatNumber(2.5, 'en')).toBe('2.5');
      expect(formatNumber(-3, 'en')).toBe('-3');
      // Spanish groups thousands from four digits with a point, as its style guides write them.
      expect(formatNumber(6347, 'es')).toBe('6.347');
      expect(formatNumber(45000, 'es')).toBe('45.000');
    }
  });

  it('keeps -0 apart from 0 and each locale apart from the others', () => {
    expect(formatNumber(0, 'en')).toBe('0');
    expect(formatNumber(-0, 'en')).toBe(new Intl.NumberFormat('en-US').format(-0));
    expect(formatNumber(1234.5, 'es')).not.toBe(formatNumber(1234.5, 'en'));
    const spanish = new Intl.NumberFormat('es-ES', { maximumFractionDigits: 2, useGrouping: 'always' });
    for (const value of [5, 999, 1000, 9999, 10_000]) {
      expect(formatNumber(value, 'es')).toBe(spanish.format(value));
      expect(formatNumber(value, 'es')).toBe(spanish.format(value));
    }
  });
});
