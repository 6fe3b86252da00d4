/**
 * `tsx eval/assign-halves.ts`: gives every judged query in queries.yaml that has no `half` yet its half
 * (`tuning` or `held-out`), from the file's `# split-seed:` line. Within each origin and kind, queries are
 * ordered by sha256(seed + query) and dealt alternately, starting with whichever half that group has fewer
 * of, so each kind is split evenly. A recorded half is never changed: the held-out half stays held out.
 */

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { QUERIES_FILE } from './evaluate';

type Entry = { query: string; kind: string; origin: string; half?: string };

const text = readFileSync(QUERIES_FILE, 'utf8');
const seed = /^# split-seed: (\S+)$/m.exec(text)?.[1];
if (!seed) throw new Error('eval/queries.yaml has no "# split-seed: <seed>" line; add one before splitting.');
const entries = parse(text) as Entry[];

const order = (query: string) => createHash('sha256').update(`${seed}\n${query}`).digest('hex');
const groups = new Map<string, Entry[]>();
for (const entry of entries) {
  const key = `${entry.origin}/${entry.kind}`;
  groups.set(key, [...(groups.get(key) ?? []), entry]);
}
const halves = new Map<Entry, string>();
for (const [key, group] of groups) {
  // The closed-book-2 and closed-book-3 sets are held out as a whole, never dealt into the tuning half.
  const wholeSet = /^closed-book-(\d+)\//.exec(key)?.[1];
  if (wholeSet) {
    for (const entry of group.filter((e) => !e.half)) halves.set(entry, `held-out-${wholeSet}`);
    continue;
  }
  let tuning = group.filter((entry) => entry.half === 'tuning').length;
  let heldOut = group.filter((entry) => entry.half === 'held-out').length;
  const unassigned = group
    .filter((entry) => !entry.half)
    .sort((a, b) => (order(a.query) < order(b.query) ? -1 : 1));
  for (const entry of unassigned) {
    const half = heldOut < tuning ? 'held-out' : 'tuning';
    if (half === 'tuning') tuning += 1;
    else heldOut += 1;
    halves.set(entry, half);
  }
}

// Write the half under each entry's `kind:`/`origin:` lines, keeping the file's comments and layout.
let at = -1;
const lines = text.split('\n');
const output: string[] = [];
for (const line of lines) {
  if (line.startsWith('- query:')) at += 1;
  output.push(line);
  const entry = entries[at];
  if (line.startsWith('  origin:') && entry && halves.has(entry)) output.push(`  half: ${halves.get(entry)}`);
}
writeFileSync(QUERIES_FILE, output.join('\n'));
console.log(`assigned a half to ${halves.size} of ${entries.length} queries (seed ${seed})`);
