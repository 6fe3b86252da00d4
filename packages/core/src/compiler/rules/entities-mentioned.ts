import type { Mention } from '../../schema/types';
import type { NamedRecord } from '../entities';
import type { DataIssue } from '../issue';

/**
 * An entity that no article mentions cannot be cited: a typo in its name, a record to drop, or one added
 * ahead of its article. (A record that a draft uses is not checked: it waits for that draft.)
 */
export function checkEntitiesMentioned(
  entities: ReadonlyArray<NamedRecord & { mentions: readonly Mention[] }>,
): DataIssue[] {
  return entities
    .filter((entity) => entity.mentions.length === 0)
    .map(({ kind, file, path, record }) => ({
      file,
      path: [...path, 'name'],
      message: `"${record.name}" (${record.id}) is not mentioned in any article`,
      tip:
        kind === 'organization'
          ? `if it is the outlet of an article you are adding, ingest that article (pnpm ingest <page> --outlet ${record.id}): the outlet then waits with the draft in data/drafts/ until it is published. Otherwise add the spelling the articles use to aliases, or remove the record`
          : `if an article you are adding names it, ingest that article first: the record then waits with the draft in data/drafts/. Otherwise add the spelling the articles use to aliases, or remove the record`,
    }));
}
