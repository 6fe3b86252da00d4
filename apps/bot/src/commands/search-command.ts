import type { SearchFilters, SearchOptions, SearchResult } from '@asylum-archive/core';
import { QuerySyntaxError } from '@asylum-archive/query';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import { renderNoResults, renderSyntaxError } from '../cards/search-empty';
import { pageCount, renderSearchPage, SEARCH_PAGE_SIZE } from '../cards/search-page';
import { toSingleLine } from '../discord/escape';
import { ephemeralNotice, replyWith, updateWith } from '../discord/responses';
import {
  decodeRefineMenu,
  decodeSearchState,
  refinedQuery,
  type SearchState,
} from '../pagination/search-state';
import type { CommandContext } from './command-context';
import type { ArgumentsOf } from './definition-types';
import { MAX_QUERY_LENGTH, type searchCommand } from './definitions';
import { localizedOptionName, staleButtonNotice } from './localized-names';

type SearchOutcome =
  | { kind: 'results'; result: SearchResult }
  | { kind: 'empty'; result: SearchResult }
  | { kind: 'syntax-error'; error: QuerySyntaxError };

function runSearch(state: SearchState, context: CommandContext): SearchOutcome {
  // The command's outlet and year options narrow whatever the query itself says (core merges per field).
  const filters: SearchFilters = {
    ...(state.outlet !== undefined ? { outlet: [state.outlet] } : {}),
    ...(state.year !== undefined ? { yearFrom: state.year, yearTo: state.year } : {}),
  };
  const options: SearchOptions = {
    limit: SEARCH_PAGE_SIZE,
    offset: state.page * SEARCH_PAGE_SIZE,
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
  };
  try {
    const result = context.archive.runQuery(state.query, options);
    return result.totalHits === 0 ? { kind: 'empty', result } : { kind: 'results', result };
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { kind: 'syntax-error', error };
    throw error;
  }
}

/** /search: the first page of results, or why there are none, or where the query's syntax is wrong. */
export function handleSearch(
  args: ArgumentsOf<typeof searchCommand>,
  context: CommandContext,
): APIInteractionResponse {
  const state: SearchState = {
    query: toSingleLine(args.query),
    page: 0,
    ...(args.outlet !== undefined ? { outlet: args.outlet } : {}),
    ...(args.year !== undefined ? { year: args.year } : {}),
  };
  // Discord's min_length counts invisible characters; a query of nothing but those is still empty.
  if (state.query === '')
    return ephemeralNotice(
      context.messages.emptyOption(localizedOptionName('search', 'query', context.locale)),
    );
  const outcome = runSearch(state, context);
  switch (outcome.kind) {
    case 'syntax-error':
      return replyWith(renderSyntaxError(outcome.error, context), { ephemeral: true });
    case 'empty':
      return replyWith(renderNoResults(state.query, outcome.result, context), { ephemeral: true });
    case 'results':
      // A mention in a message only its asker sees would ping nobody: `target` makes the results public.
      return replyWith(renderSearchPage(state, outcome.result, context), {
        ephemeral: args.hide === true && args.target === undefined,
        ...(args.target !== undefined ? { mention: args.target } : {}),
      });
  }
}

/** Query syntax in someone's message is not meant as syntax: quotes, `-` and `field:` are read as words. */
export function messageToQuery(text: string): string {
  return toSingleLine(text)
    .replace(/["“”]/g, ' ')
    .replace(/(^|\s)-+(?=\S)/g, '$1')
    .replace(/([\p{L}\p{N}_]):/gu, '$1 ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

/**
 * "Search the archive" on a message: its text, searched as plain words; shown to the asker only, who can
 * share it with /search. A message with no text (an image, an embed) gets a short note.
 */
export function handleSearchMessage(text: string, context: CommandContext): APIInteractionResponse {
  const query = messageToQuery(text);
  if (query === '') return ephemeralNotice(context.messages.messageWithoutText);
  return handleSearch({ query, hide: true }, context);
}

/** A facet value chosen from a refine menu: the query with that filter, from its first page. */
export function handleRefineMenu(
  customId: string,
  values: readonly string[],
  context: CommandContext,
): APIInteractionResponse {
  const menu = decodeRefineMenu(customId);
  const [value] = values;
  if (menu === null || value === undefined) return staleButtonNotice('search', context);
  const state: SearchState = {
    ...menu.state,
    query: refinedQuery(menu.state.query, menu.field, value),
    page: 0,
  };
  const outcome = runSearch(state, context);
  if (outcome.kind !== 'results') return staleButtonNotice('search', context);
  return updateWith(renderSearchPage(state, outcome.result, context));
}

/**
 * Prev/Next: redraws the message for the page the button names. A button whose state cannot be read, or
 * whose page no longer exists because the archive changed, gets a short note instead.
 */
export function handleSearchButton(customId: string, context: CommandContext): APIInteractionResponse {
  const stale = () => staleButtonNotice('search', context);
  const state = decodeSearchState(customId);
  if (state === null) return stale();
  const outcome = runSearch(state, context);
  if (
    outcome.kind !== 'results' ||
    state.page >= pageCount(outcome.result.totalHits) ||
    outcome.result.hits.length === 0
  ) {
    return stale();
  }
  return updateWith(renderSearchPage(state, outcome.result, context));
}
