import { createRequire } from 'node:module';
import type * as Schema from '../schema/index';

let loaded: typeof Schema | undefined;

/**
 * zod takes about 60 ms to import — more than everything else a first search needs — so the schema is
 * loaded on the first call that validates data, not with the package. It is resolved through the
 * package's own exports (a self-reference), so source and build both use the built schema entry.
 */
export function loadSchema(): typeof Schema {
  loaded ??= createRequire(import.meta.url)('@asylum-archive/core/schema') as typeof Schema;
  return loaded;
}
