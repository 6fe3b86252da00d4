import { type Document, LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { DataIssue, PathKey } from './issue';

/** A parsed YAML text that can say at which line and column any path inside it was written. */
export type YamlSource = {
  value: unknown;
  /** The line and column of the deepest node of `path` that exists (a missing key points at its record). */
  positionOf(path: ReadonlyArray<PathKey>): { line: number; column: number } | undefined;
};

const TAB_INDENT = /^[ ]*\t/;

/** Where the first line indented with a tab is, if any (1-based line and column). */
function firstTabIndent(text: string): { line: number; column: number } | undefined {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const match = TAB_INDENT.exec(line);
    if (match) return { line: i + 1, column: match[0].length };
  }
  return undefined;
}

const TIPS: Record<string, string> = {
  DUPLICATE_KEY: 'a key appears twice in one record: keep one',
  MISSING_CHAR: 'close the quote or bracket that is still open here',
  BAD_INDENT: 'indent this line like the other fields of its record (two spaces per level, never tabs)',
  MULTILINE_IMPLICIT_KEY: 'a value running onto the next line needs quotes around it',
  BLOCK_AS_IMPLICIT_KEY: 'a value running onto the next line needs quotes around it',
};
const DEFAULT_TIP =
  'check the indentation against the lines above, and quote text that contains ": " or " #", or starts with one of [ ] { } * & ! | > \' " % @ `';

/**
 * One issue for a file that is not valid YAML. Only the first error is reported: the parser's later errors
 * follow from it (one tab gives a couple of dozen), and a tab used for indentation, the commonest cause, is
 * named as such.
 */
function syntaxIssue(
  file: string,
  text: string,
  errors: readonly YAMLError[],
  lineCounter: LineCounter,
  firstLine: number,
): DataIssue {
  const [first] = errors as [YAMLError, ...YAMLError[]];
  const at = lineCounter.linePos(first.pos[0]);
  const tab = firstTabIndent(text);
  const more = errors.length > 1 ? ` (the parser's ${errors.length - 1} later errors follow from it)` : '';
  if (tab && tab.line <= at.line) {
    return {
      file,
      path: [],
      position: { line: tab.line + firstLine - 1, column: tab.column },
      message: `a tab is used for indentation; YAML indents with spaces only${more}`,
      tip: 'replace the tab with spaces, as many as the lines around it use (two per level)',
    };
  }
  return {
    file,
    path: [],
    position: { line: at.line + firstLine - 1, column: at.col },
    message: `invalid YAML: ${first.message.split('\n')[0]}${more}`,
    tip: TIPS[first.code] ?? DEFAULT_TIP,
  };
}

/**
 * Parses YAML written by hand. `firstLine` is the line of the file on which `text` starts (2 for Markdown
 * frontmatter after its opening `---`), so positions are the file's own.
 */
export function parseYamlSource(
  file: string,
  text: string,
  issues: DataIssue[],
  firstLine = 1,
): YamlSource | undefined {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { prettyErrors: false, lineCounter });
  if (doc.errors.length > 0) {
    issues.push(syntaxIssue(file, text, doc.errors, lineCounter, firstLine));
    return undefined;
  }
  return {
    value: doc.toJS(),
    positionOf(path) {
      const keys = path.map((key) => (typeof key === 'object' ? key.index : key));
      for (let length = keys.length; length >= 0; length--) {
        const node = length === 0 ? doc.contents : doc.getIn(keys.slice(0, length), true);
        const offset = (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
        if (offset === undefined) continue;
        const { line, col } = lineCounter.linePos(offset);
        return { line: line + firstLine - 1, column: col };
      }
      return undefined;
    },
  };
}
