// Prints one line with the test totals of every package (from vitest's JSON reports), so a CI log
// ends with the figure that matters instead of one summary per package scattered through turbo's output.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const packages = ['packages/core', 'packages/query', 'apps/bot'];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of packages) {
  const file = join(dir, 'test-results', 'vitest.json');
  if (!existsSync(file)) {
    console.error(`test summary: no report at ${file} — did the tests of ${dir} run?`);
    process.exitCode = 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  console.log(`${dir}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0) process.exitCode = 1;
