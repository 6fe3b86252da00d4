import type { z } from 'zod';
import type { DataIssue, PathKey, RecordKey } from './issue';
import { schemaIssues } from './schema-issues';
import {
  COLLECTION_FILES,
  isReviewed,
  type ReviewedFrontmatter,
  type SourceArticleFrontmatter,
  SourceArticleFrontmatterSchema,
  type SourceCase,
  type SourceFigure,
  type SourceLexicon,
  SourceLexiconSchema,
  type SourceOrganization,
  type SourcePerson,
  type SourcePlace,
  type SourceQuote,
} from './source-schema';
import { parseYamlSource, type YamlSource } from './yaml-source';

/** A source file as read from disk; `path` is relative to the package (`data/people.yaml`). */
export type SourceFile = { path: string; text: string };

/** A record together with where it was written, so later rules can point at it. */
export type Located<T> = { file: string; path: PathKey[]; record: T };

export type SourceArticle = {
  file: string;
  frontmatter: ReviewedFrontmatter;
  paragraphs: string[];
};

/**
 * An article awaiting review: a file in data/drafts/ (where `pnpm ingest` writes), or one marked
 * `draft: true` anywhere. Checked for shape as a draft, then left out of the dataset until a maintainer
 * reviews it and moves it to data/articles/.
 */
export type DraftArticle = { file: string; frontmatter: SourceArticleFrontmatter; paragraphs: string[] };

export type SourceData = {
  articles: SourceArticle[];
  drafts: DraftArticle[];
  people: Located<SourcePerson>[];
  organizations: Located<SourceOrganization>[];
  places: Located<SourcePlace>[];
  cases: Located<SourceCase>[];
  figures: Located<SourceFigure>[];
  quotes: Located<SourceQuote>[];
  lexicon: SourceLexicon;
};

/**
 * What failed to parse, so that the rules can still run on everything that did parse without reporting
 * the missing records as errors of their own: a reference to a person whose record failed its schema is
 * not "unknown", it waits for that record to be fixed.
 */
export type Unparsed = {
  /** Ids of records (articles and drafts included, by their `id` or file name) that failed, by collection. */
  ids: Map<UnparsedCollection, Set<string>>;
  /** Collections in which some record failed without a usable id (or the whole file failed): any id may exist. */
  unnamed: Set<UnparsedCollection>;
};

export type UnparsedCollection = 'articles' | keyof typeof COLLECTION_FILES;

/** Whether `id` may name a record of `collection` that failed to parse (so its absence proves nothing). */
export function mayHaveFailed(unparsed: Unparsed, collection: UnparsedCollection, id: string): boolean {
  return unparsed.unnamed.has(collection) || (unparsed.ids.get(collection)?.has(id) ?? false);
}

function markUnparsed(unparsed: Unparsed, collection: UnparsedCollection, id: string | null): void {
  if (id === null) {
    unparsed.unnamed.add(collection);
    return;
  }
  const ids = unparsed.ids.get(collection) ?? new Set<string>();
  ids.add(id);
  unparsed.ids.set(collection, ids);
}

export const ARTICLES_DIR = 'data/articles/';
export const DRAFTS_DIR = 'data/drafts/';
export const LEXICON_FILE = 'data/lexicon.yaml';

/** Remembers each YAML text, so that any issue's path can be turned into the line and column it names. */
class Positions {
  readonly #sources = new Map<string, YamlSource>();

  parse(file: string, text: string, issues: DataIssue[], firstLine = 1): unknown {
    const source = parseYamlSource(file, text, issues, firstLine);
    if (!source) return undefined;
    this.#sources.set(file, source);
    return source.value;
  }

  /** The issue with the line and column of what it names, when its file is YAML (or has frontmatter). */
  locate(issue: DataIssue): DataIssue {
    if (issue.position) return issue;
    // A collection's name (`figures` in `figures › some-id › citation`) is not a key of its YAML list.
    const inFile = typeof issue.path[1] === 'object' ? issue.path.slice(1) : issue.path;
    const position = this.#sources.get(issue.file)?.positionOf(inFile);
    return position ? { ...issue, position } : issue;
  }
}

/** Splits `---\nfrontmatter\n---\nbody` and the body into one paragraph per blank-line-separated block. */
export function splitArticleFile(text: string): { frontmatter: string; paragraphs: string[] } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return null;
  const body = match[2] ?? '';
  const paragraphs = body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => block.replace(/\r?\n/g, ' ').trim())
    .filter((block) => block.length > 0);
  return { frontmatter: match[1] ?? '', paragraphs };
}

/** An article file's id for the rules when its frontmatter failed: its `id` if readable, else its file name. */
function failedArticleId(file: SourceFile, raw: unknown): string {
  if (isPlainObject(raw) && typeof raw.id === 'string' && raw.id.trim() !== '') return raw.id;
  return file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.md$/, '');
}

