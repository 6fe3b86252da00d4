import { foldText } from '@asylum-archive/core';
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import { choiceLabel } from '../autocomplete/choice-label';
import { escapeArchiveText } from '../discord/escape';
import type { MessageBody } from '../discord/fit-message';
import { DiscordLimits } from '../discord/limits';
import { joinLinesWithin, truncate } from '../discord/truncate';
import { formatNumber } from '../i18n/format';
import { BOT_LOCALES } from '../i18n/locale';
import type { EntityKind } from '../i18n/messages';
import { messagesFor, topicName } from '../i18n/messages';
import {
  BROWSE_FIELDS,
  type BrowseField,
  type BrowseState,
  encodeBrowseMenu,
  encodeBrowseState,
} from '../pagination/browse-state';
import { encodeOffer } from '../pagination/offer-state';
import { pagerRow } from './pager-row';
import { CardColour, type RenderContext } from './render-context';

/** Records per page: one row of Discord buttons, one per record. */
export const BROWSE_PAGE_SIZE = 5;
/** A select menu holds at most 25 options. */
const MENU_VALUES = 25;

/** The kind of record each field lists. */
export const BROWSE_KIND: Readonly<Record<BrowseField, EntityKind>> = {
  outcome: 'case',
  role: 'person',
  topic: 'figure',
};

/** A case without an outcome yet is listed under this value. */
const NO_OUTCOME = 'none';

/** One value of a field and the records that have it, each with its id and its label in the reader's words. */
export type BrowseGroup = {
  readonly value: string;
  readonly label: string;
  readonly members: readonly { readonly id: string; readonly label: string }[];
};

/** A value's label in one language: outcomes, roles and the topics the catalogue knows translated. */
function valueLabel(field: BrowseField, value: string, context: Pick<RenderContext, 'messages'>): string {
  const { messages } = context;
  if (field === 'outcome')
    return value === NO_OUTCOME
      ? messages.caseNoOutcome
      : Object.hasOwn(messages.outcome, value)
        ? messages.outcome[value as keyof typeof messages.outcome]
        : value;
  if (field === 'role')
    return Object.hasOwn(messages.role, value) ? messages.role[value as keyof typeof messages.role] : value;
  return topicName(value, messages);
}

/** The values of a field that some record has, most records first: what /browse offers to choose from. */
export function browseGroups(field: BrowseField, context: RenderContext): BrowseGroup[] {
  const { data } = context;
  const byValue = new Map<string, string[]>();
  const add = (value: string, id: string) => {
    const ids = byValue.get(value);
    if (ids === undefined) byValue.set(value, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  if (field === 'outcome') for (const record of data.cases) add(record.outcome ?? NO_OUTCOME, record.id);
  if (field === 'role')
    for (const person of data.people) for (const role of person.roles) add(role, person.id);
  if (field === 'topic')
    for (const figure of data.figures)
      for (const topic of data.article(figure.citation.articleId)?.topics ?? []) add(topic, figure.id);
  const kind = BROWSE_KIND[field];
  return [...byValue]
    .map(([value, ids]) => ({
      value,
      label: valueLabel(field, value, context),
      members: ids.flatMap((id) => {
        const label = choiceLabel(kind, id, context);
        return label === undefined ? [] : [{ id, label }];
      }),
    }))
    .sort((a, b) => b.members.length - a.members.length || a.label.localeCompare(b.label, context.locale));
}

/**
 * The value a person typed, as a value of the field: its id or its label in English or Spanish, case and
 * accents ignored ("Denegado", "denied", "abogado"), else the one value it starts. Undefined when none fits.
 */
export function resolveBrowseValue(
  field: BrowseField,
  typed: string,
  context: RenderContext,
): string | undefined {
  const wanted = foldText(typed);
  if (wanted === '') return undefined;
  const names = new Map<string, string>();
  for (const group of browseGroups(field, context))
    for (const name of browseValueNames(field, group)) names.set(name, group.value);
  const exact = names.get(wanted);
  if (exact !== undefined) return exact;
  const started = new Set([...names].filter(([name]) => name.startsWith(wanted)).map(([, value]) => value));
  return started.size === 1 ? [...started][0] : undefined;
}

/**
 * Every name a value answers to, folded: its id and its label in each language the bot speaks, so a Spanish
 * speaker finds "denied" by "denegado" and an English one finds it by "denied" whatever the asker's locale.
 */
export function browseValueNames(field: BrowseField, group: BrowseGroup): string[] {
  // The asker's own label is one of these: groups are labelled with the same valueLabel.
  const names = [
    group.value,
    ...BOT_LOCALES.map((locale) => valueLabel(field, group.value, { messages: messagesFor(locale) })),
  ];
  return [...new Set(names.map(foldText))];
}

const countLabel = (group: BrowseGroup, context: RenderContext) =>
  `${group.label} (${formatNumber(group.members.length, context.locale)})`;

/** A menu of a field's values with their counts; choosing one lists its records. */
function valueMenu(
  field: BrowseField,
  groups: readonly BrowseGroup[],
  context: RenderContext,
): APIActionRowComponent<APIComponentInMessageActionRow> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: encodeBrowseMenu(field),
        placeholder: context.messages.browseChoose[field],
        options: groups
          .filter((group) => group.value.length <= DiscordLimits.choiceValue)
          .slice(0, MENU_VALUES)
          .map((group) => ({
            label: truncate(countLabel(group, context), DiscordLimits.choiceName),
            value: group.value,
          })),
      },
    ],
  };
}

