// An edge-style worker: core and query in one bundle, nothing from Node. run-in-sandbox.mjs bundles this
// file and runs it where only JavaScript's own globals exist (no process, require, Buffer or fetch).
import * as core from '@asylum-archive/core';
import * as query from '@asylum-archive/query';
import { runAll } from '../shared/run-all.mjs';

globalThis.handle = () => runAll(core, query).then((all) => JSON.stringify(all));
