import type { APIInteractionResponse } from 'discord-api-types/v10';
import { renderAboutCard } from '../cards/about-card';
import { renderHelpCard } from '../cards/help-card';
import { replyWith } from '../discord/responses';
import type { CommandContext } from './command-context';

export function handleAbout(context: CommandContext): APIInteractionResponse {
  return replyWith(renderAboutCard(context.archive.versions, context.archive.fingerprint, context));
}

/** Help is for the asker alone: nobody else in the channel needs to see it. */
export function handleHelp(context: CommandContext): APIInteractionResponse {
  return replyWith(renderHelpCard(context), { ephemeral: true });
}
