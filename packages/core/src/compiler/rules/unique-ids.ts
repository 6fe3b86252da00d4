import type { DataIssue } from '../issue';
import type { SourceData } from '../parse-sources';

/** Ids are unique within each collection, so a lookup or a Discord choice value names one record. */
export function checkUniqueIds(data: SourceData): DataIssue[] {
  const issues: DataIssue[] = [];
  const collections = {
    articles: data.articles.map((a) => ({ file: a.file, path: ['id'], id: a.frontmatter.id })),
    people: data.people.map((p) => ({ file: p.file, path: [...p.path, 'id'], id: p.record.id })),
    organizations: data.organizations.map((o) => ({
      file: o.file,
      path: [...o.path, 'id'],
      id: o.record.id,
    })),
    places: data.places.map((p) => ({ file: p.file, path: [...p.path, 'id'], id: p.record.id })),
    cases: data.cases.map((c) => ({ file: c.file, path: [...c.path, 'id'], id: c.record.id })),
    figures: data.figures.map((f) => ({ file: f.file, path: [...f.path, 'id'], id: f.record.id })),
    quotes: data.quotes.map((q) => ({ file: q.file, path: [...q.path, 'id'], id: q.record.id })),
  };
  for (const [name, records] of Object.entries(collections)) {
    const firstSeen = new Map<string, string>();
    for (const { file, path, id } of records) {
      const previous = firstSeen.get(id);
      if (previous === undefined) {
        firstSeen.set(id, `${file}`);
        continue;
      }
      issues.push({
        file,
        path,
        message: `duplicate ${name} id "${id}" (already used in ${previous})`,
        tip: 'give each record its own id; if both describe the same thing, merge them',
      });
    }
  }
  return issues;
}
