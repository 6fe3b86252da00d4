import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Options } from 'tsup';
import { createTsupConfig } from '../../tooling/tsup.ts';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * The main entry loads the schema with `import('../schema/index')` (see src/search/load-schema.ts). Left to
 * itself esbuild would inline the schema and hoist a static `import 'zod'` to the top of the main entry; this
 * points the import at the built schema entry beside it instead, in the same module format, so zod loads
 * only when data is validated and the schema object is the one `@asylum-archive/core/schema` exports.
 */
const schemaEntryExternal: Plugin = {
  name: 'schema-entry-external',
  setup(build) {
    // tsup builds both formats as ESM and converts one afterwards; the output extension tells them apart.
    const extension = build.initialOptions.outExtension?.['.js'] ?? '.js';
    build.onResolve({ filter: /\/schema\/index$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: `./schema${extension}`, external: true } : undefined,
    );
  },
};

/**
 * flexsearch's compact build, bundled in: the same `Index` (encoder, tokenizer, export/import) without the
 * document store, workers, resolvers and persistence that the engine never uses — 10 kB gzipped instead of
 * 17 kB in a browser bundle. Its package exports only the full build, so the file is resolved by path.
 */
const flexsearchCompact: Plugin = {
  name: 'flexsearch-compact',
  setup(build) {
    const full = createRequire(import.meta.url).resolve('flexsearch');
    const compact = join(dirname(full), 'flexsearch.compact.module.min.js');
    build.onResolve({ filter: /^flexsearch$/ }, () => ({ path: compact }));
    // Its licence header opens with `/**!`, which esbuild does not keep; `/*!` it keeps (Apache-2.0 asks for it).
    build.onLoad({ filter: /flexsearch\.compact\.module\.min\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/^\/\*\*!/, '/*!'),
      loader: 'js',
    }));
  },
};

// Two entries: the data and search (`.`), and the zod schemas (`./schema`), so that importing the data
// does not load zod. No source maps: they embedded the generated data twice and were 60% of the tarball.
// Whitespace and syntax minified, names kept (stack traces still name functions): 6 kB less per module
// format in the tarball, which ships the data once for each, and less text to compile at every start.
export default createTsupConfig({
  entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
  esbuildPlugins: [schemaEntryExternal, flexsearchCompact],
  sourcemap: false,
  minifyWhitespace: true,
  minifySyntax: true,
});
