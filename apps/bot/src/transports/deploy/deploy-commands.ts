import type { REST } from '@discordjs/rest';
import {
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPutAPIApplicationCommandsResult,
  Routes,
} from 'discord-api-types/v10';

export interface DeployTarget {
  applicationId: string;
  /** A guild's commands update at once (good for testing); global ones reach every server the bot is in. */
  guildId?: string;
}

/** The route a bulk overwrite goes to: the guild's commands or the application's global commands. */
export function deployRoute(target: DeployTarget): `/${string}` {
  return target.guildId === undefined
    ? Routes.applicationCommands(target.applicationId)
    : Routes.applicationGuildCommands(target.applicationId, target.guildId);
}

/**
 * Bulk-overwrites the command definitions in one PUT: commands missing from the list are deleted,
 * the others created or updated, so the registered set always equals the code's.
 */
export function deployCommands(
  rest: REST,
  target: DeployTarget,
  commands: readonly RESTPostAPIApplicationCommandsJSONBody[],
): Promise<RESTPutAPIApplicationCommandsResult> {
  return rest.put(deployRoute(target), { body: commands }) as Promise<RESTPutAPIApplicationCommandsResult>;
}
