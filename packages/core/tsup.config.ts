import { createTsupConfig } from '../../tooling/tsup.ts';

export default createTsupConfig();
