import { describe, expect, it } from 'vitest';
import { parseQuery, QuerySyntaxError, renderCaret } from '../src/index';

describe('renderCaret', () => {
  it('puts the caret under the position on the line below the input', () => {
    expect(renderCaret('outlet:"texas observer', 7)).toBe('outlet:"texas observer\n       ^');
  });

  it('points just past the end when the problem is a missing value', () => {
    expect(renderCaret('outlet:', 7)).toBe('outlet:\n       ^');
  });

  it('turns tabs and newlines into spaces so the caret stays aligned', () => {
    expect(renderCaret('a\tb\nautor:x', 4)).toBe('a b autor:x\n    ^');
  });

  it('clamps a position outside the input to its ends', () => {
    expect(renderCaret('abc', 99)).toBe('abc\n   ^');
    expect(renderCaret('abc', -5)).toBe('abc\n^');
  });

  it('shows a window of a long input around the position, marking what it cut', () => {
    const input = `${'a'.repeat(200)} autor:x ${'b'.repeat(200)}`;
    const [line = '', caret = ''] = renderCaret(input, 201).split('\n');
    expect(line.startsWith('…')).toBe(true);
    expect(line.endsWith('…')).toBe(true);
    expect(line.length).toBeLessThanOrEqual(74);
    expect(line.slice(caret.indexOf('^'), caret.indexOf('^') + 7)).toBe('autor:x');
  });

  it('renders a parse error so the caret sits under the offending text', () => {
    const input = 'alarcon outcome:maybe';
    try {
      parseQuery(input);
      expect.unreachable('the outcome is unknown');
    } catch (error) {
      if (!(error instanceof QuerySyntaxError)) throw error;
      const [line = '', caret = ''] = renderCaret(error.input, error.position).split('\n');
      expect(line.slice(caret.indexOf('^'))).toBe('maybe');
    }
  });
});
