import { parse, stringify } from 'yaml';
import { splitArticleFile } from '../../src/compiler/parse-sources';
import {
  type SourceArticleFrontmatter,
  SourceArticleFrontmatterSchema,
} from '../../src/compiler/source-schema';
import type { ArticleGenre } from '../../src/schema/types';

/** The frontmatter ingest writes: the schema's input shape, every key present, in the curated files' order. */
export type DraftFrontmatter = {
  id: string;
  draft: true;
  review: string[];
  seed: string | null;
  title: string | null;
  titleSource: 'outlet' | 'editorial';
  dek: string | null;
  genre: ArticleGenre | null;
  outlet: string | null;
  via: string | null;
  authors: string[];
  published: { date: string | null; basis: string };
  url: string | null;
  language: string;
  rights: string;
  truncated: boolean;
  topics: string[];
  summary: string | null;
  captions: string[];
};

/** The article file: YAML frontmatter, then one paragraph per blank-line-separated block. */
export function renderDraft(frontmatter: DraftFrontmatter, paragraphs: readonly string[]): string {
  const yaml = stringify(frontmatter, { lineWidth: 0, minContentWidth: 0 });
  return `---\n${yaml}---\n${paragraphs.join('\n\n')}\n`;
}

export type DraftCheck =
  | { ok: true; frontmatter: SourceArticleFrontmatter; paragraphs: string[] }
  | { ok: false; problems: string[] };

/**
 * Reads a rendered draft back the way the data compiler does and checks it against the article schema:
 * proof, for every draft written, that it has the right shape and that its body survives the round trip.
 */
export function checkDraft(text: string, expectedParagraphs?: readonly string[]): DraftCheck {
  const parts = splitArticleFile(text);
  if (!parts) return { ok: false, problems: ['no frontmatter block'] };
  let raw: unknown;
  try {
    raw = parse(parts.frontmatter);
  } catch (error) {
    return { ok: false, problems: [`frontmatter is not valid YAML: ${(error as Error).message}`] };
  }
  const parsed = SourceArticleFrontmatterSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  if (!parsed.data.draft) return { ok: false, problems: ['draft: true is missing'] };
  if (expectedParagraphs) {
    const same =
      parts.paragraphs.length === expectedParagraphs.length &&
      parts.paragraphs.every((paragraph, i) => paragraph === expectedParagraphs[i]);
    if (!same) return { ok: false, problems: ['the body does not read back as the same paragraphs'] };
  }
  return { ok: true, frontmatter: parsed.data, paragraphs: parts.paragraphs };
}
