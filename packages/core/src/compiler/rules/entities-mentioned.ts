import type { Mention } from '../../schema/types';
import type { DataIssue } from '../issue';
import type { Located } from '../parse-sources';

/** An entity that no article mentions cannot be cited; it is a typo in its name or a record to drop. */
export function checkEntitiesMentioned(
  entities: ReadonlyArray<Located<{ id: string; name: string }> & { mentions: readonly Mention[] }>,
): DataIssue[] {
  return entities
    .filter((entity) => entity.mentions.length === 0)
    .map(({ file, path, record }) => ({
      file,
      path: [...path, 'name'],
      message: `"${record.name}" (${record.id}) is not mentioned in any article`,
      tip: 'add the spelling the articles use to aliases, or remove the record',
    }));
}