function parseArticle(
  file: SourceFile,
  inDrafts: boolean,
  positions: Positions,
  issues: DataIssue[],
): { article?: SourceArticle; draft?: DraftArticle; failedId?: string } {
  const parts = splitArticleFile(file.text);
  if (!parts) {
    issues.push({
      file: file.path,
      path: [],
      message: 'no YAML frontmatter found',
      tip: 'start the file with a line "---", the metadata, a line "---", then the paragraphs',
    });
    return { failedId: failedArticleId(file, undefined) };
  }
  // The frontmatter starts on line 2, after the opening "---".
  const raw = positions.parse(file.path, parts.frontmatter, issues, 2);
  if (raw === undefined) return { failedId: failedArticleId(file, undefined) };
  // A file in data/drafts/ is a draft whatever its `draft` key says: the folder is what keeps it out.
  const input = inDrafts && isPlainObject(raw) ? { ...raw, draft: true } : raw;
  const parsed = SourceArticleFrontmatterSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    issues.push(...schemaIssues(file.path, [], parsed.error, SourceArticleFrontmatterSchema, 'articles'));
    return { failedId: failedArticleId(file, raw) };
  }
  if (parsed.data.draft) {
    return { draft: { file: file.path, frontmatter: parsed.data, paragraphs: parts.paragraphs } };
  }
  // The schema has reported the missing fields.
  if (!isReviewed(parsed.data)) return { failedId: parsed.data.id };
  if (parts.paragraphs.length === 0) {
    issues.push({
      file: file.path,
      path: ['paragraphs'],
      message: 'the article has no body text',
      tip: 'add the cleaned article text after the closing "---", one paragraph per block',
    });
    return { failedId: parsed.data.id };
  }
  return { article: { file: file.path, frontmatter: parsed.data, paragraphs: parts.paragraphs } };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A record is named by its id in messages (`figures › officers-killed-2008`) when it has a usable one. */
function recordKey(item: unknown, index: number): RecordKey {
  const id = isPlainObject(item) && typeof item.id === 'string' && item.id.trim() !== '' ? item.id : null;
  return { id, index };
}

function parseCollection<S extends z.ZodType>(
  file: SourceFile | undefined,
  name: string,
  fileName: string,
  schema: S,
  positions: Positions,
  issues: DataIssue[],
  failed: (id: string | null) => void,
): Located<z.infer<S>>[] {
  if (!file) return [];
  const raw = positions.parse(file.path, file.text, issues);
  if (raw === null) return [];
  if (raw === undefined) {
    failed(null);
    return [];
  }
  if (!Array.isArray(raw)) {
    failed(null);
    issues.push({
      file: file.path,
      path: [],
      message: `expected a list of ${name} at the top level of ${fileName}`,
      tip: 'write each record as a list item starting with "- id: …"',
    });
    return [];
  }
  const records: Located<z.infer<S>>[] = [];
  raw.forEach((item: unknown, index) => {
    const path = [name, recordKey(item, index)];
    const parsed = schema.safeParse(item, { reportInput: true });
    if (parsed.success) {
      records.push({ file: file.path, path, record: parsed.data });
      return;
    }
    issues.push(...schemaIssues(file.path, path, parsed.error, schema, name));
    failed(recordKey(item, index).id);
  });
  return records;
}

export type ParsedSources = {
  data: SourceData;
  issues: DataIssue[];
  /** Adds the line and column to an issue about a YAML file or an article's frontmatter. */
  locate: (issue: DataIssue) => DataIssue;
  /** What failed: `data` holds only the records that parsed. */
  unparsed: Unparsed;
};

/**
 * Reads every source file into typed records, collecting every problem instead of stopping at the first:
 * a record that fails its schema is reported and left out, the others are kept for the rules.
 */
export function parseSources(files: readonly SourceFile[]): ParsedSources {
  const issues: DataIssue[] = [];
  const unparsed: Unparsed = { ids: new Map(), unnamed: new Set() };
  const positions = new Positions();
  const byPath = new Map(files.map((file) => [file.path, file]));

  const articles: SourceArticle[] = [];
  const drafts: DraftArticle[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const dir = [ARTICLES_DIR, DRAFTS_DIR].find((prefix) => file.path.startsWith(prefix));
    if (dir === undefined) continue;
    if (!file.path.endsWith('.md')) {
      issues.push({
        file: file.path,
        path: [],
        message: `unexpected file in ${dir}`,
        tip: 'articles and drafts are Markdown files named <id>.md; move or remove this file',
      });
      continue;
    }
    const { article, draft, failedId } = parseArticle(file, dir === DRAFTS_DIR, positions, issues);
    if (article) articles.push(article);
    if (draft) drafts.push(draft);
    if (failedId !== undefined) markUnparsed(unparsed, 'articles', failedId);
  }

  const collection = <K extends keyof typeof COLLECTION_FILES>(name: K) => {
    const { file, schema } = COLLECTION_FILES[name];
    return parseCollection(byPath.get(`data/${file}`), name, file, schema, positions, issues, (id) =>
      markUnparsed(unparsed, name, id),
    );
  };

  let lexicon: SourceLexicon = { synonyms: [] };
  const lexiconFile = byPath.get(LEXICON_FILE);
  if (lexiconFile) {
    const raw = positions.parse(lexiconFile.path, lexiconFile.text, issues);
    if (raw !== undefined) {
      const parsed = SourceLexiconSchema.safeParse(raw, { reportInput: true });
      if (parsed.success) lexicon = parsed.data;
      else issues.push(...schemaIssues(lexiconFile.path, [], parsed.error, SourceLexiconSchema, 'lexicon'));
    }
  }

  const locate = (issue: DataIssue) => positions.locate(issue);
  return {
    data: {
      articles,
      drafts,
      people: collection('people') as Located<SourcePerson>[],
      organizations: collection('organizations') as Located<SourceOrganization>[],
      places: collection('places') as Located<SourcePlace>[],
      cases: collection('cases') as Located<SourceCase>[],
      figures: collection('figures') as Located<SourceFigure>[],
      quotes: collection('quotes') as Located<SourceQuote>[],
      lexicon,
    },
    issues: issues.map(locate),
    locate,
    unparsed,
  };
}
