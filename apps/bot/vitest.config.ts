import { createVitestConfig } from '../../tooling/vitest';

export default createVitestConfig();
