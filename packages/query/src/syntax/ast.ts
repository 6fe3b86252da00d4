import type { Outcome } from '@asylum-archive/core';

/** What `type:` narrows a search to; see the README for what each one means. */
export type ResultType = 'article' | 'person' | 'case' | 'figure' | 'quote';

/** Filters whose value is free text, resolved by core's search (ids or names, accents and case folded). */
export type TextField = 'outlet' | 'author' | 'person' | 'place' | 'country' | 'topic';

export type QueryField = TextField | 'year' | 'after' | 'before' | 'outcome' | 'type';

/** A free word, or (with `exclude`) a `-word` that must not occur. */
export type TermNode = { kind: 'term'; text: string; exclude: boolean };

/** A "quoted phrase" (whitespace collapsed), or an excluded `-"phrase"`. */
export type PhraseNode = { kind: 'phrase'; text: string; exclude: boolean };

export type FilterNode =
  | { kind: 'filter'; field: TextField; value: string }
  /** `year:2019` is the range 2019..2019. */
  | { kind: 'filter'; field: 'year'; from: number; to: number }
  /** YYYY, YYYY-MM or YYYY-MM-DD, inclusive. */
  | { kind: 'filter'; field: 'after' | 'before'; value: string }
  | { kind: 'filter'; field: 'outcome'; value: Outcome }
  | { kind: 'filter'; field: 'type'; value: ResultType };

export type QueryNode = TermNode | PhraseNode | FilterNode;

/** The syntax tree of one query line: its clauses in the order they were written. */
export type ParsedQuery = { nodes: QueryNode[] };
