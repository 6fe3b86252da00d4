import type { BotLocale } from '../i18n/locale';
import type { CommandDefinition } from './definition-types';
import { commands } from './definitions';

function definitionOf(name: string): CommandDefinition | undefined {
  return commands.find((command) => command.name === name);
}

/** The command as people see it in their Discord client: "/search" or "/buscar". */
export function localizedCommandName(name: string, locale: BotLocale): string {
  const definition = definitionOf(name);
  if (definition === undefined) return `/${name}`;
  return `/${locale === 'es' ? definition.name_localizations['es-ES'] : definition.name}`;
}

/** An option's name as people see it: "query" or "consulta". */
export function localizedOptionName(command: string, option: string, locale: BotLocale): string {
  const definition = definitionOf(command)?.options.find((candidate) => candidate.name === option);
  if (definition === undefined) return option;
  return locale === 'es' ? definition.name_localizations['es-ES'] : definition.name;
}
