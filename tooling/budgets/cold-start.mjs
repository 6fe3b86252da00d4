// `node cold-start.mjs [runs]` in packages/core: the time from nothing to a first answer, as a user's process
// sees it — a fresh Node process imports @asylum-archive/core and runs one search. Prints figures (median and
// spread over several processes); it asserts nothing, because a shared machine's timings are noise.
import { execFileSync } from 'node:child_process';

const runs = Number(process.argv[3] ?? process.argv[2] ?? 7) || 7;
const budgetMs = 50;
const probe = `
  const start = performance.now();
  const core = await import('@asylum-archive/core');
  const imported = performance.now();
  const result = core.search('asilo policía negado');
  const answered = performance.now();
  if (result.hits.length === 0) throw new Error('the first query found nothing');
  console.log(JSON.stringify({ importMs: imported - start, queryMs: answered - imported }));
`;
const samples = [];
for (let run = 0; run < runs; run++) {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
  samples.push(JSON.parse(output));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const figure = (values) =>
  `median ${median(values).toFixed(1)} ms (min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)})`;
const totals = samples.map((sample) => sample.importMs + sample.queryMs);
console.log(`cold start over ${runs} fresh processes (node ${process.version}):`);
console.log(`  import @asylum-archive/core  ${figure(samples.map((sample) => sample.importMs))}`);
console.log(`  first query                  ${figure(samples.map((sample) => sample.queryMs))}`);
console.log(`  import + first query         ${figure(totals)} — budget ${budgetMs} ms`);
if (median(totals) > budgetMs)
  console.log(
    `  ! over budget on this run; timings on a shared or busy machine vary, run it again before concluding`,
  );
