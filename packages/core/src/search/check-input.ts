import type { z } from 'zod';
import { kindOf } from '../errors';

/** One problem in data given to `createArchive`: where (`articles[0].title`) and what, in plain words. */
export type DataProblem = { path: string; message: string };

type Key = string | number;
type Schema = z.core.$ZodType;

const pathText = (path: readonly PropertyKey[]) =>
  path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  literal: 'a fixed value',
};

/** Levenshtein distance with adjacent transpositions, small inputs only (keys of a record). */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** The known key a misspelt one most likely meant, if any is close enough to be a typo. */
export function didYouMean(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

type Def = { type: string; shape?: Record<string, Schema>; element?: Schema; innerType?: Schema };
const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Keys the schema does not know, anywhere in the data, with a did-you-mean for a likely typo. */
export function unknownKeys(schema: Schema, value: unknown, path: Key[] = []): DataProblem[] {
  const def = defOf(schema);
  if (['nullable', 'optional', 'nonoptional', 'default'].includes(def.type) && def.innerType)
    return value === null || value === undefined ? [] : unknownKeys(def.innerType, value, path);
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element;
    return value.flatMap((item, index) => unknownKeys(element, item, [...path, index]));
  }
  if (def.type !== 'object' || !def.shape || !isPlainObject(value)) return [];
  const shape = def.shape;
  const known = Object.keys(shape);
  const problems: DataProblem[] = [];
  for (const key of Object.keys(value)) {
    const child = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (child !== undefined) {
      problems.push(...unknownKeys(child, value[key], [...path, key]));
      continue;
    }
    const meant = didYouMean(key, known);
    problems.push({
      path: pathText([...path, key]),
      message: meant
        ? `unknown key "${key}": did you mean "${meant}"?`
        : `unknown key "${key}": the keys here are ${known.join(', ')}`,
    });
  }
  return problems;
}

/** Two records of one kind with the same id: lookups would silently return only the first. */
export function duplicateIds(data: Record<string, unknown>, kinds: readonly string[]): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const kind of kinds) {
    const records = data[kind];
    if (!Array.isArray(records)) continue;
    const firstAt = new Map<string, number>();
    records.forEach((record, index) => {
      const id = isPlainObject(record) ? record.id : undefined;
      if (typeof id !== 'string') return;
      const first = firstAt.get(id);
      if (first === undefined) firstAt.set(id, index);
      else
        problems.push({
          path: `${kind}[${index}].id`,
          message: `duplicate id "${id}" (${kind}[${first}] has it already): give each record its own id`,
        });
    });
  }
  return problems;
}

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>(
    (value, key) =>
      isPlainObject(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );

/** A zod issue said in the project's words: what is wrong and what is wanted, never zod's phrasing. */
export function explainIssue(issue: z.core.$ZodIssue, data: unknown): DataProblem {
  const path = pathText(issue.path);
  const value = valueAt(data, issue.path);
  const field = String(issue.path.at(-1) ?? 'the data');
  const said = (message: string) => ({ path, message });
  switch (issue.code) {
    case 'invalid_type': {
      const wanted = EXPECTED[issue.expected] ?? issue.expected;
      if (value === undefined) return said(`missing: add "${field}" (${wanted})`);
      return said(`must be ${wanted}, not ${kindOf(value)}`);
    }
    case 'too_small':
      if (issue.origin === 'string') return said('must not be empty');
      if (issue.origin === 'array')
        return said(`needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`);
      return said(`must be at least ${issue.minimum}`);
    case 'too_big':
      if (issue.origin === 'string') return said(`must be at most ${issue.maximum} characters`);
      return said(`must be at most ${issue.maximum}`);
    case 'invalid_value':
      return said(`must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`);
    case 'invalid_format':
      if (issue.format === 'url')
        return said('must be a web address such as "https://example.org/page", or null');
      // Every pattern in the schema carries its own message in the project's words.
      return said(issue.message);
    default:
      return said(issue.message);
  }
}
