import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Options } from 'tsup';
import { createTsupConfig } from '../../tooling/tsup.ts';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Two parts of the package load on first use, each by a plain `import()` (see src/search/load-schema.ts and
 * load-flexsearch.ts): the schema (zod) when data is validated, flexsearch when an index is built from data.
 * Left to itself esbuild would inline each and hoist its static imports to the top of the main entry; this
 * points each dynamic import at the built entry of the same name beside it, so the
 * main entry stays small and `ArticleSchema` from `@asylum-archive/core/schema` is the very object used.
 */
const ON_DEMAND_ENTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\/schema\/index$/, 'schema'],
  [/\/flexsearch-index$/, 'flexsearch'],
];
const onDemandEntriesExternal: Plugin = {
  name: 'on-demand-entries-external',
  setup(build) {
    for (const [filter, entry] of ON_DEMAND_ENTRIES)
      build.onResolve({ filter }, (args) =>
        args.kind === 'dynamic-import' ? { path: `./${entry}.js`, external: true } : undefined,
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

// Three entries: the data and search (`.`), the zod schemas (`./schema`), so that importing the data does
// not load zod, and flexsearch (internal, loaded when an index is built: the browser bundle of `search` and the
// cold start do not carry it). One module format, ESM: scripts/commonjs-entries.mjs then adds the one-line
// CommonJS entries that require() it and moves the declarations into one file per entry, so the snapshot ships
// once. No source maps: they embedded the generated data twice and were 60% of the tarball.
// Whitespace and syntax minified, names kept (stack traces still name functions), and less text to compile at
// every start.
export default createTsupConfig({
  entry: {
    index: 'src/index.ts',
    schema: 'src/schema/index.ts',
    flexsearch: 'src/search/flexsearch-index.ts',
  },
  format: ['esm'],
  esbuildPlugins: [onDemandEntriesExternal, flexsearchCompact],
  sourcemap: false,
  minifyWhitespace: true,
  minifySyntax: true,
});
