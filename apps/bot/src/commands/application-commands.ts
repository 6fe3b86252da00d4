import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { commands, searchMessageCommand } from './definitions';
import { toApplicationCommandJSON, toMessageCommandJSON } from './to-json';

/**
 * What deploy-commands registers with Discord: every slash command, localised, then the message
 * context-menu command, as Discord's JSON bodies.
 */
export const commandDefinitions: RESTPostAPIApplicationCommandsJSONBody[] = [
  ...commands.map(toApplicationCommandJSON),
  toMessageCommandJSON(searchMessageCommand),
];
