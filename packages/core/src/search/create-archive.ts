import type { ArchiveInput } from '../schema/types';
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

/**
 * A search engine over any dataset that conforms to the schema (only `articles` is required): the same engine
 * the package's own `search` and `suggest` use, built in memory.
 */
export function createArchive(data: ArchiveInput): Archive {
  const parsed = loadSchema().ArchiveInputSchema.safeParse(data);
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
  const { search, suggest } = createEngine(parsed.data);
  return { search, suggest };
}
