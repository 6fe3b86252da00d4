import type { APIApplicationCommandOptionChoice, APIInteractionResponse } from 'discord-api-types/v10';
import { byTypedName } from '../autocomplete/by-typed-name';
import {
  BROWSE_PAGE_SIZE,
  browseGroups,
  browseValueNames,
  renderBrowseList,
  renderBrowseOverview,
  resolveBrowseValue,
} from '../cards/browse-card';
import { escapeUserText } from '../discord/escape';
import { DiscordLimits } from '../discord/limits';
import { replyWith, updateWith } from '../discord/responses';
import { truncate } from '../discord/truncate';
import { formatNumber } from '../i18n/format';
import {
  BROWSE_FIELDS,
  type BrowseField,
  type BrowseState,
  decodeBrowseMenu,
  decodeBrowseState,
} from '../pagination/browse-state';
import type { CommandContext } from './command-context';
import type { ArgumentsOf } from './definition-types';
import type { browseCommand } from './definitions';
import { localizedOptionName, staleButtonNotice } from './localized-names';

const ECHO_LENGTH = 100;

/**
 * /browse: with one of `outcome`, `role` or `topic`, the cases, people or figures that have that value, a page
 * at a time; with none, every value of each field with its count, as menus to choose from. A value that fits
 * nothing, or two fields at once, gets the menus too, so the asker can choose instead of retyping.
 */
export function handleBrowse(
  args: ArgumentsOf<typeof browseCommand>,
  context: CommandContext,
): APIInteractionResponse {
  const given = BROWSE_FIELDS.filter((field) => args[field] !== undefined && args[field].trim() !== '');
  const [field] = given;
  if (field === undefined) return replyWith(renderBrowseOverview(context));
  const names = (fields: readonly BrowseField[]) =>
    fields.map((name) => `\`${localizedOptionName('browse', name, context.locale)}\``);
  if (given.length > 1)
    return replyWith(
      renderBrowseOverview(context, given, context.messages.browseOneAtATime(names(given).join(', '))),
      { ephemeral: true },
    );
  const typed = args[field] ?? '';
  const value = resolveBrowseValue(field, typed, context);
  if (value === undefined) {
    const echo = escapeUserText(truncate(typed, ECHO_LENGTH));
    return replyWith(
      renderBrowseOverview(context, [field], context.messages.browseUnknown(names([field]).join(''), echo)),
      { ephemeral: true },
    );
  }
  return listReply({ field, value, page: 0 }, context, 'reply');
}

function listReply(
  state: BrowseState,
  context: CommandContext,
  how: 'reply' | 'update',
): APIInteractionResponse {
  const group = browseGroups(state.field, context).find((candidate) => candidate.value === state.value);
  if (group === undefined || state.page * BROWSE_PAGE_SIZE >= Math.max(group.members.length, 1))
    return staleButtonNotice('browse', context);
  const body = renderBrowseList(state, group, context);
  return how === 'reply' ? replyWith(body) : updateWith(body);
}

/** A /browse page button: the page it names, redrawn in place. */
export function handleBrowseButton(customId: string, context: CommandContext): APIInteractionResponse {
  const state = decodeBrowseState(customId);
  if (state === null) return staleButtonNotice('browse', context);
  return listReply(state, context, 'update');
}

/** A /browse menu: the first page of the records with the chosen value, as a new message. */
export function handleBrowseMenu(
  customId: string,
  values: readonly string[],
  context: CommandContext,
): APIInteractionResponse {
  const field = decodeBrowseMenu(customId);
  const [value] = values;
  if (field === null || value === undefined) return staleButtonNotice('browse', context);
  return listReply({ field, value, page: 0 }, context, 'reply');
}

/**
 * Autocomplete for a /browse option: the field's values one of whose names (in either language) starts with, or
 * else contains, what was typed, with counts, labelled in the asker's language.
 */
export function browseChoices(
  field: BrowseField,
  typed: string,
  context: CommandContext,
): APIApplicationCommandOptionChoice<string>[] {
  const groups = browseGroups(field, context).filter(
    (group) => group.value.length <= DiscordLimits.choiceValue,
  );
  const names = new Map(groups.map((group) => [group, browseValueNames(field, group)]));
  return byTypedName(groups, (group) => names.get(group) ?? [], typed)
    .slice(0, DiscordLimits.autocompleteChoices)
    .map((group) => ({
      name: truncate(
        `${group.label} (${formatNumber(group.members.length, context.locale)})`,
        DiscordLimits.choiceName,
      ),
      value: group.value,
    }));
}
