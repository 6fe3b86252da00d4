/**
 * Discord's hard limits on what a bot may send (see the project's TOOLCHAIN.md). Discord rejects a reply
 * that breaks any of them, so every renderer sizes its text against these numbers and nothing else.
 */
export const DiscordLimits = {
  messageContent: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  /** Sum of title, description, field names and values, footer text and author name over all embeds. */
  embedTotal: 6000,
  actionRowsPerMessage: 5,
  buttonsPerActionRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceNameMin: 1,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  optionsPerCommand: 25,
  /** An attachment's description (its alt text). */
  attachmentDescription: 1024,
} as const;

export type DiscordLimit = keyof typeof DiscordLimits;
