import { didYouMean } from '../did-you-mean';
import type { DataIssue, PathKey } from '../issue';
import { mayHaveFailed, type SourceData, type Unparsed, type UnparsedCollection } from '../parse-sources';
import { citationsOf } from './citations-verbatim';

type Target = 'article' | 'person' | 'organization' | 'place' | 'person or organization';

const FILE_OF: Record<Target, string> = {
  article: 'data/articles/<id>.md',
  person: 'data/people.yaml',
  organization: 'data/organizations.yaml',
  place: 'data/places.yaml',
  'person or organization': 'data/people.yaml or data/organizations.yaml',
};

const COLLECTIONS_OF: Record<Target, UnparsedCollection[]> = {
  article: ['articles'],
  person: ['people'],
  organization: ['organizations'],
  place: ['places'],
  'person or organization': ['people', 'organizations'],
};

/**
 * Every id that points at another record names a record that exists, of the right kind. An unknown id gets
 * the nearest known ones as a did-you-mean; an article that is still a draft is named as such. An id that
 * may name a record which failed its schema (`unparsed`) is not reported: that record's own issue is.
 */
export function checkReferencesResolve(data: SourceData, unparsed: Unparsed): DataIssue[] {
  const ids = {
    article: new Set(data.articles.map((a) => a.frontmatter.id)),
    person: new Set(data.people.map((p) => p.record.id)),
    organization: new Set(data.organizations.map((o) => o.record.id)),
    place: new Set(data.places.map((p) => p.record.id)),
  };
  const draftFile = new Map(data.drafts.map((d) => [d.frontmatter.id, d.file]));
  const known = (target: Target): Set<string> =>
    target === 'person or organization' ? new Set([...ids.person, ...ids.organization]) : ids[target];

  const issues: DataIssue[] = [];
  const expect = (file: string, path: PathKey[], target: Target, id: string | null) => {
    if (id === null || known(target).has(id)) return;
    if (COLLECTIONS_OF[target].some((collection) => mayHaveFailed(unparsed, collection, id))) return;
    const draft = target === 'article' ? draftFile.get(id) : undefined;
    if (draft !== undefined) {
      issues.push({
        file,
        path,
        message: `article "${id}" is still a draft (${draft})`,
        tip: 'publish the draft first (finish its review and move it to data/articles/), then cite it',
      });
      return;
    }
    // A record that failed its schema still exists: it may be the one meant.
    const failed = COLLECTIONS_OF[target].flatMap((collection) => [...(unparsed.ids.get(collection) ?? [])]);
    const suggestion = didYouMean(id, [...known(target), ...failed]);
    issues.push({
      file,
      path,
      message: `unknown ${target} "${id}"`,
      tip: suggestion
        ? `${suggestion} (ids are in ${FILE_OF[target]})`
        : `use the id of a record in ${FILE_OF[target]}, or add that record`,
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
