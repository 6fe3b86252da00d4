import type { Case } from '@asylum-archive/core';
import { type CommandName, commands } from '../commands/definitions';
import { localizedCommandName, localizedOptionName } from '../commands/localized-names';
import { countryName } from '../i18n/format';
import type { BotLocale } from '../i18n/locale';
import type { RenderContext } from './render-context';

/** "denied · immigration court · United States": where a case stands, in one line. */
export function caseOutcomeLine(record: Case, context: RenderContext): string {
  const { messages, locale } = context;
  const outcome =
    record.outcome === null ? messages.caseNoOutcome : `**${messages.outcome[record.outcome]}**`;
  return `${outcome} · ${messages.forum[record.forum]} · ${countryName(record.refugeCountry, locale)}`;
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
