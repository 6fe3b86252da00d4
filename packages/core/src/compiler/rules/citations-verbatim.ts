import { paragraphHolding } from '../../data/cited-paragraph';
import type { DataIssue, PathKey } from '../issue';
import type { SourceData } from '../parse-sources';
import type { SourceCitation } from '../source-schema';

type CitedRecord = { file: string; path: PathKey[]; citation: SourceCitation };

/** Every citation carried by the data, with where it was written. */
export function citationsOf(data: SourceData): CitedRecord[] {
  return [
    ...data.people.flatMap(({ file, path, record }) =>
      record.statements.map((statement, i) => ({
        file,
        path: [...path, 'statements', i, 'citation'],
        citation: statement.citation,
      })),
    ),
    ...data.cases.flatMap(({ file, path, record }) =>
      record.events.map((event, i) => ({
        file,
        path: [...path, 'events', i, 'citation'],
        citation: event.citation,
      })),
    ),
    ...data.figures.map(({ file, path, record }) => ({
      file,
      path: [...path, 'citation'],
      citation: record.citation,
    })),
    ...data.quotes.map(({ file, path, record }) => ({
      file,
      path: [...path, 'citation'],
      citation: record.citation,
    })),
  ];
}

/** Typographic differences that make a copied excerpt fail to match; named in the tip. */
function looselyNormalized(text: string): string {
  return text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Every excerpt occurs verbatim in one paragraph of its article; a quote's words occur in its excerpt. */
export function checkCitationsVerbatim(data: SourceData): { issues: DataIssue[]; verified: number } {
  const paragraphsById = new Map(data.articles.map((a) => [a.frontmatter.id, a.paragraphs]));
  const issues: DataIssue[] = [];
  let verified = 0;
  for (const { file, path, citation } of citationsOf(data)) {
    const paragraphs = paragraphsById.get(citation.article);
    if (!paragraphs) continue; // an unknown article is reported by the reference rule
    if (paragraphHolding(paragraphs, citation.excerpt) >= 0) {
      verified += 1;
      continue;
    }
    const loose = looselyNormalized(citation.excerpt);
    const nearly = paragraphs.some((paragraph) => looselyNormalized(paragraph).includes(loose));
    issues.push({
      file,
      path: [...path, 'excerpt'],
      message: `not found verbatim in article ${citation.article}`,
      tip: nearly
        ? 'the words are there but quotes, dashes, spacing or capitals differ — copy the excerpt from the article file exactly'
        : 'copy the words exactly from one paragraph of the article body (an excerpt may not span two paragraphs)',
    });
  }
  for (const { file, path, record } of data.quotes) {
    if (!record.citation.excerpt.includes(record.text)) {
      issues.push({
        file,
        path: [...path, 'text'],
        message: 'the quoted words do not occur in the citation excerpt',
        tip: "widen citation.excerpt so that it contains the quote's text exactly",
      });
    }
  }
  return { issues, verified };
}
