import {
  type FacetCount,
  foldText,
  type SearchFacets,
  type SearchHit,
  type SearchResult,
} from '@asylum-archive/core';
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import { escapeArchiveText, escapeUserText } from '../discord/escape';
import { embedLength, type MessageBody } from '../discord/fit-message';
import { DiscordLimits } from '../discord/limits';
import { joinLinesWithin, truncate } from '../discord/truncate';
import { countryName, formatNumber, yearOf } from '../i18n/format';
import { encodeReadingState } from '../pagination/reading-state';
import { encodeRefineMenu, encodeSearchState, type SearchState } from '../pagination/search-state';
import { didYouMean } from './did-you-mean';
import { pagerRow } from './pager-row';
import { CardColour, type RenderContext } from './render-context';
import { boldSnippet } from './snippet';
import { linked } from './sources';

/** Hits per page: enough to scan, few enough that each keeps a readable snippet within one embed. */
export const SEARCH_PAGE_SIZE = 5;

const SNIPPET_LENGTH = 320;
const QUERY_ECHO_LENGTH = 120;
const FACET_VALUES_SHOWN = 4;
/** Values offered in a refine menu (Discord allows 25 options). */
const MENU_VALUES = 25;
/** Menus beside the pager and the context buttons: Discord allows five rows in all. */
const MENUS_SHOWN = 3;

/** The facets worth offering as refinements, each a field of the search syntax. */
const FACET_FIELDS = [
  'outcome',
  'person',
  'place',
  'outlet',
  'year',
] as const satisfies readonly (keyof SearchFacets)[];

type FacetField = (typeof FACET_FIELDS)[number];

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
}

/**
 * One page of /search results: the hits grouped by article (each article named once, linked where its URL
 * is known, with its passages beneath, matches in bold); the facets to refine by, in the reader's words and
 * as menus; a button per hit that opens the passage in context; Prev/Next buttons. Every button and menu
 * carries its whole state in its custom id.
 */
export function renderSearchPage(
  state: SearchState,
  result: SearchResult,
  context: RenderContext,
): MessageBody {
  const { messages, locale } = context;
  const pages = pageCount(result.totalHits);
  const first = state.page * SEARCH_PAGE_SIZE + 1;
  const last = state.page * SEARCH_PAGE_SIZE + result.hits.length;

  const blocks = groupByArticle(result.hits).map((group) =>
    renderGroup(
      group.map((hit) => ({ hit, number: first + result.hits.indexOf(hit) })),
      context,
    ),
  );
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
      text: `${messages.searchCount(formatNumber(first, locale), formatNumber(last, locale), formatNumber(result.totalHits, locale), result.totalHits)} · ${messages.searchPage(state.page + 1, pages)}`,
    },
  };
  const narrowed = [
    ...(state.outlet !== undefined
      ? [`${messages.searchFacet.outlet}: ${escapeUserText(context.data.nameOf(state.outlet))}`]
      : []),
    ...(state.year !== undefined ? [`${messages.searchFacet.year}: ${state.year}`] : []),
  ];
  const echo = messages.searchQuery(escapeUserText(truncate(state.query, QUERY_ECHO_LENGTH)));
  const suggestion = didYouMean(newSpellings(state.query, result.didYouMean), context);
  const heading = `${[echo, ...narrowed].join(' · ')}\n${suggestion === undefined ? '' : `-# ${suggestion}\n`}\n`;
  const room =
    Math.min(DiscordLimits.embedDescription, DiscordLimits.embedTotal - embedLength(embed)) - heading.length;
  embed.description = heading + joinLinesWithin(blocks, room, messages.moreItems);

  const components: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  const contextButtons = result.hits.flatMap((hit, index): APIButtonComponentWithCustomId[] => {
    const customId = encodeReadingState({
      kind: 'context',
      articleId: hit.articleId,
      paragraph: hit.paragraphIndex,
    });
    return customId === null
      ? []
      : [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: messages.searchInContext(first + index),
            custom_id: customId,
          },
        ];
  });
  if (contextButtons.length > 0)
    components.push({ type: ComponentType.ActionRow, components: contextButtons });
  components.push(...refineMenus(state, result.facets, context));

  const body: MessageBody = { embeds: [embed] };
  if (pages > 1) {
    const previous = encodeSearchState({ ...state, page: Math.max(0, state.page - 1) });
    const next = encodeSearchState({ ...state, page: state.page + 1 });
    if (previous !== null && next !== null)
      components.unshift(pagerRow(previous, next, state.page, pages, context));
    else body.content = `-# ${messages.searchTooLongToPage}`;
  }
  if (components.length > 0) body.components = components;
  return body;
}

