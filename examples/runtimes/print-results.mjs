// Prints, as JSON, what the example queries give in whichever runtime runs this file (Node, Bun or Deno):
// the published packages as those runtimes load them from node_modules, nothing runtime-specific.
import * as core from '@asylum-archive/core';
import * as query from '@asylum-archive/query';
import { runAll } from '../shared/run-all.mjs';

console.log(JSON.stringify(await runAll(core, query)));
