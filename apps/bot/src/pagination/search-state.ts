import { DiscordLimits } from '../discord/limits';

/**
 * Everything needed to redraw one page of /search results, carried in a button's custom id so that paging
 * works on any replica and after a restart: no state is kept on the server.
 */
export type SearchState = {
  query: string;
  /** 0-based. */
  page: number;
  outlet?: string;
  year?: number;
};

// The version lets a future format change recognise (and politely refuse) buttons from older replies.
const PREFIX = 's1';
const SEPARATOR = '|';
const MAX_PAGE = 999;

/**
 * `s1|<page>|<year>|<outlet>|<query>`: the query goes last, so it may contain the separator. Returns null when
 * the state does not fit in Discord's 100-character custom id; the caller then shows no paging buttons.
 */
export function encodeSearchState(state: SearchState): string | null {
  if (state.outlet?.includes(SEPARATOR)) return null;
  const id = [PREFIX, String(state.page), state.year?.toString() ?? '', state.outlet ?? '', state.query].join(
    SEPARATOR,
  );
  return id.length <= DiscordLimits.customId ? id : null;
}

/** The state a button carries, or null for anything this version did not write (old, foreign or tampered). */
export function decodeSearchState(customId: string): SearchState | null {
  const parts = customId.split(SEPARATOR);
  if (parts.length < 5 || parts[0] !== PREFIX) return null;
  const [, pageText = '', yearText = '', outlet = ''] = parts;
  const query = parts.slice(4).join(SEPARATOR);
  if (!/^\d{1,3}$/.test(pageText) || (yearText !== '' && !/^\d{4}$/.test(yearText)) || query.trim() === '')
    return null;
  const page = Number(pageText);
  if (page > MAX_PAGE) return null;
  const state: SearchState = { query, page };
  if (yearText !== '') state.year = Number(yearText);
  if (outlet !== '') state.outlet = outlet;
  return state;
}

/** Whether a custom id was written by the search pager (of any version), to tell stale from foreign buttons. */
export function isSearchButton(customId: string): boolean {
  return /^s\d+\|/.test(customId);
}
