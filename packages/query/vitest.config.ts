import { createVitestConfig } from '../../tooling/vitest.ts';

export default createVitestConfig();
