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

/** A search query's facet menu: choosing a value adds `field:value` to the query (see `refinedQuery`). */
export type RefineMenu = { field: string; state: SearchState };

const REFINE_PREFIX = 'f1';

/** `f1|<field>|<year>|<outlet>|<query>`, or null when it does not fit in a custom id. */
export function encodeRefineMenu(menu: RefineMenu): string | null {
  const { field, state } = menu;
  if (state.outlet?.includes(SEPARATOR) || !/^[a-z]+$/.test(field)) return null;
  const id = [REFINE_PREFIX, field, state.year?.toString() ?? '', state.outlet ?? '', state.query].join(
    SEPARATOR,
  );
  return id.length <= DiscordLimits.customId ? id : null;
}

export function decodeRefineMenu(customId: string): RefineMenu | null {
  const parts = customId.split(SEPARATOR);
  if (parts.length < 5 || parts[0] !== REFINE_PREFIX) return null;
  const [, field = '', yearText = '', outlet = ''] = parts;
  const query = parts.slice(4).join(SEPARATOR);
  if (!/^[a-z]+$/.test(field) || (yearText !== '' && !/^\d{4}$/.test(yearText)) || query.trim() === '')
    return null;
  const state: SearchState = { query, page: 0 };
  if (yearText !== '') state.year = Number(yearText);
  if (outlet !== '') state.outlet = outlet;
  return { field, state };
}

export function isRefineMenu(customId: string): boolean {
  return /^f\d+\|/.test(customId);
}

/** The query with one more filter: `asylum` + outcome "denied" → `asylum outcome:denied` (quoted if needed). */
export function refinedQuery(query: string, field: string, value: string): string {
  const clean = value.replace(/["“”]/g, '').trim();
  const shown = /\s/.test(clean) ? `"${clean}"` : clean;
  return `${query} ${field}:${shown}`;
}
