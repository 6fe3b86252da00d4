import type { APIInteractionResponse } from 'discord-api-types/v10';
import { ephemeralNotice } from '../discord/responses';
import type { BotLocale } from '../i18n/locale';
import type { CommandContext } from './command-context';
import type { CommandDefinition, OptionDefinition } from './definition-types';
import { commands } from './definitions';

function definitionOf(name: string): CommandDefinition | undefined {
  return commands.find((command) => command.name === name);
}

/** The command as people see it in their Discord client: "/search" or "/buscar". */
export function localizedCommandName(name: string, locale: BotLocale): string {
  const definition = definitionOf(name);
  return definition === undefined ? `/${name}` : commandLabel(definition, locale);
}

/** An option's name as people see it: "query" or "consulta". */
export function localizedOptionName(command: string, option: string, locale: BotLocale): string {
  const definition = definitionOf(command)?.options.find((candidate) => candidate.name === option);
  return definition === undefined ? option : optionLabel(definition, locale);
}

/** A command's name as the asker types it, from its definition: "/search" or "/buscar". */
export function commandLabel(command: CommandDefinition, locale: BotLocale): string {
  return `/${locale === 'es' ? command.name_localizations['es-ES'] : command.name}`;
}

/** An option's name as the asker types it, from its definition: "hide" or "ocultar". */
export function optionLabel(option: OptionDefinition, locale: BotLocale): string {
  return locale === 'es' ? option.name_localizations['es-ES'] : option.name;
}

/** The answer to a button or menu whose state no longer decodes: press the command again. */
export function staleButtonNotice(command: string, context: CommandContext): APIInteractionResponse {
  return ephemeralNotice(context.messages.staleButton(localizedCommandName(command, context.locale)));
}
