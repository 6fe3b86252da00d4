import { createTsupConfig } from '../../tooling/tsup.ts';

// A private app: ESM only, no declarations; each runnable script is an entry. Split into chunks so that what is
// imported only on demand (the gateway client in gateway mode, the Redis client with REDIS_URL) is loaded only
// then: in one file, esbuild hoists every package a module imports to the top of the bundle, so HTTP mode loaded
// discord.js although it never uses it.
export default createTsupConfig({
  entry: ['src/main.ts', 'src/deploy-commands.ts'],
  format: ['esm'],
  dts: false,
  splitting: true,
});
