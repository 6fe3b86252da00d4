import type { z } from 'zod';
import { didYouMean } from './did-you-mean';
import type { DataIssue, PathKey } from './issue';
import { fieldsAt } from './zod-walk';

/** The reference of the source format, generated from the schemas (scripts/data-format-doc.ts). */
export const DATA_FORMAT_DOC = 'packages/core/docs/data-format.md';

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'a record'
        : typeof value;

type ZodIssue = z.core.$ZodIssue & { input?: unknown };

function translate(issue: ZodIssue, docRef: string): Pick<DataIssue, 'message' | 'tip'> {
  switch (issue.code) {
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (issue.input === undefined)
        return { message: `missing (one of: ${allowed.join(', ')})`, tip: `add it (see ${docRef})` };
      const input = String(issue.input);
      return {
        message: `"${input}" is not one of: ${allowed.join(', ')}`,
        tip: didYouMean(input, allowed) || `use one of the values listed (see ${docRef})`,
      };
    }
    case 'invalid_type':
      if (issue.input === undefined) {
        return { message: `missing (a ${issue.expected} is required)`, tip: `add it (see ${docRef})` };
      }
      return {
        message: `expected a ${issue.expected}, found ${describe(issue.input)}`,
        tip: `write it as a ${issue.expected} (see ${docRef})`,
      };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return {
          message: 'must not be empty',
          tip: `write a value, or remove the field if it is optional (see ${docRef})`,
        };
      if (issue.origin === 'array')
        return {
          message: `needs at least ${issue.minimum} item(s)`,
          tip: `add the missing item(s) (see ${docRef})`,
        };
      return { message: issue.message, tip: `see ${docRef}` };
    case 'custom':
    case 'invalid_format': {
      const input = typeof issue.input === 'string' ? `"${issue.input}" ` : '';
      const month = typeof issue.input === 'string' ? /^(\d{4})-(\d{2})-\d{2}$/.exec(issue.input) : null;
      if (month && issue.code === 'custom') {
        const [, year, number] = month as unknown as [string, string, string];
        const days = new Date(Date.UTC(Number(year), Number(number), 0)).getUTCDate();
        const name = new Date(Date.UTC(Number(year), Number(number) - 1, 1)).toLocaleString('en', {
          month: 'long',
          timeZone: 'UTC',
        });
        return {
          message: `${input}${issue.message}`,
          tip: `${name} ${year} has ${days} days; check the date against its basis (or give only the month: ${year}-${number})`,
        };
      }
      return {
        message: `${input}${issue.message}`,
        tip: `correct the value to match the data format (${docRef})`,
      };
    }
    default:
      return { message: issue.message, tip: `correct the value to match the data format (${docRef})` };
  }
}

/**
 * A zod error as issues a maintainer can act on: fields named by path under `prefix` (a record key when the
 * record has an id), one issue per unknown field with the field it was probably meant to be, the allowed
 * values of a closed vocabulary with the nearest one, and "missing" for a required field left out.
 */
export function schemaIssues(
  file: string,
  prefix: readonly PathKey[],
  error: z.ZodError,
  schema: z.ZodType,
  anchor: string,
): DataIssue[] {
  const docRef = `${DATA_FORMAT_DOC}#${anchor}`;
  return (error.issues as ZodIssue[]).flatMap((issue) => {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
    if (issue.code === 'unrecognized_keys') {
      const known = fieldsAt(schema, issue.path);
      return issue.keys.map((key) => ({
        file,
        path: [...path, key],
        message: `unknown field "${key}"`,
        tip: didYouMean(key, known) || `remove it, or use one of the fields: ${known.join(', ')}`,
      }));
    }
    return [{ file, path, ...translate(issue, docRef) }];
  });
}
