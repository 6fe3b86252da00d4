/** A record of a YAML collection named in an issue's path: by its id where it has one, else by position. */
export type RecordKey = { id: string | null; index: number };

export type PathKey = string | number | RecordKey;

/** One problem found in the source data, phrased for the maintainer who must fix it. */
export type DataIssue = {
  /** Path relative to the package, e.g. `data/figures.yaml`. */
  file: string;
  /**
   * Where inside the file, e.g. `['figures', { id: 'officers-killed-2008', index: 3 }, 'citation', 'excerpt']`;
   * empty for the whole file.
   */
  path: ReadonlyArray<PathKey>;
  /** Line and column (1-based) where the file's text shows the problem, when known (YAML syntax errors). */
  position?: { line: number; column: number };
  message: string;
  tip: string;
};

const isRecordKey = (key: PathKey): key is RecordKey => typeof key === 'object';

/**
 * `figures › officers-killed-2008 › citation.excerpt`: a record of a collection by its id (which survives
 * reordering the file, unlike `figures[20]`), then the field inside it.
 */
export function formatPath(path: ReadonlyArray<PathKey>): string {
  let out = '';
  for (const key of path) {
    if (isRecordKey(key)) out += key.id === null ? `[${key.index}]` : ` › ${key.id} ›`;
    else if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : out.endsWith('›') ? ` ${key}` : `.${key}`;
  }
  return out.endsWith(' ›') ? out.slice(0, -2) : out;
}

/** `✖ data/figures.yaml → figures › officers-killed-2008 › citation.excerpt: not found verbatim …` + a tip line. */
export function formatIssue(issue: DataIssue): string {
  const at = issue.position ? `:${issue.position.line}:${issue.position.column}` : '';
  const where =
    issue.path.length > 0 ? `${issue.file}${at} → ${formatPath(issue.path)}` : `${issue.file}${at}`;
  return `✖ ${where}: ${issue.message}\n  tip: ${issue.tip}`;
}
