import type { Case } from '@asylum-archive/core';
import { type CommandName, commands } from '../commands/definitions';
import { localizedCommandName, localizedOptionName } from '../commands/localized-names';
import { countryName } from '../i18n/format';
import type { BotLocale } from '../i18n/locale';
import type { RenderContext } from './render-context';

/**
 * "outcome: denied · forum: immigration court · sought refuge in: United States": where a case stands, in one
 * labelled line. A case that is no claim for refuge (outcome "not sought") names its country as a place,
 * not as where refuge was sought; an unknown forum is left out rather than shown as "not stated".
 */
export function caseOutcomeLine(record: Case, context: RenderContext): string {
  const { messages, locale } = context;
  const outcome =
    record.outcome === null ? messages.caseNoOutcome : `**${messages.outcome[record.outcome]}**`;
  const forum = record.forum === 'unknown' ? null : messages.forum[record.forum];
  return messages.caseLine(
    outcome,
    forum,
    countryName(record.refugeCountry, locale),
    countryLabel(record, context),
  );
}

/** "Sought refuge in", unless the case says refuge was not sought: then just "Country". */
export function countryLabel(record: Case, context: RenderContext): string {
  return record.outcome === 'not-sought' ? context.messages.caseCountry : context.messages.caseRefugeCountry;
}

/**
 * A case event as readers should see it: without the curators' asides to each other, written as a closing
 * parenthetical sentence ("(… so no outcome is typed.)"), which explain the data, not the case.
 */
export function withoutCuratorNote(description: string): string {
  return description.replace(/\s*\((?:[A-Z][^()]*[.!?])\)\s*$/u, '').trim() || description;
}

/** How to ask for a record, as an inline code span people can copy: `/case name:alarcon-us-asylum`. */
export function commandLine(command: CommandName, value: string, locale: BotLocale): string {
  const definition = commands.find((candidate) => candidate.name === command);
  const option = definition?.options[0]?.name;
  const name = localizedCommandName(command, locale);
  return option === undefined
    ? `\`${name}\``
    : `\`${name} ${localizedOptionName(command, option, locale)}:${value}\``;
}
