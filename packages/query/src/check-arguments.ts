import { ArchiveError } from '@asylum-archive/core';
import type { ParsedQuery } from './syntax/ast';

/*
 * The query library's functions check what a JavaScript caller passed against their types, as core's do: a
 * wrong type throws core's ArchiveError with code `invalid-argument`, naming the call, never a TypeError.
 */

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function checkArgument(ok: boolean, where: string, wanted: string, value: unknown): void {
  if (!ok) throw ArchiveError.invalidArgument(where, wanted, value);
}

/** A parsed query's shape: an object with its list of `nodes` (what `parseQuery` returns). */
export const isParsedQuery = (value: unknown): value is ParsedQuery =>
  isObject(value) && Array.isArray(value.nodes) && value.nodes.every(isObject);

export function checkParsedQuery(where: string, value: unknown): void {
  checkArgument(isParsedQuery(value), where, 'a parsed query (what parseQuery returns)', value);
}

export function checkOptions(where: string, value: unknown): void {
  checkArgument(value === undefined || isObject(value), where, 'an object, or left out', value);
}

/** A search result's shape, as far as formatting reads it. */
export function checkResult(where: string, value: unknown): void {
  checkArgument(
    isObject(value) && Array.isArray(value.hits) && Array.isArray(value.answers ?? []),
    where,
    'a search result (what query() or search() returns)',
    value,
  );
}

export { isObject };
