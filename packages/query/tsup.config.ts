import { createTsupConfig } from '../../tooling/tsup.ts';

// The library in both module formats; the CLI once, as ESM, for bin/asylum-query.js (the shebang in
// src/cli.ts is kept by esbuild). No source maps in the published package.
export default [
  createTsupConfig({ entry: ['src/index.ts'], sourcemap: false }),
  createTsupConfig({ entry: ['src/cli.ts'], format: ['esm'], dts: false, sourcemap: false, clean: false }),
];
