import { ArchiveError } from '../errors';
import type { AnswerKind, SearchFilters } from './types';

/*
 * Limits that keep every search bounded whatever it is given: a 100k-character query costs no more than
 * one of MAX_TEXT characters, and so on.
 */
export const MAX_TEXT = 2000;
export const MAX_WORDS = 32;
export const MAX_PHRASES = 8;
export const MAX_EXCLUDES = 16;
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;
export const MAX_OFFSET = 10_000;

/** A request with every field present, checked and capped. */
export type NormalizedRequest = {
  text: string;
  phrases: string[];
  exclude: string[];
  filters: SearchFilters;
  limit: number;
  offset: number;
  groupBy: 'passage' | 'article';
  /** The kinds of record asked for (`SearchOptions.answerKinds`); null when the query's own words decide. */
  answerKinds: ReadonlySet<AnswerKind> | null;
};

const ANSWER_KINDS: readonly AnswerKind[] = ['figure', 'person', 'case', 'quote'];

function answerKinds(value: unknown): ReadonlySet<AnswerKind> | null {
  if (!Array.isArray(value)) return null;
  const kinds = new Set(ANSWER_KINDS.filter((kind) => value.includes(kind)));
  return kinds.size > 0 ? kinds : null;
}

const strings = (value: unknown, max: number): string[] =>
  Array.isArray(value)
    ? value
        .filter((item): item is string => typeof item === 'string')
        .slice(0, max)
        .map((item) => item.slice(0, MAX_TEXT))
    : [];

function integer(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isTextList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);

/** Throws an `invalid-argument` ArchiveError naming the part of the call that is wrong. */
function expect(ok: boolean, path: string, wanted: string, value: unknown): void {
  if (!ok) throw ArchiveError.invalidArgument(`search: ${path}`, wanted, value);
}

const LIST_FILTERS = ['outlet', 'author', 'person', 'place', 'outcome', 'country', 'topic'] as const;

/** A filters object as the types describe it; values a person typed (unknown names) are the engine's to judge. */
function checkFilters(filters: unknown, path: string): SearchFilters {
  expect(isRecord(filters), path, 'an object such as { outlet: ["texas observer"] }', filters);
  const given = filters as Record<string, unknown>;
  for (const field of LIST_FILTERS) {
    const value = given[field];
    if (value !== undefined)
      expect(isTextList(value), `${path}.${field}`, 'a list of text, such as ["…"]', value);
  }
  for (const field of ['yearFrom', 'yearTo'] as const) {
    const value = given[field];
    if (value !== undefined) expect(isNumber(value), `${path}.${field}`, 'a year (a number)', value);
  }
  for (const field of ['after', 'before', 'holding'] as const) {
    const value = given[field];
    if (value !== undefined) expect(typeof value === 'string', `${path}.${field}`, 'text', value);
  }
  return given as SearchFilters;
}

/**
 * Checks what a JavaScript caller passed against the types (a wrong type throws an `invalid-argument`
 * ArchiveError that names it), then returns a request the engine can run without further checks: text capped,
 * numbers clamped. What a person typed is never wrong here; the engine answers it with a reason.
 */
export function normalizeRequest(query: unknown, options: unknown): NormalizedRequest {
  expect(
    typeof query === 'string' || isRecord(query),
    'the query',
    'text or a request such as { text: "asylum" }',
    query,
  );
  expect(options === undefined || isRecord(options), 'options', 'an object such as { limit: 10 }', options);
  const request: Record<string, unknown> =
    typeof query === 'string' ? { text: query } : (query as Record<string, unknown>);
  const opts: Record<string, unknown> = (options as Record<string, unknown> | undefined) ?? {};
  if (request.text !== undefined)
    expect(typeof request.text === 'string', 'request.text', 'text', request.text);
  for (const field of ['phrases', 'exclude'] as const) {
    const value = request[field];
    if (value !== undefined) expect(isTextList(value), `request.${field}`, 'a list of text', value);
  }
  for (const field of ['limit', 'offset'] as const) {
    const value = opts[field];
    if (value !== undefined) expect(isNumber(value), `options.${field}`, 'a number', value);
  }
  if (opts.groupBy !== undefined)
    expect(
      opts.groupBy === 'passage' || opts.groupBy === 'article',
      'options.groupBy',
      '"passage" or "article"',
      opts.groupBy,
    );
  const filters: SearchFilters = {
    ...(request.filters === undefined ? {} : checkFilters(request.filters, 'request.filters')),
    ...(opts.filters === undefined ? {} : checkFilters(opts.filters, 'options.filters')),
  };
  return {
    text: typeof request.text === 'string' ? request.text.slice(0, MAX_TEXT) : '',
    phrases: strings(request.phrases, MAX_PHRASES),
    exclude: strings(request.exclude, MAX_EXCLUDES),
    filters,
    limit: integer(opts.limit, DEFAULT_LIMIT, 0, MAX_LIMIT),
    offset: integer(opts.offset, 0, 0, MAX_OFFSET),
    groupBy: opts.groupBy === 'article' ? 'article' : 'passage',
    answerKinds: answerKinds(opts.answerKinds),
  };
}

/** True when the filters ask for anything at all (an empty list asks for nothing). */
export function hasFilters(filters: SearchFilters): boolean {
  return Object.values(filters).some((value) =>
    Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null,
  );
}
