import { DiscordLimits } from '../discord/limits';

/**
 * The state of the reading buttons, carried whole in their custom ids like the search pager's, so they work
 * on any replica and after a restart. Article ids are slugs and never hold the separator.
 */
export type ReadingState =
  /** A page of an article's paragraphs (0-based). */
  | { kind: 'read'; articleId: string; page: number }
  /** One paragraph (0-based) with the paragraphs around it. */
  | { kind: 'context'; articleId: string; paragraph: number };

const SEPARATOR = '|';
const PREFIX = { read: 'r1', context: 'c1' } as const;

export function encodeReadingState(state: ReadingState): string | null {
  if (state.articleId.includes(SEPARATOR) || state.articleId === '') return null;
  const number = state.kind === 'read' ? state.page : state.paragraph;
  const id = [PREFIX[state.kind], String(number), state.articleId].join(SEPARATOR);
  return id.length <= DiscordLimits.customId ? id : null;
}

/** The state a reading button carries, or null for anything this version did not write. */
export function decodeReadingState(customId: string): ReadingState | null {
  const parts = customId.split(SEPARATOR);
  if (parts.length !== 3) return null;
  const [prefix, numberText = '', articleId = ''] = parts;
  if (!/^\d{1,4}$/.test(numberText) || articleId === '') return null;
  const number = Number(numberText);
  if (prefix === PREFIX.read) return { kind: 'read', articleId, page: number };
  if (prefix === PREFIX.context) return { kind: 'context', articleId, paragraph: number };
  return null;
}

/** Whether a custom id belongs to the reading buttons (of any version), to tell stale from foreign ones. */
export function isReadingButton(customId: string): boolean {
  return /^[rc]\d+\|/.test(customId);
}
