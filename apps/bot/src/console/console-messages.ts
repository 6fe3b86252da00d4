import type { BotLocale } from '../i18n/locale';

/** The terminal session's own lines (the replies themselves come from the pure layer, already localised). */
const en = {
  locale: 'en' as BotLocale,
  banner:
    'asylum-archive — terminal mode (no DISCORD_TOKEN set). Type /help for the commands, Tab to complete, /exit to leave.',
  unknownCommand: (name: string, list: string) =>
    `Unknown command /${name}. Commands: ${list}. Type /help to see what each does.`,
  notACommand:
    'Commands start with a slash, e.g. /search juarez denied. Type /help for the list, /exit to leave.',
  missingOption: (option: string, usage: string) => `${option} is missing. Usage: ${usage}`,
  noOptions: (command: string) => `${command} takes no options.`,
  strayText: (text: string, usage: string) => `“${text}” is not attached to an option. Usage: ${usage}`,
  duplicateOption: (option: string) => `${option} is given twice; give it once.`,
  notInteger: (option: string, min: number | null, max: number | null) =>
    min !== null && max !== null
      ? `${option} must be a whole number from ${min} to ${max}.`
      : `${option} must be a whole number.`,
  outOfRange: (option: string, min: number, max: number) => `${option} must be between ${min} and ${max}.`,
  notBoolean: (option: string) => `${option} must be true or false, e.g. ${option}:true.`,
  /** Typed words that press a button of the last reply ("next", or the number beside a button). */
  buttonWords: { next: 'next', prev: 'prev' },
  aNumber: 'a number',
  notAUser: (option: string) =>
    `${option} must be a user id or a mention, e.g. ${option}:<@123456789012345678>.`,
  notAChoice: (option: string, choices: string) => `${option} must be one of: ${choices}.`,
  buttons: (actions: string) => `Type ${actions}.`,
  noSuchButton: (action: string) => `There is no “${action}” to press right now.`,
  onlyYou: '(only you would see this on Discord)',
  failed: (message: string) => `Something went wrong: ${message}`,
};

export type ConsoleMessages = typeof en;

const es: ConsoleMessages = {
  locale: 'es',
  banner:
    'asylum-archive — modo terminal (sin DISCORD_TOKEN). Escribe /ayuda para ver los comandos, Tab para completar y /salir para terminar.',
  unknownCommand: (name, list) =>
    `Comando desconocido /${name}. Comandos: ${list}. Escribe /ayuda para ver qué hace cada uno.`,
  notACommand:
    'Los comandos empiezan con una barra, p. ej. /buscar juarez negado. Escribe /ayuda para ver la lista y /salir para terminar.',
  missingOption: (option, usage) => `Falta ${option}. Uso: ${usage}`,
  noOptions: (command) => `${command} no admite opciones.`,
  strayText: (text, usage) => `«${text}» no corresponde a ninguna opción. Uso: ${usage}`,
  duplicateOption: (option) => `${option} aparece dos veces; indícalo una sola vez.`,
  notInteger: (option, min, max) =>
    min !== null && max !== null
      ? `${option} debe ser un número entero entre ${min} y ${max}.`
      : `${option} debe ser un número entero.`,
  outOfRange: (option, min, max) => `${option} debe estar entre ${min} y ${max}.`,
  notBoolean: (option) => `${option} debe ser sí o no, p. ej. ${option}:sí.`,
  buttonWords: { next: 'siguiente', prev: 'anterior' },
  aNumber: 'un número',
  notAUser: (option) =>
    `${option} debe ser el id de un usuario o una mención, p. ej. ${option}:<@123456789012345678>.`,
  notAChoice: (option, choices) => `${option} debe ser uno de: ${choices}.`,
  buttons: (actions) => `Escribe ${actions}.`,
  noSuchButton: (action) => `Ahora no hay ningún «${action}» que pulsar.`,
  onlyYou: '(en Discord solo lo verías tú)',
  failed: (message) => `Algo falló: ${message}`,
};

export function consoleMessagesFor(locale: BotLocale): ConsoleMessages {
  return locale === 'es' ? es : en;
}
