import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readDataDirectory } from '../../scripts/lib/read-sources';
import { compileDataset } from '../../src/compiler/compile';
import { type DataIssue, formatPath } from '../../src/compiler/issue';

/*
 * A maintainer who breaks several records at once sees every problem in one run: the records that fail
 * their schema are reported, and the rules still run on the records that parsed. Checked on a temporary
 * copy of the shipped data, whatever records it holds: the records broken here are chosen by rule (the
 * first figure, the first quote, the first case's claimant), never by id.
 */

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

type DataRecord = { id: string; claimant?: string | null };

/** Edits the YAML list in `file` of a fresh copy of the data, returning the id of the record edited. */
function editRecord(data: string, file: string, pick: (records: DataRecord[]) => number, path: string[], value: unknown) {
  const doc = parseDocument(readFileSync(join(data, file), 'utf8'));
  const records = doc.toJS() as DataRecord[];
  const index = pick(records);
  const record = records[index];
  if (!record) throw new Error(`no record to edit in ${file}`);
  if (!doc.hasIn([index, ...path])) throw new Error(`${file} › ${record.id} has no ${path.join('.')}`);
  doc.setIn([index, ...path], value);
  writeFileSync(join(data, file), String(doc));
  return record.id;
}

const where = (issue: DataIssue) => `${issue.file} → ${formatPath(issue.path)}`;

describe('data errors: every problem at once, on a copy of the shipped data', () => {
  it('reports the records that fail their schema and the rule errors of the others, and no echo of either', async () => {
    const data = mkdtempSync(join(tmpdir(), 'archive-problems-'));
    copies.push(data);
    cpSync(dataDir, data, { recursive: true });
    const first = () => 0;
    // A schema error in the person a case names as its claimant: the case must not report an unknown person.
    const claimant = (people: DataRecord[]) => {
      const cases = parseDocument(readFileSync(join(data, 'cases.yaml'), 'utf8')).toJS() as DataRecord[];
      const named = cases.find((record) => typeof record.claimant === 'string')?.claimant;
      return people.findIndex((person) => person.id === named);
    };
    const person = editRecord(data, 'people.yaml', claimant, ['roles'], ['sheriff']);
    const figure = editRecord(data, 'figures.yaml', first, ['qualifier'], 'roughly');
    // A rule error in a record that parses: the quoted words no longer occur in the excerpt.
    const quote = editRecord(data, 'quotes.yaml', first, ['text'], 'words nobody said');

    const result = compileDataset(await readDataDirectory(data));
    if (result.ok) throw new Error('expected the broken copy to fail');
    expect(result.issues.map(where).sort()).toEqual(
      [
        `data/people.yaml → people › ${person} › roles[0]`,
        `data/figures.yaml → figures › ${figure} › qualifier`,
        `data/quotes.yaml → quotes › ${quote} › text`,
      ].sort(),
    );
    for (const issue of result.issues) {
      expect(issue.position, where(issue)).toBeDefined();
      expect(issue.tip, where(issue)).not.toBe('');
    }
  });
});
