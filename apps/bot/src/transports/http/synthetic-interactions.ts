import { ApplicationCommandOptionType, ApplicationCommandType, InteractionType } from 'discord-api-types/v10';

/**
 * Interaction bodies shaped as Discord sends them, for the self-warm-up and the load benchmark (which must
 * send the same shapes as each other and as Discord, not the same queries). `base` is everything but the type
 * and the data: id, application id, token, version, locale and user.
 */
export function autocompleteBody(
  base: object,
  commandId: string,
  command: string,
  option: string,
  typed: string,
): string {
  const data = {
    id: commandId,
    name: command,
    type: ApplicationCommandType.ChatInput,
    options: [{ name: option, type: ApplicationCommandOptionType.String, value: typed, focused: true }],
  };
  return JSON.stringify({ ...base, type: InteractionType.ApplicationCommandAutocomplete, data });
}

/** A `/search` command with its query. */
export function searchBody(base: object, commandId: string, query: string): string {
  const data = {
    id: commandId,
    name: 'search',
    type: ApplicationCommandType.ChatInput,
    options: [{ name: 'query', type: ApplicationCommandOptionType.String, value: query }],
  };
  return JSON.stringify({ ...base, type: InteractionType.ApplicationCommand, data });
}
