import { type APIInteraction, InteractionType } from 'discord-api-types/v10';

/** The user behind an interaction: `member.user` in a guild, `user` in a DM. */
export function userIdOf(interaction: APIInteraction): string | undefined {
  return interaction.member?.user.id ?? interaction.user?.id;
}

/** What an interaction is, in a form safe to log: ids and names, never the token or the user's input. */
export interface InteractionSummary {
  id: string;
  type: InteractionType;
  name?: string;
  /** The kind of button or form ("s1" for a search page): the part of its custom id before the first `|`. */
  component?: string;
  guildId?: string;
  shardId?: number;
}

export function summarizeInteraction(interaction: APIInteraction): InteractionSummary {
  const summary: InteractionSummary = { id: interaction.id, type: interaction.type };
  if (interaction.guild_id !== undefined) summary.guildId = interaction.guild_id;
  switch (interaction.type) {
    case InteractionType.ApplicationCommand:
    case InteractionType.ApplicationCommandAutocomplete:
      summary.name = interaction.data.name;
      break;
    case InteractionType.MessageComponent:
    case InteractionType.ModalSubmit:
      // The rest of a search button's id is the user's query, which is not logged.
      summary.component = componentKindOf(interaction.data.custom_id);
      break;
    default:
      break;
  }
  return summary;
}

const MAX_LOGGED_KIND = 16;

/** The part of a custom id before its first `|`, cut short: what the component is, not what it carries. */
export function componentKindOf(customId: string): string {
  const separator = customId.indexOf('|');
  const kind = separator >= 0 ? customId.slice(0, separator) : customId;
  return kind.length > MAX_LOGGED_KIND ? `${kind.slice(0, MAX_LOGGED_KIND)}…` : kind;
}

/**
 * A parsed request body that has the shape every interaction shares. The pure layer validates the
 * rest; this only keeps obviously foreign JSON (an array, a number) from reaching it.
 */
export function looksLikeInteraction(value: unknown): value is APIInteraction {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.type === 'number' &&
    typeof candidate.id === 'string' &&
    typeof candidate.token === 'string' &&
    typeof candidate.application_id === 'string'
  );
}
