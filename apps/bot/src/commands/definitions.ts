import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { defineCommand, type SpanishLocalizations } from './definition-types';

const spanish = (text: string): SpanishLocalizations => ({ 'es-ES': text, 'es-419': text });

/** Longest query Discord lets a person type; long enough for any real query, short enough to page. */
export const MAX_QUERY_LENGTH = 200;

export const searchCommand = defineCommand({
  name: 'search',
  name_localizations: spanish('buscar'),
  description: 'Search the reporting: words, "phrases", -exclusions and field:value filters',
  description_localizations: spanish(
    'Busca en los reportajes: palabras, "frases", -exclusiones y filtros campo:valor',
  ),
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'query',
      name_localizations: spanish('consulta'),
      description: 'What to look for, e.g. juarez denied, "immigration judge" -canada, outcome:denied',
      description_localizations: spanish(
        'Qué buscar, p. ej. juarez negado, "immigration judge" -canada, outcome:denied',
      ),
      required: true,
      min_length: 1,
      max_length: MAX_QUERY_LENGTH,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'outlet',
      name_localizations: spanish('medio'),
      description: 'Only articles from this outlet',
      description_localizations: spanish('Solo artículos de este medio'),
      // Autocompleted from the archive the bot is built from (see autocomplete/outlet-choices.ts): fixed
      // choices would be the shipped archive's outlets, whatever archive the bot answers from.
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'year',
      name_localizations: spanish('año'),
      description: 'Only articles published in this year',
      description_localizations: spanish('Solo artículos publicados este año'),
      min_value: 1990,
      max_value: 2100,
    },
    {
      type: ApplicationCommandOptionType.User,
      name: 'target',
      name_localizations: spanish('para'),
      description: 'Mention this person with the results (nobody else is pinged)',
      description_localizations: spanish('Menciona a esta persona con los resultados (a nadie más)'),
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'hide',
      name_localizations: spanish('ocultar'),
      description: 'Show the results only to you',
      description_localizations: spanish('Mostrar los resultados solo a ti'),
    },
  ],
});

export const articleCommand = defineCommand({
  name: 'article',
  name_localizations: spanish('artículo'),
  description: 'An article card: outlet, date, authors, summary, people, key figures, link and rights',
  description_localizations: spanish(
    'Ficha de un artículo: medio, fecha, autores, resumen, personas, cifras, enlace y derechos',
  ),
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'article',
      name_localizations: spanish('artículo'),
      description: 'Start typing a title, an outlet or a name',
      description_localizations: spanish('Empieza a escribir un título, un medio o un nombre'),
      required: true,
      autocomplete: true,
    },
  ],
});

export const personCommand = defineCommand({
  name: 'person',
  name_localizations: spanish('persona'),
  description: 'A person in the reporting: role, cases, appearances and quotes, each cited',
  description_localizations: spanish(
    'Una persona de los reportajes: papel, casos, apariciones y citas, todo citado',
  ),
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'name',
      name_localizations: spanish('nombre'),
      description: 'Start typing a name',
      description_localizations: spanish('Empieza a escribir un nombre'),
      required: true,
      autocomplete: true,
    },
  ],
});

/** The case a command is about: /case and /map pick it the same way. */
const caseNameOption = {
  type: ApplicationCommandOptionType.String,
  name: 'name',
  name_localizations: spanish('nombre'),
  description: 'Start typing the claimant or the case',
  description_localizations: spanish('Empieza a escribir el solicitante o el caso'),
  required: true,
  autocomplete: true,
} as const;

export const caseCommand = defineCommand({
  name: 'case',
  name_localizations: spanish('caso'),
  description: 'An asylum or refuge claim: who, where, a dated timeline and the outcome, each step cited',
  description_localizations: spanish(
    'Una solicitud de asilo o refugio: quién, dónde, cronología fechada y resultado, todo citado',
  ),
  options: [caseNameOption],
});

export const mapCommand = defineCommand({
  name: 'map',
  name_localizations: spanish('mapa'),
  description: 'A map of where a claimant fled: origin, stops and country of refuge, from the data',
  description_localizations: spanish(
    'Un mapa de adónde huyó un solicitante: origen, paradas y país de refugio, según los datos',
  ),
  options: [caseNameOption],
});

export const figureCommand = defineCommand({
  name: 'figure',
  name_localizations: spanish('cifra'),
  description: 'A number from the reporting: what it counts, its period and the sentence it comes from',
  description_localizations: spanish(
    'Una cifra de los reportajes: qué cuenta, su periodo y la frase de la que sale',
  ),
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      name_localizations: spanish('tema'),
      description: 'Start typing what was counted, e.g. police killed, asylum grants',
      description_localizations: spanish(
        'Empieza a escribir qué se contó, p. ej. policías asesinados, asilos concedidos',
      ),
      required: true,
      autocomplete: true,
    },
  ],
});

/** /browse: one option per list; the value is autocompleted from the data (outcomes, roles, topics). */
export const browseCommand = defineCommand({
  name: 'browse',
  name_localizations: spanish('explorar'),
  description: 'List the cases by outcome, the people by role or the figures by topic',
  description_localizations: spanish(
    'Lista los casos por resultado, las personas por papel o las cifras por tema',
  ),
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'outcome',
      name_localizations: spanish('resultado'),
      description: 'The cases with this outcome, e.g. denied',
      description_localizations: spanish('Los casos con este resultado, p. ej. denegado'),
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'role',
      name_localizations: spanish('papel'),
      description: 'The people in this role, e.g. attorney',
      description_localizations: spanish('Las personas con este papel, p. ej. abogado'),
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      name_localizations: spanish('tema'),
      description: 'The figures from articles on this topic, e.g. police',
      description_localizations: spanish('Las cifras de artículos sobre este tema, p. ej. police'),
      autocomplete: true,
    },
  ],
});

export const aboutCommand = defineCommand({
  name: 'about',
  name_localizations: spanish('acerca-de'),
  description: 'What this archive is: versions, counts and attribution',
  description_localizations: spanish('Qué es este archivo: versiones, recuentos y atribución'),
  options: [],
});

export const helpCommand = defineCommand({
  name: 'help',
  name_localizations: spanish('ayuda'),
  description: 'How to search and what each command shows',
  description_localizations: spanish('Cómo buscar y qué muestra cada comando'),
  options: [],
});

/**
 * The message context-menu command (type 3): "Apps → Search the archive" on any message searches its text.
 * Message commands have no description and may have spaces and capitals in their names.
 */
export const searchMessageCommand = {
  name: 'Search the archive',
  name_localizations: spanish('Buscar en el archivo'),
} as const;

/** Every command this bot answers, in the order /help lists them. */
export const commands = [
  searchCommand,
  articleCommand,
  personCommand,
  caseCommand,
  mapCommand,
  figureCommand,
  browseCommand,
  aboutCommand,
  helpCommand,
] as const;

export type BotCommand = (typeof commands)[number];
export type CommandName = BotCommand['name'];
