// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI sequences start with ESC.
const SGR = /\x1b\[([0-9;]*)m/y;

/** The text without its ANSI styles. */
export function stripStyles(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI sequences start with ESC.
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

/** Characters a terminal shows, without the ANSI styles around them. */
export function visibleLength(text: string): number {
  return [...stripStyles(text)].length;
}

type Token = { kind: 'style'; text: string; params: string } | { kind: 'text'; text: string };

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  for (let at = 0; at < line.length; ) {
    SGR.lastIndex = at;
    const match = SGR.exec(line);
    if (match !== null) {
      if (text !== '') tokens.push({ kind: 'text', text });
      text = '';
      tokens.push({ kind: 'style', text: match[0], params: match[1] ?? '' });
      at = SGR.lastIndex;
    } else {
      const char = String.fromCodePoint(line.codePointAt(at) ?? 0);
      text += char;
      at += char.length;
    }
  }
  if (text !== '') tokens.push({ kind: 'text', text });
  return tokens;
}

/** Which open styles a closing code ends (SGR 22 ends bold and dim, 39 any foreground colour…). */
function applyStyle(active: string[], token: Extract<Token, { kind: 'style' }>): string[] {
  const code = token.params.split(';')[0] ?? '';
  if (code === '' || code === '0') return [];
  const ends: Record<string, (open: string) => boolean> = {
    '22': (open) => open === '1' || open === '2',
    '23': (open) => open === '3',
    '24': (open) => open === '4',
    '39': (open) => /^(3[0-7]|38|9[0-7])$/.test(open),
  };
  const closes = ends[code];
  if (closes !== undefined) return active.filter((open) => !closes(open.split(';')[0] ?? ''));
  return [...active, token.params];
}

const open = (active: readonly string[]) => active.map((params) => `\x1b[${params}m`).join('');

/**
 * One line of styled text broken at word boundaries into lines of at most `width` visible characters. A
 * continuation keeps the line's own indentation, and styles open at a break are closed before it and
 * reopened after it, so a caller can put a prefix (a coloured bar, a quote marker) in front of every line.
 * A word longer than the width is cut where it must be.
 */
export function wrapLine(line: string, width: number): string[] {
  if (!Number.isFinite(width) || visibleLength(line) <= width) return [line];
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  const room = Math.max(8, width - indent.length);
  const tokens = tokenize(line.slice(indent.length));

  // Words: runs of non-space characters with the styles inside them; spaces between them are re-flowed.
  type Word = { text: string; length: number; stylesAfter: string[] };
  const words: Word[] = [];
  let active: string[] = [];
  let current: Word | null = null;
  for (const token of tokens) {
    if (token.kind === 'style') {
      active = applyStyle(active, token);
      current ??= { text: '', length: 0, stylesAfter: active };
      current.text += token.text;
      current.stylesAfter = active;
      continue;
    }
    for (const char of token.text) {
      if (char === ' ') {
        if (current !== null) words.push(current);
        current = null;
        continue;
      }
      current ??= { text: '', length: 0, stylesAfter: active };
      current.text += char;
      current.length += 1;
    }
  }
  if (current !== null) words.push(current);

  const lines: string[] = [];
  let text = indent;
  let length = 0;
  let styles: string[] = [];
  const breakLine = () => {
    lines.push(text + (styles.length > 0 ? '\x1b[0m' : ''));
    text = indent + open(styles);
    length = 0;
  };
  for (const word of words) {
    if (length > 0 && length + 1 + word.length > room) breakLine();
    else if (length > 0) {
      text += ' ';
      length += 1;
    }
    if (word.length > room) {
      // Only a URL or a very long token gets here: cut it by characters.
      for (const char of [...stripStyles(word.text)]) {
        if (length >= room) breakLine();
        text += char;
        length += 1;
      }
    } else {
      text += word.text;
      length += word.length;
    }
    styles = word.stylesAfter;
  }
  lines.push(text);
  return lines;
}
