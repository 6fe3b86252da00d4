import { createTsupConfig } from '../../tooling/tsup.ts';

// The CLI is a second entry; the shebang in src/cli.ts is kept by esbuild.
export default createTsupConfig({ entry: ['src/index.ts', 'src/cli.ts'] });
