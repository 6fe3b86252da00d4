// Runs after tsup (see package.json "build"). The package is built once, as ES modules; CommonJS consumers get
// that same build through a one-line entry per export, `module.exports = require('./<entry>.js')`, which
// Node's require() of ES modules allows on every Node the package supports (engines: >= 20.19; the built
// modules have no top-level await). So the generated snapshot ships once instead of once per format, and a
// process that both imports and requires the package holds one copy of it, not two.
// Types: one declaration file per entry. TypeScript lets an ES module's types re-export a CommonJS file's
// (`export * from './index.cjs'`) under every moduleResolution, but not the reverse under node16, so the full
// declarations move to `<entry>.d.cts` and `<entry>.d.ts` re-exports them.
import { readFile, rm, writeFile } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
const ENTRIES = ['index', 'schema'];

for (const entry of ENTRIES) {
  const declarations = await readFile(new URL(`${entry}.d.ts`, dist), 'utf8');
  // The declarations name the other entries by their ES file (`./schema.js`); the CommonJS copy names theirs.
  const relative = /(['"])(\.\.?\/[^'"]+)\.js\1/g;
  const names = [...declarations.matchAll(relative)].map((match) => match[2].replace(/^\.\//, ''));
  const unknown = names.filter((name) => !ENTRIES.includes(name));
  if (unknown.length > 0)
    throw new Error(`${entry}.d.ts refers to files without a CommonJS entry: ${unknown}`);
  await writeFile(new URL(`${entry}.d.cts`, dist), declarations.replace(relative, '$1$2.cjs$1'));
  await writeFile(new URL(`${entry}.d.ts`, dist), `export * from './${entry}.cjs';\n`);
  await writeFile(
    new URL(`${entry}.cjs`, dist),
    `'use strict';\nmodule.exports = require('./${entry}.js');\n`,
  );
}
// The on-demand flexsearch entry is internal (imported by index.js only) and needs no declarations.
await rm(new URL('flexsearch.d.ts', dist), { force: true });
