// Builds the same page with Vite (production build, Rollup under the hood) instead of esbuild: a bundler a
// browser project is as likely to use, with its own resolution of the packages' `exports` and code splitting.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The page's index.html loads esbuild's output; Vite bundles the source it comes from instead. */
const fromSource = {
  name: 'page-from-source',
  transformIndexHtml: {
    order: 'pre',
    handler: (html) => html.replace('./dist/main.js', './main.js'),
  },
};

export async function buildPageWithVite() {
  const here = fileURLToPath(new URL('.', import.meta.url));
  await build({
    root: here,
    configFile: false,
    logLevel: 'warn',
    plugins: [fromSource],
    build: { outDir: 'dist-vite', emptyOutDir: true, target: 'es2022' },
  });
  return fileURLToPath(new URL('dist-vite/', import.meta.url));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildPageWithVite();
