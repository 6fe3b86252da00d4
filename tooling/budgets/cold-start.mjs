// `node cold-start.mjs [runs]` in packages/core: the time from nothing to a first answer, as a user's process
// sees it — a fresh Node process imports @asylum-archive/core and runs one search. Prints figures (median and
// spread over several processes); it asserts nothing, because a shared machine's timings are noise. Beside the
// wall-clock time it prints the process's CPU time over the same span (all its threads: compiling, GC), which
// other processes on a busy machine inflate far less, and the load average, to read both by.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';

const runs = Number(process.argv[3] ?? process.argv[2] ?? 7) || 7;
const budgetMs = 50;
const probe = `
  const cpu = process.cpuUsage();
  const start = performance.now();
  const core = await import('@asylum-archive/core');
  const imported = performance.now();
  const result = core.search('asilo policía negado');
  const answered = performance.now();
  const used = process.cpuUsage(cpu);
  if (result.hits.length === 0) throw new Error('the first query found nothing');
  console.log(JSON.stringify({ importMs: imported - start, queryMs: answered - imported, cpuMs: (used.user + used.system) / 1000 }));
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
const load = loadavg()
  .map((value) => value.toFixed(2))
  .join(', ');
console.log(`cold start over ${runs} fresh processes (node ${process.version}, load average ${load}):`);
console.log(`  import @asylum-archive/core  ${figure(samples.map((sample) => sample.importMs))}`);
console.log(`  first query                  ${figure(samples.map((sample) => sample.queryMs))}`);
console.log(`  import + first query         ${figure(totals)} — budget ${budgetMs} ms`);
console.log(`  CPU time of that span        ${figure(samples.map((sample) => sample.cpuMs))}`);
if (median(totals) > budgetMs)
  console.log(
    `  ! over budget on this run; timings on a shared or busy machine vary, run it again before concluding`,
  );
