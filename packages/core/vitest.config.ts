import { createVitestConfig } from '../../tooling/vitest.ts';

export default createVitestConfig({ test: { setupFiles: ['test/load-flexsearch.setup.ts'] } });
