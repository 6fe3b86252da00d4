import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { commands } from './definitions';
import { toApplicationCommandJSON } from './to-json';

/** What deploy-commands registers with Discord: every command, localised, as Discord's JSON bodies. */
export const commandDefinitions: RESTPostAPIApplicationCommandsJSONBody[] =
  commands.map(toApplicationCommandJSON);
