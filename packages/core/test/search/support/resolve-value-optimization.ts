/**
 * Run by filters-and-facets.test.ts as `node --allow-natives-syntax --import tsx resolve-value-optimization.ts`:
 * asks V8 whether the resolution of filter values, compiled by TurboFan after searches with filters, stays
 * compiled through more of them or is thrown back to the interpreter (deoptimised) by an object it had not
 * seen. Prints one JSON line.
 */
import { type SearchFilters, search } from '../../../src/index';
import { resolveValue } from '../../../src/search/filters';

// V8's test intrinsics, behind --allow-natives-syntax; written in strings so the TypeScript transform never sees them.
const natives = (body: string) => new Function('f', body) as (f: unknown) => number;
const prepareForOptimization = natives('%PrepareFunctionForOptimization(f)');
const optimizeOnNextCall = natives('%OptimizeFunctionOnNextCall(f)');
const optimizationStatus = natives('return %GetOptimizationStatus(f)');
/** V8's OptimizationStatus bit for "running TurboFan code" (src/runtime/runtime.h). */
const TURBOFANNED = 1 << 6;

// Values as members type them: an exact name, part of a name, one that names nothing.
const filtered: SearchFilters[] = [
  { outcome: ['denied'] },
  { outlet: ['texas observer'] },
  { person: ['gustavo'] },
  { place: ['Juárez'] },
  { topic: ['nothing of the sort'] },
];
const searchAll = () => {
  for (const filters of filtered) search({ text: 'asylum', filters });
};
prepareForOptimization(resolveValue);
for (let round = 0; round < 10; round++) searchAll();
optimizeOnNextCall(resolveValue);
search({ text: 'asylum', filters: { outcome: ['denied'] } });
const compiled = (optimizationStatus(resolveValue) & TURBOFANNED) !== 0;
for (let round = 0; round < 10; round++) searchAll();
const stillCompiled = (optimizationStatus(resolveValue) & TURBOFANNED) !== 0;
console.log(JSON.stringify({ compiled, stillCompiled }));
