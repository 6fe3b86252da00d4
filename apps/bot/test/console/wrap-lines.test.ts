import { describe, expect, it } from 'vitest';
import { styleFor } from '../../src/console/terminal-style';
import { stripStyles as strip, visibleLength, wrapLine } from '../../src/console/wrap-lines';

const ansi = styleFor(true, {});

describe('wrapLine', () => {
  it('leaves a line that fits alone', () => {
    expect(wrapLine('short line', 80)).toEqual(['short line']);
  });

  it('breaks at spaces within the width and keeps the line’s indentation on continuations', () => {
    const line = `  ${'alpha beta gamma delta epsilon zeta eta theta iota kappa'}`;
    const lines = wrapLine(line, 20);
    for (const part of lines) {
      expect(visibleLength(part)).toBeLessThanOrEqual(20);
      expect(part.startsWith('  ')).toBe(true);
    }
    expect(lines.map((part) => part.trim()).join(' ')).toBe(line.trim());
  });

  it('measures visible characters, not ANSI codes, and reopens a style that spans a break', () => {
    const line = ansi.dim(`${'one two three four five six seven eight nine ten'}`);
    const lines = wrapLine(line, 16);
    expect(lines.length).toBeGreaterThan(1);
    for (const part of lines) expect(visibleLength(part)).toBeLessThanOrEqual(16);
    // Each continuation starts dim again, and each broken line ends with the styles reset.
    for (const part of lines.slice(1)) expect(part.startsWith('\x1b[2m')).toBe(true);
    for (const part of lines.slice(0, -1)) expect(part.endsWith('\x1b[0m')).toBe(true);
    expect(lines.map(strip).join(' ')).toBe(strip(line));
  });

  it('cuts a word longer than the width rather than overflowing', () => {
    const lines = wrapLine('x'.repeat(50), 20);
    for (const part of lines) expect(visibleLength(part)).toBeLessThanOrEqual(20);
    expect(lines.join('')).toBe('x'.repeat(50));
  });
});
