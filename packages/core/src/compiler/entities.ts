import { locateMentions } from './locate-mentions';
import type { Located, SourceData } from './parse-sources';

export type EntityKind = 'person' | 'organization' | 'place';

export type NamedRecord = Located<{ id: string; name: string; aliases: readonly string[] }> & {
  kind: EntityKind;
};

/** The people, organizations and places of the data, each with its kind. */
export function namedEntities(data: SourceData): NamedRecord[] {
  return [
    ...data.people.map((p) => ({ kind: 'person' as const, ...p })),
    ...data.organizations.map((o) => ({ kind: 'organization' as const, ...o })),
    ...data.places.map((p) => ({ kind: 'place' as const, ...p })),
  ];
}

/**
 * For each entity a draft uses (as its outlet, `via` or author, or by naming it in its text), the draft
 * files that do, keyed `kind:id`.
 */
export function draftUses(
  drafts: SourceData['drafts'],
  entities: readonly NamedRecord[],
): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  const add = (key: string, file: string) => {
    const files = uses.get(key) ?? [];
    if (!files.includes(file)) files.push(file);
    uses.set(key, files);
  };
  for (const { file, frontmatter } of drafts) {
    for (const id of [frontmatter.outlet, frontmatter.via]) if (id) add(`organization:${id}`, file);
    for (const id of frontmatter.authors) add(`person:${id}`, file);
  }
  const texts = drafts.map(({ file, frontmatter, paragraphs }) => ({
    id: file,
    title: frontmatter.title ?? '',
    dek: frontmatter.dek,
    captions: frontmatter.captions,
    paragraphs,
  }));
  const located = locateMentions(
    texts,
    entities.map(({ kind, record }) => ({
      key: `${kind}:${record.id}`,
      names: [record.name, ...record.aliases],
    })),
  );
  for (const [key, mentions] of located) for (const mention of mentions) add(key, mention.articleId);
  return uses;
}

/** The data without the entities `drop` selects (records that wait for a draft). */
export function withoutEntities(
  data: SourceData,
  drop: (kind: EntityKind, id: string) => boolean,
): SourceData {
  return {
    ...data,
    people: data.people.filter(({ record }) => !drop('person', record.id)),
    organizations: data.organizations.filter(({ record }) => !drop('organization', record.id)),
    places: data.places.filter(({ record }) => !drop('place', record.id)),
  };
}
