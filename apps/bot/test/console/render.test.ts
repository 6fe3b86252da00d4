import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/console/render-markdown';
import { styleFor } from '../../src/console/terminal-style';

const plain = styleFor(false, {});
const ansi = styleFor(true, {});

describe('terminal rendering of Discord Markdown', () => {
  it('drops the markup and the escapes when plain', () => {
    expect(renderMarkdown('**bold** *it* __u__ `co*de` \\*literal\\* [Title](https://x.test/a)', plain)).toBe(
      'bold it u co*de *literal* Title <https://x.test/a>',
    );
  });

  it('renders quotes, small print and code blocks', () => {
    expect(renderMarkdown('> quoted\n-# small\n```\nraw **text**\n```', plain)).toBe(
      '│ quoted\nsmall\n  raw **text**',
    );
  });

  it('removes the zero-width breaks that keep mentions from pinging', () => {
    expect(renderMarkdown('@\u200beveryone', plain)).toBe('@everyone');
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
