import type * as Schema from '../schema/index';

let loading: Promise<typeof Schema> | undefined;

/**
 * zod takes about 60 ms to import — more than everything else a first search needs — so the schema is
 * loaded on the first call that validates data, not with the package. A plain dynamic `import()` that every
 * bundler follows; the build points it at the package's own schema entry (see tsup.config.ts), so
 * `ArticleSchema` from `@asylum-archive/core/schema` is the very object used here, with one copy of zod.
 */
export function loadSchema(): Promise<typeof Schema> {
  loading ??= import('../schema/index');
  return loading;
}
