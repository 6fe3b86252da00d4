import type { APIInteraction } from 'discord-api-types/v10';
import { fingerprint } from '../archive/fingerprint';

/**
 * The reference shown to a person when their interaction failed: derived from the interaction id, so the
 * transport can log the same reference next to the error without the pure layer keeping any state.
 */
export function errorReference(interaction: Pick<APIInteraction, 'id'>): string {
  return `E-${fingerprint(interaction.id)}`;
}
