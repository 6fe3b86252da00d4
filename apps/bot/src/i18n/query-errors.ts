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

/** Core's reason for an empty result, in Spanish only where it is recognised (it is optional detail). */
export function localizeEmptyReason(reason: string, locale: BotLocale): string | undefined {
  if (locale === 'en') return reason;
  const unknown = /^unknown (\w+) "([^"]*)"/.exec(reason);
  if (unknown !== null) return `valor desconocido para ${unknown[1]}: «${unknown[2]}»`;
  return undefined;
}
