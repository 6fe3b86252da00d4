/**
 * Making text safe to put in a Discord message. Mentions are disabled by `allowed_mentions` on every reply;
 * escaping them as well keeps them from even *looking* like pings, and escaping Markdown keeps someone's
 * query from reformatting (or hiding parts of) the bot's reply.
 */

const ZERO_WIDTH_SPACE = '\u200b';

// C0/C1 controls (except tab and newline), invisible separators and bidirectional overrides: they can hide or
// reorder text. Zero-width (non-)joiners stay: emoji sequences and some scripts need them.
const INVISIBLE_OR_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/** Characters with inline Markdown meaning in Discord. */
const INLINE_MARKDOWN = /[\\*_~`|[\]]/g;

/** Markers that start a heading, quote, list or subtext when they open a line. */
const LINE_START_MARKER = /^([ \t]*)([#>+-])/gm;
const LINE_START_NUMBERED_LIST = /^([ \t]*\d+)\./gm;

/** `@everyone`, `@here` and every `<…>` form Discord expands: users, roles, channels, commands, emoji, times. */
const MASS_MENTION = /@(everyone|here)/gi;
const ANGLE_MENTION = /<(?=[@#/:at])/g;

/**
 * True when any of the patterns above could match (conservatively for mentions: any `@` or `<`). Most
 * archive text has none, and one scan is much cheaper than six replaces: a search page escapes about 80
 * pieces of text.
 */
const MAY_NEED_ESCAPING =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\\*_~`|[\]@<]|^[ \t]*(?:[#>+-]|\d+\.)/m;

/**
 * True when toSingleLine would change the text: an invisible or control character, whitespace other than a
 * lone space, or whitespace at either end. Autocomplete labels (up to 25 per answer) almost never have any.
 */
const NOT_SINGLE_LINE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]|[^\S ]|\s\s|^\s|\s$/;

/** Removes control and invisible characters and folds every run of whitespace (newlines too) into one space. */
export function toSingleLine(text: string): string {
  if (!NOT_SINGLE_LINE.test(text)) return text;
  return text.replace(INVISIBLE_OR_CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** Backslash-escapes Markdown so the text shows as typed. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_MARKDOWN, '\\$&')
    .replace(LINE_START_MARKER, '$1\\$2')
    .replace(LINE_START_NUMBERED_LIST, '$1\\.');
}

/** Breaks every mention form with a zero-width space, so it renders as plain text. */
export function escapeMentions(text: string): string {
  return text.replace(MASS_MENTION, `@${ZERO_WIDTH_SPACE}$1`).replace(ANGLE_MENTION, `<${ZERO_WIDTH_SPACE}`);
}

/** Text that came from a user (a query, a name they typed), ready to echo inline in a reply. */
export function escapeUserText(text: string): string {
  return escapeMentions(escapeMarkdown(toSingleLine(text)));
}

/** Text from the archive (titles, paragraphs, quotes): kept as written, but unable to format or mention. */
export function escapeArchiveText(text: string): string {
  if (!MAY_NEED_ESCAPING.test(text)) return text;
  return escapeMentions(escapeMarkdown(text.replace(INVISIBLE_OR_CONTROL, '')));
}
