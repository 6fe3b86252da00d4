import type { BotLocale } from './locale';

/**
 * The query library's syntax messages in the asker's language. The library writes English and (for now)
 * gives no message codes, so its messages are recognised by their fixed openings; anything unrecognised is
 * described generically rather than shown in the wrong language. English passes through unchanged.
 */
const SPANISH: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^Unclosed quote/, () => 'Comillas sin cerrar: termina la frase con ", como en "texas observer".'],
  [
    /^Unknown field "([^"]*):"\..*Did you mean "([^"]*):"\?/s,
    (m) => `Campo desconocido «${m[1]}:». ¿Quisiste decir «${m[2]}:»? Los campos se escriben en inglés.`,
  ],
  [
    /^A filter cannot be excluded/,
    () => 'Un filtro no se puede excluir: quita el «-» o excluye una palabra.',
  ],
  [/^(\w+): is given twice/, (m) => `${m[1]}: aparece dos veces; deja solo uno.`],
  [
    /^Empty value for (\w+):/,
    (m) => `${m[1]}: no tiene valor. Escribe ${m[1]}:valor o ${m[1]}:"dos palabras".`,
  ],
  [/^Bad year range "([^"]*)"/, (m) => `Rango de años al revés «${m[1]}»: el final va después del inicio.`],
  [/^Bad year "([^"]*)"/, (m) => `Año no válido «${m[1]}»: escribe year:2019 o un rango year:2009..2011.`],
  [
    /^Bad date "([^"]*)" for (\w+):/,
    (m) => `Fecha no válida «${m[1]}» para ${m[2]}:. Escribe AAAA, AAAA-MM o AAAA-MM-DD.`,
  ],
  [
    /^Unknown (outcome|type) "([^"]*)"\. Use one of ([^.]*)\./,
    (m) => `Valor desconocido para ${m[1]}: «${m[2]}». Usa uno de: ${m[3]}.`,
  ],
];

export function localizeQueryError(message: string, locale: BotLocale): string {
  if (locale === 'en') return message;
  for (const [pattern, spanish] of SPANISH) {
    const match = pattern.exec(message);
    if (match !== null) return spanish(match);
  }
  return 'La consulta tiene un error en la posición marcada.';
}

/** Core's reason for an empty result, in Spanish only where it is recognised (it is optional detail). */
export function localizeEmptyReason(reason: string, locale: BotLocale): string | undefined {
  if (locale === 'en') return reason;
  const unknown = /^unknown (\w+) "([^"]*)"/.exec(reason);
  if (unknown !== null) return `valor desconocido para ${unknown[1]}: «${unknown[2]}»`;
  return undefined;
}
