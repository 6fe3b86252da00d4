import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/console/render-markdown';
import { styleFor } from '../../src/console/terminal-style';

const plain = styleFor(false, {});
const ansi = styleFor(true, {});

describe('terminal rendering of Discord Markdown', () => {
  it('drops the markup and the escapes when plain, but keeps bold as **bold** so emphasis survives a pipe', () => {
    expect(renderMarkdown('**bold** *it* __u__ `co*de` \\*literal\\* [Title](https://x.test/a)', plain)).toBe(
      '**bold** it u co*de *literal* Title <https://x.test/a>',
    );
    expect(renderMarkdown('**a *b* c**', plain)).toBe('**a b c**');
  });

  it('reads escapes and code spans left to right, as Discord does', () => {
    // An escaped backtick opens no code span (a query echoed back as typed: `asylum`).
    expect(renderMarkdown('Results for “\\`asylum\\`”', plain)).toBe('Results for “`asylum`”');
    // Inside a code span a backslash is shown as written.
    expect(renderMarkdown('`a\\` and \\*', plain)).toBe('a\\ and *');
  });

  it('keeps the outer style after a nested one closes (dim text with a bold word stays dim)', () => {
    const text = renderMarkdown('-# before **bold** after', ansi);
    const afterBold = text.slice(text.indexOf('bold') + 'bold'.length);
    // After the bold word closes (SGR 22, which also ends dim), dim (SGR 2) is opened again before "after".
    expect(afterBold.startsWith('\x1b[22m\x1b[2m after')).toBe(true);
  });

  it('renders quotes, small print and code blocks', () => {
    expect(renderMarkdown('> quoted\n-# small\n```\nraw **text**\n```', plain)).toBe(
      '│ quoted\nsmall\n  raw **text**',
    );
  });

  it('removes the zero-width breaks that keep mentions from pinging', () => {
    expect(renderMarkdown('@\u200beveryone', plain)).toBe('@everyone');
  });

  it('wraps long lines at word boundaries, keeping the quote bar on every line', () => {
    const words = Array.from({ length: 30 }, (_, index) => `word${index}`);
    const lines = renderMarkdown(`> ${words.join(' ')}`, plain, 40).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(40);
      expect(line.startsWith('│ ')).toBe(true);
    }
    // No word was split: every word of the input is whole in the output.
    expect(lines.flatMap((line) => line.slice(2).split(' '))).toEqual(words);
  });

  it('uses ANSI styles on a colour terminal', () => {
    expect(renderMarkdown('**bold**', ansi)).toBe('\x1b[1mbold\x1b[22m');
  });

  it('ignores private-use characters in text rather than looping on them', () => {
    expect(renderMarkdown('`\ue000` and \ue001', plain)).toBe('`` and ');
  });
});

describe('styleFor', () => {
  it('colours only a TTY without NO_COLOR', () => {
    expect(styleFor(true, {}).enabled).toBe(true);
    expect(styleFor(false, {}).enabled).toBe(false);
    expect(styleFor(true, { NO_COLOR: '1' }).enabled).toBe(false);
    expect(styleFor(true, { NO_COLOR: '' }).enabled).toBe(true);
  });
});
