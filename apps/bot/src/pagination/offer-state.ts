import { DiscordLimits } from '../discord/limits';
import type { EntityKind } from '../i18n/messages';

const KINDS: readonly EntityKind[] = ['article', 'person', 'case', 'figure'];

/** `o1|<kind>|<id>`: a record offered when a lookup was not certain; pressing it shows the record's card. */
export function encodeOffer(kind: EntityKind, id: string): string | null {
  const customId = `o1|${kind}|${id}`;
  return customId.length <= DiscordLimits.customId && !id.includes('|') ? customId : null;
}

export function decodeOffer(customId: string): { kind: EntityKind; id: string } | null {
  const [prefix, kind, id, ...rest] = customId.split('|');
  const known = KINDS.find((candidate) => candidate === kind);
  if (prefix !== 'o1' || known === undefined || id === undefined || id === '' || rest.length > 0) return null;
  return { kind: known, id };
}

export function isOfferButton(customId: string): boolean {
  return /^o\d+\|/.test(customId);
}
