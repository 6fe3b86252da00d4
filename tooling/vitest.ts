import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';

/** Shared test settings; each package's vitest.config.ts adds only what is its own. */
export function createVitestConfig(overrides: ViteUserConfig = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        include: ['test/**/*.test.ts'],
        environment: 'node',
        pool: 'forks',
        testTimeout: 30_000,
        hookTimeout: 60_000,
        typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
        // The JSON report feeds tooling/test-summary.mjs, which prints one total line for the whole repo.
        reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
      },
    }),
    overrides,
  );
}
