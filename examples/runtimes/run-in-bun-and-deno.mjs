// Runs print-results.mjs in Bun and in Deno (both installed from the npm registry as dev dependencies of
// the examples) and checks that each computes exactly what Node computes for the same queries.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import * as core from '@asylum-archive/core';
import * as query from '@asylum-archive/query';
import { runAll } from '../shared/run-all.mjs';

const examples = fileURLToPath(new URL('..', import.meta.url));
const binary = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const runtimes = [
  { name: 'Bun', command: binary('bun'), args: ['runtimes/print-results.mjs'] },
  // Deno reads the packages from node_modules (the package.json beside it); reading files is all it may do.
  {
    name: 'Deno',
    command: binary('deno'),
    args: ['run', '--allow-read', '--allow-env', 'runtimes/print-results.mjs'],
  },
];

const inNode = await runAll(core, query);
for (const { name, command, args } of runtimes) {
  const version = execFileSync(command, ['--version'], { encoding: 'utf8' }).split('\n')[0];
  const output = execFileSync(command, args, {
    cwd: examples,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
  });
  const there = JSON.parse(output);
  if (!isDeepStrictEqual(there, inNode))
    throw new Error(`${name} and Node differ:\n${name}: ${output}\nnode: ${JSON.stringify(inNode)}`);
  console.log(`✔ ${name} (${version.trim()}) computes what Node computes`);
}
