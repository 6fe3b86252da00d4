import { createTsupConfig } from '../../tooling/tsup';

export default createTsupConfig();
