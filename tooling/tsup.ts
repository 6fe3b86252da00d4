import { defineConfig, type Options } from 'tsup';

/**
 * One build recipe for every package: ESM + CJS + .d.ts for the published libraries
 * (the exports map in each package.json expects exactly these file names).
 * A package passes only what differs from the default.
 */
export function createTsupConfig(options: Options = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    treeshake: true,
    splitting: false,
    shims: false,
    ...options,
  });
}
