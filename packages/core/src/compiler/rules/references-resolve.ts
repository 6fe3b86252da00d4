import type { DataIssue } from '../issue';
import type { SourceData } from '../parse-sources';
import { citationsOf } from './citations-verbatim';

type Target = 'article' | 'person' | 'organization' | 'place' | 'person or organization';

/** Every id that points at another record names a record that exists, of the right kind. */
export function checkReferencesResolve(data: SourceData): DataIssue[] {
  const ids = {
    article: new Set(data.articles.map((a) => a.frontmatter.id)),
    person: new Set(data.people.map((p) => p.record.id)),
    organization: new Set(data.organizations.map((o) => o.record.id)),
    place: new Set(data.places.map((p) => p.record.id)),
  };
  const exists = (target: Target, id: string) =>
    target === 'person or organization'
      ? ids.person.has(id) || ids.organization.has(id)
      : ids[target].has(id);
  const fileOf: Record<Target, string> = {
    article: 'data/articles/<id>.md',
    person: 'data/people.yaml',
    organization: 'data/organizations.yaml',
    place: 'data/places.yaml',
    'person or organization': 'data/people.yaml or data/organizations.yaml',
  };

  const issues: DataIssue[] = [];
  const expect = (file: string, path: Array<string | number>, target: Target, id: string | null) => {
    if (id === null || exists(target, id)) return;
    issues.push({
      file,
      path,
      message: `unknown ${target} "${id}"`,
      tip: `use the id of a record in ${fileOf[target]}, or add that record`,
    });
  };

  for (const { file, frontmatter } of data.articles) {
    expect(file, ['outlet'], 'organization', frontmatter.outlet);
    expect(file, ['via'], 'organization', frontmatter.via);
    for (const [i, id] of frontmatter.authors.entries()) expect(file, ['authors', i], 'person', id);
  }
  for (const { file, path, record } of data.places) expect(file, [...path, 'within'], 'place', record.within);
  for (const { file, path, record } of data.cases) {
    expect(file, [...path, 'claimant'], 'person', record.claimant);
    for (const [i, id] of record.attorneys.entries()) expect(file, [...path, 'attorneys', i], 'person', id);
  }
  for (const { file, path, record } of data.quotes) {
    expect(file, [...path, 'speaker'], 'person', record.speaker);
    expect(file, [...path, 'to'], 'person or organization', record.to);
  }
  for (const { file, path, citation } of citationsOf(data)) {
    expect(file, [...path, 'article'], 'article', citation.article);
  }
  return issues;
}
