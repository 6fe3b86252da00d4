import type { EmptyReason, SearchResult } from '@asylum-archive/core';
import type { QueryField, QuerySyntaxError, ResultType } from '@asylum-archive/query';
import type { BotLocale } from './locale';
import { messagesFor } from './messages';

/** The Spanish names of the query fields, as the query library reads them (`persona:`, `año:`…). */
export const SPANISH_QUERY_FIELDS: Readonly<Record<QueryField, string>> = {
  outlet: 'medio',
  author: 'autor',
  person: 'persona',
  place: 'lugar',
  year: 'año',
  after: 'desde',
  before: 'hasta',
  outcome: 'resultado',
  country: 'país',
  topic: 'tema',
  type: 'tipo',
};

/** The Spanish `tipo:` values the query library reads. */
export const SPANISH_RESULT_TYPES: Readonly<Record<ResultType, string>> = {
  article: 'artículo',
  person: 'persona',
  case: 'caso',
  figure: 'cifra',
  quote: 'cita',
};

const isField = (name: string): name is QueryField => Object.hasOwn(SPANISH_QUERY_FIELDS, name);

/**
 * What is wrong with a query, in the asker's language, from the query library's stable error `code` and its
 * values (never by matching the English message). English is the library's own message; Spanish names the
 * Spanish field names and values, which the library reads as well.
 */
export function localizeQueryError(error: QuerySyntaxError, locale: BotLocale): string {
  if (locale === 'en') return error.message;
  const field = (name: string) => `${isField(name) ? SPANISH_QUERY_FIELDS[name] : name}:`;
  const { outcome } = messagesFor('es');
  const value = (kind: 'outcome' | 'type', name: string) =>
    kind === 'outcome'
      ? Object.hasOwn(outcome, name)
        ? outcome[name as keyof typeof outcome].replaceAll(' ', '-')
        : name
      : Object.hasOwn(SPANISH_RESULT_TYPES, name)
        ? SPANISH_RESULT_TYPES[name as ResultType]
        : name;
  const { detail } = error;
  switch (detail.code) {
    case 'not-a-string':
      return 'La consulta debe ser texto.';
    case 'unclosed-quote':
      return 'Comillas sin cerrar: termina la frase con ", como en "texas observer".';
    case 'unknown-field': {
      const names = detail.fields.map((name) => `${field(name)}`).join(', ');
      const suggestion = isField(detail.suggestion) ? field(detail.suggestion) : `${detail.suggestion}:`;
      return `Campo desconocido «${detail.field}:». Usa uno de ${names} (o su nombre en inglés). ¿Quisiste decir «${suggestion}»?`;
    }
    case 'excluded-filter':
      return `Un filtro no se puede excluir: quita el «-» antes de ${field(detail.field)}, o excluye una palabra o una "frase".`;
    case 'repeated-field':
      return `${field(detail.field)} aparece dos veces; deja solo uno${detail.field === 'year' ? ' (un rango como año:2009..2011 abarca varios años)' : ''}.`;
    case 'empty-value': {
      const name = field(detail.field);
      return `${name} no tiene valor. Escribe ${name}valor, o ${name}"dos palabras" para un valor con espacios.`;
    }
    case 'bad-year':
      return `Año no válido «${detail.value}»: escribe año:2019 o un rango año:2009..2011 (para un rango abierto usa desde: o hasta:).`;
    case 'reversed-year-range':
      return `Rango de años al revés «${detail.from}..${detail.to}»: termina antes de empezar; escribe año:${detail.to}..${detail.from}.`;
    case 'bad-date':
      return `Fecha no válida «${detail.value}» para ${field(detail.field)}. Escribe AAAA, AAAA-MM o AAAA-MM-DD, como en ${field(detail.field)}2010-06-30.`;
    case 'unknown-value': {
      const allowed = detail.allowed.map((name) => value(detail.field, name)).join(', ');
      return `Valor desconocido para ${field(detail.field)} «${detail.value}». Usa uno de: ${allowed}. ¿Quisiste decir ${field(detail.field)}${value(detail.field, detail.suggestion)}?`;
    }
  }
}

/** A core filter name as the reader would type it in Spanish: `persona:`, `desde:`… (`date` is every date filter). */
function spanishFilter(field: string): string {
  if (field === 'date') return 'el rango de fechas';
  if (field === 'yearFrom' || field === 'yearTo') return `${SPANISH_QUERY_FIELDS.year}:`;
  return isField(field) ? `${SPANISH_QUERY_FIELDS[field]}:` : `${field}:`;
}

/** At most eight values, then an ellipsis, as core's English wording shows them. */
const someOf = (values: readonly string[]) =>
  values.length > 8 ? `${values.slice(0, 8).join(', ')}, …` : values.join(', ');

/**
 * Why a search found nothing, in the asker's language, from core's reasons as data (`SearchResult.why`): its
 * `code` and values, never its English text. English is core's own wording (`SearchResult.reason`).
 */
export function localizeEmptyReason(
  result: Pick<SearchResult, 'reason' | 'why'>,
  locale: BotLocale,
): string | undefined {
  if (locale === 'en') return result.reason;
  const sentences = (result.why ?? []).map(spanishReason);
  return sentences.length === 0 ? undefined : sentences.join('; ');
}

const quoted = (text: string) => `«${text}»`;

/** One of core's reasons in Spanish. */
function spanishReason(reason: EmptyReason): string {
  const { outcome } = messagesFor('es');
  const valueIn = (field: string, value: string) =>
    field === 'outcome' && Object.hasOwn(outcome, value) ? outcome[value as keyof typeof outcome] : value;
  switch (reason.code) {
    case 'empty-query':
      return 'consulta vacía: escribe una palabra, un nombre o un número';
    case 'only-common-words':
      return `solo palabras comunes en ${quoted(reason.query)}: añade una más específica`;
    case 'no-passage-contains':
      return `ningún pasaje contiene ${reason.terms.map(quoted).join(' ni ')}`;
    case 'nothing-matches':
      return `nada coincide con ${reason.query === '' ? 'la consulta' : quoted(reason.query)}${reason.withFilters ? ' con estos filtros' : ''}${reason.withExclusions ? ' y exclusiones' : ''}`;
    case 'filter-leaves-none': {
      const filter =
        reason.field === 'date'
          ? spanishFilter('date')
          : `${spanishFilter(reason.field)}${reason.values.join(',')}`;
      const present = reason.present.map((each) => `${valueIn(reason.field, each.value)} (${each.count})`);
      const among = reason.field === 'date' ? 'años' : spanishFilter(reason.field).replace(/:$/, '');
      return `${filter} no deja ninguna de las ${reason.matches} coincidencias; ${among} entre ellas: ${present.join(', ') || 'ninguno'}`;
    }
    case 'unknown-filter-value':
      return `valor desconocido para ${spanishFilter(reason.field)} ${quoted(reason.value)}; valores conocidos: ${reason.known.length === 0 ? 'este archivo no tiene ninguno' : someOf(reason.known.map((value) => valueIn(reason.field, value)))}`;
    case 'not-a-date':
      return `${spanishFilter(reason.field)} ${quoted(reason.value)} no es una fecha: escribe AAAA, AAAA-MM o AAAA-MM-DD (p. ej. 2010)`;
    case 'unknown-holding':
      return `tipo de ficha desconocido ${quoted(reason.value)}; existen: ${reason.kinds.join(', ')}`;
  }
}
