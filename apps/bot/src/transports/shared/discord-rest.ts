import { REST, type RESTOptions } from '@discordjs/rest';

/**
 * A REST client for Discord's API v10. Without a token it can still call interaction webhooks,
 * which authenticate by the interaction token in the route. `overrides.api` points it at a local
 * server in tests, standing in for Discord.
 */
export function createDiscordRest(token: string | undefined, overrides: Partial<RESTOptions> = {}): REST {
  const rest = new REST({ version: '10', ...overrides });
  if (token !== undefined) rest.setToken(token);
  return rest;
}