/**
 * /browse with nothing chosen (or `fields` only): each field's values with how many records have them, and a
 * menu per field to choose one. `note` (an unknown value, say) goes above.
 */
export function renderBrowseOverview(
  context: RenderContext,
  fields: readonly BrowseField[] = BROWSE_FIELDS,
  note?: string,
): MessageBody {
  const { messages } = context;
  const shown = fields.map((field) => ({ field, groups: browseGroups(field, context) }));
  return {
    ...(note === undefined ? {} : { content: note }),
    embeds: [
      {
        title: messages.browseTitle,
        description: messages.browseIntro,
        color: CardColour.about,
        fields: shown.map(({ field, groups }) => ({
          name: messages.browseFieldTitle[field],
          value: joinLinesWithin(
            [
              groups.map((group) => escapeArchiveText(countLabel(group, context))).join(' · ') ||
                messages.browseNothing,
            ],
            DiscordLimits.embedFieldValue,
            messages.moreItems,
          ),
        })),
      },
    ],
    components: shown
      .filter(({ groups }) => groups.length > 0)
      .map(({ field, groups }) => valueMenu(field, groups, context)),
  };
}

/** One page of the records that have a value: numbered, each with a button that opens its card; Prev/Next. */
export function renderBrowseList(
  state: BrowseState,
  group: BrowseGroup,
  context: RenderContext,
): MessageBody {
  const { messages, locale } = context;
  const total = group.members.length;
  const pages = Math.max(1, Math.ceil(total / BROWSE_PAGE_SIZE));
  const page = Math.min(state.page, pages - 1);
  const first = page * BROWSE_PAGE_SIZE;
  const shown = group.members.slice(first, first + BROWSE_PAGE_SIZE);
  const kind = BROWSE_KIND[state.field];
  const lines = shown.map(
    (member, index) => `**${formatNumber(first + index + 1, locale)}.** ${escapeArchiveText(member.label)}`,
  );
  const buttons = shown.flatMap((member, index): APIButtonComponentWithCustomId[] => {
    const customId = encodeOffer(kind, member.id);
    return customId === null
      ? []
      : [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: truncate(`${first + index + 1}. ${member.label}`, DiscordLimits.buttonLabel),
            custom_id: customId,
          },
        ];
  });
  const components: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  if (pages > 1) {
    const previous = encodeBrowseState({ ...state, page: Math.max(0, page - 1) });
    const next = encodeBrowseState({ ...state, page: page + 1 });
    if (previous !== null && next !== null) components.push(pagerRow(previous, next, page, pages, context));
  }
  if (buttons.length > 0) components.push({ type: ComponentType.ActionRow, components: buttons });
  return {
    embeds: [
      {
        title: truncate(messages.browseListTitle[state.field](group.label), DiscordLimits.embedTitle),
        description: lines.join('\n') || messages.browseNothing,
        color: CardColour.about,
        footer: {
          text: `${messages.browseCount[kind](formatNumber(total, locale), total)} · ${messages.searchPage(page + 1, pages)}`,
        },
      },
    ],
    ...(components.length > 0 ? { components } : {}),
  };
}
