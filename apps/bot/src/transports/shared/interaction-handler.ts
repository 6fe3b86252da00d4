import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';

/**
 * The pure layer's contract: a Discord interaction in, the response Discord expects out.
 * Transports receive it as a parameter so they can be tested with a small hand-written handler.
 */
export type InteractionHandler = (interaction: APIInteraction) => Promise<APIInteractionResponse>;
