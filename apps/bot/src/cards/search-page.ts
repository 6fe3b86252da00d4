import type { FacetCount, SearchFacets, SearchHit, SearchResult } from '@asylum-archive/core';
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import { escapeArchiveText, escapeUserText } from '../discord/escape';
import { embedLength, type MessageBody } from '../discord/fit-message';
import { DiscordLimits } from '../discord/limits';
import { joinLinesWithin, truncate } from '../discord/truncate';
import { formatNumber, yearOf } from '../i18n/format';
import { encodeSearchState, type SearchState } from '../pagination/search-state';
import { didYouMean } from './did-you-mean';
import { CardColour, type RenderContext } from './render-context';
import { boldSnippet } from './snippet';
import { linked } from './sources';

/** Hits per page: enough to scan, few enough that each keeps a readable snippet within one embed. */
export const SEARCH_PAGE_SIZE = 5;

const SNIPPET_LENGTH = 320;
const QUERY_ECHO_LENGTH = 120;
const FACET_VALUES_SHOWN = 4;

/** The facets worth offering as refinements, with the syntax field that applies each one. */
const FACET_FIELDS = [
  'outlet',
  'year',
  'person',
  'outcome',
  'place',
] as const satisfies readonly (keyof SearchFacets)[];

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
}

/**
 * One page of /search results: each hit as its article (linked where the URL is known), outlet and date,
 * and the passage snippet with the matches in bold; a line of facets to refine by; Prev/Next buttons that
 * carry the whole query in their custom ids.
 */
export function renderSearchPage(
  state: SearchState,
  result: SearchResult,
  context: RenderContext,
): MessageBody {
  const { messages } = context;
  const pages = pageCount(result.total);
  const first = state.page * SEARCH_PAGE_SIZE + 1;
  const last = state.page * SEARCH_PAGE_SIZE + result.hits.length;

  const blocks = result.hits.map((hit, index) => renderHit(hit, first + index, context));
  const facets = facetLines(result.facets, context);

  const embed: APIEmbed = {
    title: messages.searchTitle,
    color: CardColour.search,
    fields:
      facets.length > 0
        ? [
            {
              name: messages.searchRefine,
              value: joinLinesWithin(facets, DiscordLimits.embedFieldValue, messages.moreItems),
            },
          ]
        : [],
    footer: {
      text: `${messages.searchRange(first, last, result.total)} · ${messages.searchPage(state.page + 1, pages)}`,
    },
  };
  const narrowed = [
    ...(state.outlet !== undefined
      ? [`${messages.searchFacet.outlet}: ${escapeUserText(context.data.nameOf(state.outlet))}`]
      : []),
    ...(state.year !== undefined ? [`${messages.searchFacet.year}: ${state.year}`] : []),
  ];
  const echo = messages.searchQuery(escapeUserText(truncate(state.query, QUERY_ECHO_LENGTH)));
  const suggestion = didYouMean(result.suggestions, context);
  const heading = `${[echo, ...narrowed].join(' · ')}\n${suggestion === undefined ? '' : `-# ${suggestion}\n`}\n`;
  const room =
    Math.min(DiscordLimits.embedDescription, DiscordLimits.embedTotal - embedLength(embed)) - heading.length;
  embed.description = heading + joinLinesWithin(blocks, room, messages.moreItems);

  const body: MessageBody = { embeds: [embed] };
  if (pages > 1) {
    const previous = encodeSearchState({ ...state, page: Math.max(0, state.page - 1) });
    const next = encodeSearchState({ ...state, page: state.page + 1 });
    if (previous !== null && next !== null) {
      body.components = [pager(previous, next, state.page, pages, context)];
    } else {
      body.content = `-# ${messages.searchTooLongToPage}`;
    }
  }
  return body;
}

function renderHit(hit: SearchHit, number: number, context: RenderContext): string {
  const { data, messages } = context;
  const article = data.article(hit.articleId);
  const snippet = boldSnippet(hit.snippet, hit.highlights, SNIPPET_LENGTH);
  if (article === undefined) return `**${number}.** ${escapeArchiveText(hit.articleId)}\n> ${snippet}\n`;
  const year = yearOf(article.published) ?? messages.dateUnknown;
  const title = linked(`**${escapeArchiveText(article.title)}**`, article.url);
  // The blank line keeps one hit's quote block from running into the next hit.
  return `**${number}.** ${title} — ${escapeArchiveText(data.outletName(article))} · ${year}\n> ${snippet}\n`;
}

/** "`outlet:` Texas Observer (8) · GlobalPost (5)": the top values of each facet, with the field that applies it. */
function facetLines(facets: SearchFacets, context: RenderContext): string[] {
  const lines: string[] = [];
  for (const field of FACET_FIELDS) {
    const counts: readonly FacetCount[] = facets[field] ?? [];
    const shown = counts.filter((facet) => facet.count > 0).slice(0, FACET_VALUES_SHOWN);
    if (shown.length === 0) continue;
    const values = shown.map(
      (facet) => `${escapeArchiveText(facet.label)} (${formatNumber(facet.count, context.locale)})`,
    );
    lines.push(`\`${field}:\` ${values.join(' · ')}`);
  }
  return lines;
}

function pager(
  previousId: string,
  nextId: string,
  page: number,
  pages: number,
  context: RenderContext,
): APIActionRowComponent<APIButtonComponentWithCustomId> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: `◀ ${context.messages.searchPrevious}`,
        custom_id: previousId,
        disabled: page === 0,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: `${context.messages.searchNext} ▶`,
        custom_id: nextId,
        disabled: page + 1 >= pages,
      },
    ],
  };
}
