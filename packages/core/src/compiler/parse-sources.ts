import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { DataIssue } from './issue';
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

/** A source file as read from disk; `path` is relative to the package (`data/people.yaml`). */
export type SourceFile = { path: string; text: string };

/** A record together with where it was written, so later rules can point at it. */
export type Located<T> = { file: string; path: Array<string | number>; record: T };

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

export const ARTICLES_DIR = 'data/articles/';
export const DRAFTS_DIR = 'data/drafts/';
export const LEXICON_FILE = 'data/lexicon.yaml';

function zodIssues(file: string, prefix: Array<string | number>, error: z.ZodError): DataIssue[] {
  return error.issues.map((issue) => ({
    file,
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))],
    message: issue.message,
    tip:
      issue.code === 'unrecognized_keys'
        ? 'remove or rename the key; the data format is documented in packages/core/README.md'
        : 'correct the value to match the data format in packages/core/README.md',
  }));
}

function parseYaml(file: string, text: string, issues: DataIssue[]): unknown {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line;
      issues.push({
        file,
        path: [],
        message: `invalid YAML${line === undefined ? '' : ` at line ${line}`}: ${error.message.split('\n')[0]}`,
        tip: 'check indentation and quote strings that contain ": " or start with a special character',
      });
    }
    return undefined;
  }
  return doc.toJS();
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

function parseArticle(
  file: SourceFile,
  inDrafts: boolean,
  issues: DataIssue[],
): { article?: SourceArticle; draft?: DraftArticle } {
  const parts = splitArticleFile(file.text);
  if (!parts) {
    issues.push({
      file: file.path,
      path: [],
      message: 'no YAML frontmatter found',
      tip: 'start the file with a line "---", the metadata, a line "---", then the paragraphs',
    });
    return {};
  }
  const raw = parseYaml(file.path, parts.frontmatter, issues);
  if (raw === undefined) return {};
  // A file in data/drafts/ is a draft whatever its `draft` key says: the folder is what keeps it out.
  const input = inDrafts && isPlainObject(raw) ? { ...raw, draft: true } : raw;
  const parsed = SourceArticleFrontmatterSchema.safeParse(input);
  if (!parsed.success) {
    issues.push(...zodIssues(file.path, [], parsed.error));
    return {};
  }
  if (parsed.data.draft) {
    return { draft: { file: file.path, frontmatter: parsed.data, paragraphs: parts.paragraphs } };
  }
  if (!isReviewed(parsed.data)) return {}; // the schema has reported the missing fields
  if (parts.paragraphs.length === 0) {
    issues.push({
      file: file.path,
      path: ['paragraphs'],
      message: 'the article has no body text',
      tip: 'add the cleaned article text after the closing "---", one paragraph per block',
    });
    return {};
  }
  return { article: { file: file.path, frontmatter: parsed.data, paragraphs: parts.paragraphs } };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function parseCollection<S extends z.ZodType>(
  file: SourceFile | undefined,
  name: string,
  fileName: string,
  schema: S,
  issues: DataIssue[],
): Located<z.infer<S>>[] {
  if (!file) return [];
  const raw = parseYaml(file.path, file.text, issues);
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
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
    const parsed = schema.safeParse(item);
    if (parsed.success) records.push({ file: file.path, path: [name, index], record: parsed.data });
    else issues.push(...zodIssues(file.path, [name, index], parsed.error));
  });
  return records;
}

/** Reads every source file into typed records, collecting every problem instead of stopping at the first. */
export function parseSources(files: readonly SourceFile[]): { data: SourceData; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));

  const articles: SourceArticle[] = [];
  const drafts: DraftArticle[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
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
    const { article, draft } = parseArticle(file, dir === DRAFTS_DIR, issues);
    if (article) articles.push(article);
    if (draft) drafts.push(draft);
  }

  const collection = <K extends keyof typeof COLLECTION_FILES>(name: K) => {
    const { file, schema } = COLLECTION_FILES[name];
    return parseCollection(byPath.get(`data/${file}`), name, file, schema, issues);
  };

  let lexicon: SourceLexicon = { synonyms: [] };
  const lexiconFile = byPath.get(LEXICON_FILE);
  if (lexiconFile) {
    const raw = parseYaml(lexiconFile.path, lexiconFile.text, issues);
    if (raw !== undefined) {
      const parsed = SourceLexiconSchema.safeParse(raw);
      if (parsed.success) lexicon = parsed.data;
      else issues.push(...zodIssues(lexiconFile.path, [], parsed.error));
    }
  }

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
    issues,
  };
}
