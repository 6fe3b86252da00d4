import type { TerminalStyle } from './terminal-style';

// Private-use characters hold escaped or finished text while the Markdown around it is rewritten.
const HOLD_START = 0xe000;
const HELD = /[\ue000-\uf8ff]/g;
const HAS_HELD = /[\ue000-\uf8ff]/;
/** Held text nests at most this deep (a code span in a link label in bold). */
const MAX_NESTING = 4;

/**
 * The Discord Markdown this bot writes, for a terminal: **bold**, *italic*, __underline__, `code`,
 * [links](url), `> ` quotes, `-# ` small print, code blocks and backslash escapes. Mentions' zero-width
 * breaks are dropped (nothing pings in a terminal).
 */
export function renderMarkdown(markdown: string, style: TerminalStyle): string {
  // Private-use characters in the text itself would be mistaken for held text: they have no meaning here.
  const lines = markdown.replaceAll('\u200b', '').replace(HELD, '').split('\n');
  const out: string[] = [];
  let inBlock = false;
  for (const line of lines) {
    if (line.startsWith('```')) {
      inBlock = !inBlock;
      continue;
    }
    if (inBlock) {
      out.push(`  ${style.code(line)}`);
    } else if (line.startsWith('-# ')) {
      out.push(style.dim(renderInline(line.slice(3), style)));
    } else if (line.startsWith('> ')) {
      out.push(`${style.dim('│')} ${renderInline(line.slice(2), style)}`);
    } else {
      out.push(renderInline(line, style));
    }
  }
  return out.join('\n');
}

function renderInline(text: string, style: TerminalStyle): string {
  const held: string[] = [];
  const hold = (finished: string) => {
    held.push(finished);
    return String.fromCharCode(HOLD_START + held.length - 1);
  };
  let result = text
    .replace(/`([^`]+)`/g, (_match, code: string) => hold(style.code(code)))
    .replace(/\\([^\p{L}\p{N}\s])/gu, (_match, char: string) => hold(char))
    .replace(
      /\[([^\]]+)\]\(([^)\s]+)\)/g,
      (_match, label: string, url: string) => `${label} ${hold(style.dim(`<${url}>`))}`,
    )
    .replace(/\*\*(.+?)\*\*/g, (_match, inner: string) => style.bold(inner))
    .replace(/__(.+?)__/g, (_match, inner: string) => style.underline(inner))
    .replace(/\*(.+?)\*/g, (_match, inner: string) => style.italic(inner));
  // Held text may itself hold earlier text (a code span inside a link label): restore until none is left.
  for (let depth = 0; depth < MAX_NESTING && HAS_HELD.test(result); depth += 1) {
    result = result.replace(HELD, (char) => held[char.charCodeAt(0) - HOLD_START] ?? '');
  }
  return result;
}
