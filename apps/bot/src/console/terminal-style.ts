/** How the terminal session decorates text: ANSI on a colour terminal, nothing when piped or NO_COLOR is set. */
export type TerminalStyle = {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  italic(text: string): string;
  underline(text: string): string;
  code(text: string): string;
  /** 24-bit colour from an embed's colour number. */
  colour(rgb: number, text: string): string;
};

const wrap = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;

const ansi: TerminalStyle = {
  enabled: true,
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  italic: wrap(3, 23),
  underline: wrap(4, 24),
  code: wrap(36, 39),
  colour: (rgb, text) => `\x1b[38;2;${(rgb >> 16) & 0xff};${(rgb >> 8) & 0xff};${rgb & 0xff}m${text}\x1b[39m`,
};

const identity = (text: string) => text;

const plain: TerminalStyle = {
  enabled: false,
  bold: identity,
  dim: identity,
  italic: identity,
  underline: identity,
  code: identity,
  colour: (_rgb, text) => text,
};

/** Colour only on a TTY and only when NO_COLOR is unset or empty (https://no-color.org). */
export function styleFor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): TerminalStyle {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return isTTY && !noColor ? ansi : plain;
}
