import { parse } from 'yaml';
import { splitArticleFile } from '../../src/compiler/parse-sources';

/** A source file of the data directory: `path` relative to it (`articles/x.md`, `drafts/y.md`, `people.yaml`). */
export type DataFile = { path: string; text: string };

export type ArchivedArticle = {
  id: string;
  /** Path relative to the data directory, e.g. `articles/texas-observer-juarez-officer-denied-asylum.md`. */
  file: string;
  title: string | null;
  draft: boolean;
  seed: string | null;
  paragraphs: string[];
};

export type KnownName = { id: string; name: string; aliases: string[] };
export type KnownOrganization = KnownName & { kind: string };

/** What ingest needs to know about the archive: its texts (for duplicates) and its names (for metadata). */
export type ArchiveSnapshot = {
  articles: ArchivedArticle[];
  organizations: KnownOrganization[];
  people: KnownName[];
  /** Files that could not be read as expected; ingest goes on without them and says so. */
  problems: string[];
};

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const asString = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;
const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function readYaml(file: DataFile, problems: string[]): unknown {
  try {
    return parse(file.text);
  } catch (error) {
    problems.push(`${file.path}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
    return undefined;
  }
}

function readArticle(file: DataFile, problems: string[]): ArchivedArticle | null {
  const fallbackId = file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.md$/, '');
  const parts = splitArticleFile(file.text);
  if (!parts) {
    problems.push(`${file.path}: no frontmatter; its text is still compared for duplicates`);
    return {
      id: fallbackId,
      file: file.path,
      title: null,
      draft: file.path.startsWith('drafts/'),
      seed: null,
      paragraphs: file.text
        .split(/\n\s*\n/)
        .map((block) => block.trim())
        .filter(Boolean),
    };
  }
  const front = asRecord(readYaml({ path: file.path, text: parts.frontmatter }, problems));
  return {
    id: asString(front.id) ?? fallbackId,
    file: file.path,
    title: asString(front.title),
    draft: front.draft === true || file.path.startsWith('drafts/'),
    seed: asString(front.seed),
    paragraphs: parts.paragraphs,
  };
}

function readNamed(file: DataFile | undefined, problems: string[]): Array<Record<string, unknown>> {
  if (!file) return [];
  const raw = readYaml(file, problems);
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.push(`${file.path}: expected a list of records`);
    return [];
  }
  return raw.map(asRecord).filter((record) => asString(record.id) && asString(record.name));
}

/**
 * Reads the parts of data/ that ingest uses, leniently: a maintainer may be mid-edit, and a broken file
 * must not stop duplicate detection — it is reported instead. Pure: the caller reads the files.
 */
export function readArchiveSnapshot(files: readonly DataFile[]): ArchiveSnapshot {
  const problems: string[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));
  const articles = files
    .filter((file) => /^(?:articles|drafts)\//.test(file.path) && file.path.endsWith('.md'))
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap((file) => readArticle(file, problems) ?? []);
  const named = (record: Record<string, unknown>): KnownName => ({
    id: String(record.id),
    name: String(record.name),
    aliases: asStrings(record.aliases),
  });
  return {
    articles,
    organizations: readNamed(byPath.get('organizations.yaml'), problems).map((record) => ({
      ...named(record),
      kind: asString(record.kind) ?? 'other',
    })),
    people: readNamed(byPath.get('people.yaml'), problems).map(named),
    problems,
  };
}

/** The outlet-kind organizations, the ones an article's `outlet` and `via` may name. */
export function outletsOf(snapshot: ArchiveSnapshot): KnownOrganization[] {
  return snapshot.organizations.filter((organization) => organization.kind === 'outlet');
}
