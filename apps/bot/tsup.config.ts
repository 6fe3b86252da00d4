import { createTsupConfig } from '../../tooling/tsup.ts';

// A private app: ESM only, no declarations; each runnable script is an entry.
export default createTsupConfig({
  entry: ['src/main.ts', 'src/deploy-commands.ts'],
  format: ['esm'],
  dts: false,
});
