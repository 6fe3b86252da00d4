import type { QueryField, ResultType } from './ast';

/** Every `field:` the syntax knows, in the order the help and error messages list them. */
export const QUERY_FIELDS: readonly QueryField[] = [
  'outlet',
  'author',
  'person',
  'place',
  'year',
  'after',
  'before',
  'outcome',
  'country',
  'topic',
  'type',
];

export const RESULT_TYPES: readonly ResultType[] = ['article', 'person', 'case', 'figure', 'quote'];

/** Fields that hold one value: a second one would contradict the first rather than widen the search. */
export const SINGLE_VALUED: readonly QueryField[] = ['year', 'after', 'before', 'type'];
