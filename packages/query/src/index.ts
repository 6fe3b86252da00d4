export { type ArchiveQuery, createQuery } from './create-query';
export type { HitSource } from './format/describe-source';
export type { FormatOptions, ResultFormat } from './format/format-result';
export { type QueryPlan, toQueryPlan } from './search/to-request';
export { describeSource, formatResult, query, shippedQuery } from './shipped-query';
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
export {
  type QuerySyntaxCode,
  type QuerySyntaxDetail,
  QuerySyntaxError,
  renderCaret,
} from './syntax/errors';
export { QUERY_FIELDS, RESULT_TYPES, SPANISH_FIELD_NAMES, SPANISH_VALUES } from './syntax/fields';
export { parseQuery } from './syntax/parse';
export { stringifyQuery } from './syntax/stringify';
