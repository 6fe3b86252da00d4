/**
 * @asylum-archive/bot's pure layer: what transports (gateway, HTTP, terminal) call. No I/O happens here.
 */
import { createInteractionHandler, type InteractionHandler } from './interactions/handle-interaction';

export { ArchiveData } from './archive/archive-data';
export type { BotArchive, RunQuery, Versions } from './archive/bot-archive';
export { createBotArchive } from './archive/create-bot-archive';
export { shippedBotArchive } from './archive/shipped-archive';
export { commandDefinitions } from './commands/application-commands';
export type {
  ArgumentsOf,
  CommandDefinition,
  OptionDefinition,
  OptionValue,
} from './commands/definition-types';
export {
  aboutCommand,
  articleCommand,
  type BotCommand,
  type CommandName,
  caseCommand,
  commands,
  figureCommand,
  helpCommand,
  mapCommand,
  personCommand,
  searchCommand,
} from './commands/definitions';
export { DiscordLimits } from './discord/limits';
export { truncate } from './discord/truncate';
export { errorReference } from './interactions/error-reference';
export {
  createInteractionHandler,
  type InteractionHandler,
  type InteractionHandlerOptions,
} from './interactions/handle-interaction';

/** Answers any interaction from the shipped archive. */
export const handleInteraction: InteractionHandler = createInteractionHandler();
