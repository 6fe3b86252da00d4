// Bundles the page for browsers with esbuild: ESM with code splitting, so zod (needed only by
// createArchive) arrives in its own chunk when the page first validates data.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export async function buildPage() {
  const here = fileURLToPath(new URL('.', import.meta.url));
  await build({
    absWorkingDir: here,
    entryPoints: ['main.js'],
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  return here;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildPage();
