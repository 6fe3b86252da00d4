// `pnpm test` here: runs every Node example as a user would (a fresh process each), the edge sandbox, and the
// same queries in Bun and Deno.
// The browser page runs from .ci/run (`pnpm --filter @asylum-archive/examples browser`), where Chromium is installed.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const run = (file, expect) => {
  const output = execFileSync(process.execPath, [file], { cwd: here, encoding: 'utf8' });
  if (!expect.test(output)) throw new Error(`${file} printed something unexpected:\n${output}`);
  console.log(`✔ ${file}`);
};

run('node-esm/search.mjs', /Results 1–\d+ of \d+/);
run('commonjs/search.cjs', /^\d+ passages in \d+ article\(s\) match/);
run('custom-archive/custom-archive.mjs', /Example Harbour Gazette · 2021-05[\s\S]*ArchiveDataError/);
run('edge-worker/run-in-sandbox.mjs', /✔ a bare sandbox/);
run('runtimes/run-in-bun-and-deno.mjs', /✔ Bun[\s\S]*✔ Deno/);
