import { DiscordLimits } from '../discord/limits';

/** What /browse lists: cases by outcome, people by role, figures by the topics of the article they cite. */
export type BrowseField = 'outcome' | 'role' | 'topic';

export const BROWSE_FIELDS: readonly BrowseField[] = ['outcome', 'role', 'topic'];

/** One page of a /browse list, carried whole in a button's custom id: no state is kept on the server. */
export type BrowseState = { field: BrowseField; value: string; page: number };

const PREFIX = 'b1';
const MENU_PREFIX = 'v1';
const SEPARATOR = '|';
const MAX_PAGE = 999;

const fieldOf = (text: string | undefined): BrowseField | undefined =>
  BROWSE_FIELDS.find((field) => field === text);

/** `b1|<field>|<page>|<value>`, or null when the value would not fit in Discord's 100-character custom id. */
export function encodeBrowseState(state: BrowseState): string | null {
  const id = [PREFIX, state.field, String(state.page), state.value].join(SEPARATOR);
  return id.length <= DiscordLimits.customId && !state.value.includes(SEPARATOR) ? id : null;
}

/** The state a button carries, or null for anything this version did not write (old, foreign or tampered). */
export function decodeBrowseState(customId: string): BrowseState | null {
  const [prefix, fieldText, pageText = '', value, ...rest] = customId.split(SEPARATOR);
  const field = fieldOf(fieldText);
  if (prefix !== PREFIX || field === undefined || value === undefined || value === '' || rest.length > 0)
    return null;
  if (!/^\d{1,3}$/.test(pageText) || Number(pageText) > MAX_PAGE) return null;
  return { field, value, page: Number(pageText) };
}

/** `v1|<field>`: the menu of one field's values; choosing one lists its records. */
export function encodeBrowseMenu(field: BrowseField): string {
  return [MENU_PREFIX, field].join(SEPARATOR);
}

export function decodeBrowseMenu(customId: string): BrowseField | null {
  const [prefix, fieldText, ...rest] = customId.split(SEPARATOR);
  const field = fieldOf(fieldText);
  return prefix === MENU_PREFIX && field !== undefined && rest.length === 0 ? field : null;
}

/** Whether a custom id was written by /browse (of any version), to tell stale from foreign controls. */
export function isBrowseControl(customId: string): boolean {
  return /^[bv]\d+\|/.test(customId);
}
