import { shippedDataset } from '../data/collections';
import { recordsOf } from '../data/records';
import type { ArchiveInput, Lexicon } from '../schema/types';
import { createEngine } from './engine';
import { loadSchema } from './load-schema';
import type { Archive } from './types';

/** Thrown by `createArchive` when the data does not conform to the schema; `issues` says where and why. */
export class ArchiveDataError extends Error {
  override readonly name = 'ArchiveDataError';
  constructor(readonly issues: ReadonlyArray<{ path: string; message: string }>) {
    super(
      `the data given to createArchive does not match the schema:\n${issues
        .map((issue) => `  ✖ ${issue.path || '(root)'}: ${issue.message}`)
        .join('\n')}`,
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
 * Asynchronous because the schema (and zod) load on first use; rejects with `ArchiveDataError`.
 */
export async function createArchive(data: ArchiveInput): Promise<Archive> {
  const { ArchiveInputSchema } = await loadSchema();
  const parsed = ArchiveInputSchema.safeParse(data);
  if (!parsed.success) {
    throw new ArchiveDataError(
      parsed.error.issues.map((issue) => ({
        path: issue.path
          .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
          .join('')
          .replace(/^\./, ''),
        message: issue.message,
      })),
    );
  }
  const lexicon = withShippedLexicon(parsed.data.lexicon);
  const full = { ...parsed.data, lexicon };
  const { search, suggest } = createEngine(full);
  return Object.freeze({ ...recordsOf(full, lexicon), search, suggest });
}
