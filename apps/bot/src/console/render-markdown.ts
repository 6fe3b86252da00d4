import type { TerminalStyle } from './terminal-style';
import { wrapLine } from './wrap-lines';

// Private-use characters hold escaped or finished text while the Markdown around it is rewritten.
const HOLD_START = 0xe000;
const HELD = /[\ue000-\uf8ff]/g;
const HAS_HELD = /[\ue000-\uf8ff]/;
/** Held text nests at most this deep (a code span in a link label in bold). */
const MAX_NESTING = 4;

/**
 * The Discord Markdown this bot writes, for a terminal: **bold**, *italic*, __underline__, `code`,
 * [links](url), `> ` quotes, `-# ` small print, code blocks and backslash escapes. Mentions' zero-width
 * breaks are dropped (nothing pings in a terminal). Lines longer than `width` are wrapped at word
 * boundaries; a wrapped quote keeps its bar on every line.
 */
export function renderMarkdown(
  markdown: string,
  style: TerminalStyle,
  width = Number.POSITIVE_INFINITY,
): string {
  // Private-use characters in the text itself would be mistaken for held text: they have no meaning here.
  const lines = markdown.replaceAll('\u200b', '').replace(HELD, '').split('\n');
  const out: string[] = [];
  const push = (prefix: string, text: string) => {
    for (const line of wrapLine(text, width - prefix.length)) out.push(prefix + line);
  };
  let inBlock = false;
  for (const line of lines) {
    if (line.startsWith('```')) {
      inBlock = !inBlock;
      continue;
    }
    // A code block is shown as written: wrapping would move the caret under a syntax error.
    if (inBlock) out.push(`  ${style.code(line)}`);
    else if (line.startsWith('-# ')) push('', style.dim(renderInline(line.slice(3), style)));
    else if (line.startsWith('> ')) push(`${style.dim('│')} `, renderInline(line.slice(2), style));
    else push('', renderInline(line, style));
  }
  return out.join('\n');
}

function renderInline(text: string, style: TerminalStyle): string {
  const held: string[] = [];
  const hold = (finished: string) => {
    held.push(finished);
    return String.fromCharCode(HOLD_START + held.length - 1);
  };
  const lesser = (inner: string) =>
    inner
      .replace(/__(.+?)__/g, (_match, part: string) => style.underline(part))
      .replace(/\*(.+?)\*/g, (_match, part: string) => style.italic(part));
  let result = text
    // One pass, left to right, as Discord reads it: an escaped backtick opens no code span, and a
    // backslash inside a code span is shown as written.
    .replace(/\\([^\p{L}\p{N}\s])|`([^`]+)`/gu, (_match, escaped: string | undefined, code: string) =>
      hold(escaped ?? style.code(code)),
    )
    .replace(
      /\[([^\]]+)\]\(([^)\s]+)\)/g,
      (_match, label: string, url: string) => `${label} ${hold(style.dim(`<${url}>`))}`,
    )
    // Held, so that the `**` a piped transcript shows is not read again as italics.
    .replace(/\*\*(.+?)\*\*/g, (_match, inner: string) => hold(style.strong(lesser(inner))));
  result = lesser(result);
  // Held text may itself hold earlier text (a code span inside a link label): restore until none is left.
  for (let depth = 0; depth < MAX_NESTING && HAS_HELD.test(result); depth += 1) {
    result = result.replace(HELD, (char) => held[char.charCodeAt(0) - HOLD_START] ?? '');
  }
  return result;
}
