// A browser page: core and query bundled by esbuild (`node examples/browser/build.mjs`), no server code.
import * as core from '@asylum-archive/core';
import * as query from '@asylum-archive/query';
import { runAll } from '../shared/run-all.mjs';

const form = document.querySelector('#search');
const output = document.querySelector('#output');
const show = (line) => {
  output.textContent = query.formatResult(query.query(line, { limit: 5 }), 'text');
};
form.addEventListener('submit', (event) => {
  event.preventDefault();
  show(new FormData(form).get('q'));
});
show(form.elements.q.value);

const results = document.querySelector('#results');
runAll(core, query).then(
  (all) => {
    results.textContent = JSON.stringify(all);
    results.dataset.state = 'done';
  },
  (error) => {
    results.textContent = JSON.stringify({ error: String(error?.stack ?? error) });
    results.dataset.state = 'failed';
  },
);
