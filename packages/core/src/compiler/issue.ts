/** One problem found in the source data, phrased for the maintainer who must fix it. */
export type DataIssue = {
  /** Path relative to the package, e.g. `data/figures.yaml`. */
  file: string;
  /** Where inside the file, e.g. `['figures', 3, 'citation', 'excerpt']`; empty for the whole file. */
  path: ReadonlyArray<string | number>;
  message: string;
  tip: string;
};

export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

/** `✖ data/figures.yaml → figures[3].citation.excerpt: not found verbatim …` followed by a tip line. */
export function formatIssue(issue: DataIssue): string {
  const where = issue.path.length > 0 ? `${issue.file} → ${formatPath(issue.path)}` : issue.file;
  return `✖ ${where}: ${issue.message}\n  tip: ${issue.tip}`;
}