/** Hits of one article together, in the order their best hit ranks: an article is named once per page. */
function groupByArticle(hits: readonly SearchHit[]): SearchHit[][] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.articleId);
    if (group === undefined) groups.set(hit.articleId, [hit]);
    else group.push(hit);
  }
  return [...groups.values()];
}

/** Did-you-mean spellings the query does not already contain ("asylum" is no news to a query with asylum). */
function newSpellings(query: string, suggestions: readonly string[] | undefined): string[] {
  const typed = new Set(foldText(query).split(' '));
  return (suggestions ?? []).filter(
    (spelling) =>
      !foldText(spelling)
        .split(' ')
        .every((word) => typed.has(word)),
  );
}

function renderGroup(hits: readonly { hit: SearchHit; number: number }[], context: RenderContext): string {
  const { data, messages } = context;
  const head = hits[0]?.hit;
  if (head === undefined) return '';
  const article = data.article(head.articleId);
  const title =
    article === undefined
      ? escapeArchiveText(head.articleId)
      : `${linked(`**${escapeArchiveText(article.title)}**`, article.url)} — ${escapeArchiveText(data.outletName(article))} · ${yearOf(article.published) ?? messages.dateUnknown}`;
  const passages = hits.map(
    ({ hit, number }) => `> **${number}.** ${boldSnippet(hit.snippet, hit.highlights, SNIPPET_LENGTH)}`,
  );
  // The blank line keeps one article's quote blocks from running into the next article's.
  return `${title}\n${passages.join('\n')}\n`;
}

/** A facet value in the reader's words: outcomes and countries translated, records by their names. */
function facetValueLabel(field: FacetField | 'country', facet: FacetCount, context: RenderContext): string {
  const { messages, locale, data } = context;
  if (field === 'outcome' && Object.hasOwn(messages.outcome, facet.value))
    return messages.outcome[facet.value as keyof typeof messages.outcome];
  if (field === 'country') return countryName(facet.value.toUpperCase(), locale);
  if (field === 'place') {
    const place = data.places.find((candidate) => candidate.id === facet.value);
    if (place?.kind === 'country' && place.country !== null) return countryName(place.country, locale);
  }
  return facet.label;
}

/** "**Outcome**: denied (10) · pending (8)": the top values of each facet, labelled in the reader's language. */
function facetLines(facets: SearchFacets, context: RenderContext): string[] {
  const lines: string[] = [];
  for (const field of FACET_FIELDS) {
    const counts: readonly FacetCount[] = facets[field] ?? [];
    const shown = counts.filter((facet) => facet.count > 0).slice(0, FACET_VALUES_SHOWN);
    if (shown.length === 0) continue;
    const values = shown.map(
      (facet) =>
        `${escapeArchiveText(facetValueLabel(field, facet, context))} (${formatNumber(facet.count, context.locale)})`,
    );
    lines.push(`**${context.messages.searchFacet[field]}**: ${values.join(' · ')}`);
  }
  return lines;
}

/** Select menus that add a facet value to the query: refining by choosing instead of retyping. */
function refineMenus(
  state: SearchState,
  facets: SearchFacets,
  context: RenderContext,
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  for (const field of FACET_FIELDS) {
    if (rows.length === MENUS_SHOWN) break;
    const values = (facets[field] ?? [])
      .filter((facet) => facet.count > 0 && facet.value.length <= DiscordLimits.choiceValue)
      .slice(0, MENU_VALUES);
    // A menu of one value refines nothing: every hit already has it.
    if (values.length < 2) continue;
    const customId = encodeRefineMenu({ field, state });
    if (customId === null) continue;
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: customId,
          placeholder: context.messages.searchRefinePlaceholder(context.messages.searchFacet[field]),
          options: values.map((facet) => ({
            label: truncate(
              `${facetValueLabel(field, facet, context)} (${formatNumber(facet.count, context.locale)})`,
              DiscordLimits.choiceName,
            ),
            value: facet.value,
          })),
        },
      ],
    });
  }
  return rows;
}
