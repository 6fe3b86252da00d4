import { locateCitations } from '../data/cited-paragraph';
import { shippedDataset } from '../data/collections';
import { recordListNames } from '../data/record-lists';
import { recordsOf } from '../data/records';
import { ArchiveError } from '../errors';
import type { ArchiveInput, Lexicon } from '../schema/types';
import { type DataProblem, duplicateIds, explainIssue, unknownKeys } from './check-input';
import { createEngine } from './engine';
import { loadFlexsearch } from './load-flexsearch';
import { loadSchema } from './load-schema';
import type { Archive } from './types';

/** Problems listed in the message; `issues` holds them all. */
const MAX_SHOWN = 20;

/**
 * Thrown by `createArchive` (code `invalid-data`) when the data does not conform to the schema; `issues` says
 * where and why.
 */
export class ArchiveDataError extends ArchiveError {
  override readonly name: string = 'ArchiveDataError';
  constructor(readonly issues: readonly DataProblem[]) {
    const shown = issues
      .slice(0, MAX_SHOWN)
      .map((issue) => `  ✖ ${issue.path || '(root)'}: ${issue.message}`);
    if (issues.length > MAX_SHOWN) shown.push(`  … and ${issues.length - MAX_SHOWN} more (see error.issues)`);
    super(
      'invalid-data',
      `the data given to createArchive has ${issues.length} problem(s):\n${shown.join('\n')}`,
    );
  }
}

/** The shipped lexicon's synonym groups, then the archive's own: a custom archive searches as well as ours. */
function withShippedLexicon(own: Lexicon | undefined): Lexicon {
  return { synonyms: [...shippedDataset.lexicon.synonyms, ...(own?.synonyms ?? [])] };
}

/**
 * An archive over any dataset that conforms to the schema (only `articles` is required): the same records,
 * lookups, search and autocomplete as `shippedArchive`, with the shipped lexicon added to the data's own.
 * Asynchronous because the schema (and zod) and flexsearch load on first use; rejects with `ArchiveDataError`.
 */
export async function createArchive(data: ArchiveInput): Promise<Archive> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ArchiveDataError([
      { path: '', message: 'createArchive needs an object such as { articles: [ … ] }' },
    ]);
  const [{ ArchiveInputSchema }] = await Promise.all([loadSchema(), loadFlexsearch()]);
  // Unknown (often misspelt) keys and duplicate ids first: zod would drop the one and accept the other.
  const problems = [
    ...unknownKeys(ArchiveInputSchema, data),
    ...duplicateIds(data as Record<string, unknown>, recordListNames),
  ];
  const parsed = ArchiveInputSchema.safeParse(data);
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => explainIssue(issue, data)));
  if (problems.length > 0 || !parsed.success) throw new ArchiveDataError(problems);
  // Each citation's paragraph is located once here, as the compiler does for the shipped data.
  const located = locateCitations(parsed.data);
  if (located.problems.length > 0) throw new ArchiveDataError(located.problems);
  const lexicon = withShippedLexicon(located.data.lexicon);
  const full = { ...located.data, lexicon };
  const { search, suggest } = createEngine(full);
  return Object.freeze({ ...recordsOf(full, lexicon), search, suggest });
}
