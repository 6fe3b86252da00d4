export { describeSource, type HitSource } from './format/describe-source';
export { type FormatOptions, formatResult, type ResultFormat } from './format/format-result';
export { query } from './search/query';
export { type QueryPlan, toSearchRequest } from './search/to-request';
export type {
  FilterNode,
  ParsedQuery,
  PhraseNode,
  QueryField,
  QueryNode,
  ResultType,
  TermNode,
  TextField,
} from './syntax/ast';
export { QuerySyntaxError, renderCaret } from './syntax/errors';
export { OUTCOMES, QUERY_FIELDS, RESULT_TYPES } from './syntax/fields';
export { parseQuery } from './syntax/parse';
export { stringifyQuery } from './syntax/stringify';
