import { createColors } from 'picocolors';

/**
 * How the terminal session decorates text: ANSI on a colour terminal (picocolors, whose styles reopen an
 * outer style that an inner one closes: bold inside dim stays dim after the bold word), and plain text when
 * piped or NO_COLOR is set — where Markdown emphasis is written as `**bold**` so it is not lost.
 */
export type TerminalStyle = {
  readonly enabled: boolean;
  /** Headings and labels the renderer adds itself: bold on a terminal, plain when piped. */
  bold(text: string): string;
  /** Emphasis the reply itself asks for (Markdown `**…**`): bold on a terminal, `**…**` when piped. */
  strong(text: string): string;
  dim(text: string): string;
  italic(text: string): string;
  underline(text: string): string;
  code(text: string): string;
  /** 24-bit colour from an embed's colour number (picocolors has 16 colours; Discord's bar has any). */
  colour(rgb: number, text: string): string;
};

const colours = createColors(true);

const ansi: TerminalStyle = {
  enabled: true,
  bold: colours.bold,
  strong: colours.bold,
  dim: colours.dim,
  italic: colours.italic,
  underline: colours.underline,
  code: colours.cyan,
  colour: (rgb, text) => `\x1b[38;2;${(rgb >> 16) & 0xff};${(rgb >> 8) & 0xff};${rgb & 0xff}m${text}\x1b[39m`,
};

const identity = (text: string) => text;

const plain: TerminalStyle = {
  enabled: false,
  bold: identity,
  strong: (text) => `**${text}**`,
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
