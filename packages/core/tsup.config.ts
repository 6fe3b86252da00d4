import { createTsupConfig } from '../../tooling/tsup.ts';

// Two entries: the data and search (`.`), and the zod schemas (`./schema`), so that importing the data
// does not load zod. `shims` gives the CommonJS build an import.meta.url for the schema's lazy loader.
export default createTsupConfig({
  entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
  shims: true,
});
