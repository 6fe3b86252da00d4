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

/**
 * Spanish names for the fields, accents optional (`año:` = `ano:`): one syntax whatever language the asker
 * writes in. Keys are folded (lower case, no accents); `fieldNamed` reads them.
 */
export const SPANISH_FIELD_NAMES: ReadonlyMap<string, QueryField> = new Map<string, QueryField>([
  ['medio', 'outlet'],
  ['autor', 'author'],
  ['autora', 'author'],
  ['persona', 'person'],
  ['lugar', 'place'],
  ['ano', 'year'],
  ['anio', 'year'],
  ['desde', 'after'],
  ['hasta', 'before'],
  ['resultado', 'outcome'],
  ['pais', 'country'],
  ['tema', 'topic'],
  ['tipo', 'type'],
]);

/**
 * Spanish words for type values, folded: `tipo:cita` = `type:quote`. Outcome words in both languages
 * (`resultado:denegado` = `outcome:denied`) are core's one vocabulary, `OUTCOME_WORDS` through `outcomeOf`.
 */
export const SPANISH_VALUES: {
  readonly type: ReadonlyMap<string, ResultType>;
} = {
  type: new Map<string, ResultType>([
    ['articulo', 'article'],
    ['persona', 'person'],
    ['caso', 'case'],
    ['cifra', 'figure'],
    ['cita', 'quote'],
  ]),
};

/** Lower case without accents: how field names and Spanish values are compared. */
export const foldName = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** The field a `name:` prefix names, in English or Spanish, case and accents ignored; undefined if none. */
export function fieldNamed(name: string): QueryField | undefined {
  const folded = foldName(name);
  return QUERY_FIELDS.find((field) => field === folded) ?? SPANISH_FIELD_NAMES.get(folded);
}
