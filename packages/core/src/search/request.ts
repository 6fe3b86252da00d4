import type { AnswerKind, SearchFilters, SearchOptions, SearchRequest } from './types';

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

/**
 * Accepts anything a JavaScript caller might pass (the types are not enforced at run time) and returns a
 * request the engine can run without further checks.
 */
export function normalizeRequest(query: unknown, options: unknown): NormalizedRequest {
  const request: Partial<SearchRequest> =
    typeof query === 'string' ? { text: query } : isRecord(query) ? (query as Partial<SearchRequest>) : {};
  const opts: Partial<SearchOptions> = isRecord(options) ? (options as Partial<SearchOptions>) : {};
  const filters: SearchFilters = {
    ...(isRecord(request.filters) ? request.filters : {}),
    ...(isRecord(opts.filters) ? opts.filters : {}),
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
