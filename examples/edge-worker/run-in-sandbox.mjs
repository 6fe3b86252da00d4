// Bundles worker.mjs for the browser platform and runs it in a bare `node:vm` context — JavaScript's own
// globals plus the web-platform ones every edge worker has (URL, TextEncoder…), no Node globals, no module
// loader — then checks that it computes exactly what Node computes.
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { createContext, runInContext } from 'node:vm';
import * as core from '@asylum-archive/core';
import * as query from '@asylum-archive/query';
import { build } from 'esbuild';
import { runAll } from '../shared/run-all.mjs';

const bundled = await build({
  absWorkingDir: fileURLToPath(new URL('.', import.meta.url)),
  entryPoints: ['worker.mjs'],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  logLevel: 'warning',
});
const sandbox = createContext({ URL, URLSearchParams, TextEncoder, TextDecoder });
runInContext(bundled.outputFiles[0].text, sandbox, { filename: 'worker.js' });
const missing = ['process', 'require', 'Buffer', 'module', 'global'].filter(
  (name) => runInContext(`typeof ${name}`, sandbox) !== 'undefined',
);
if (missing.length > 0) throw new Error(`the sandbox is not bare: it has ${missing.join(', ')}`);

const inSandbox = JSON.parse(await sandbox.handle());
const inNode = await runAll(core, query);
if (!isDeepStrictEqual(inSandbox, inNode)) {
  throw new Error(
    `the sandbox and Node differ:\nsandbox: ${JSON.stringify(inSandbox)}\nnode:    ${JSON.stringify(inNode)}`,
  );
}
console.log(
  `✔ a bare sandbox (web globals only, no Node globals) computes what Node computes: ${Object.keys(inNode.shipped).length} queries, autocomplete, a custom archive.`,
);
