import type { FigureQualifier, Forum, Outcome, PersonRole } from '@asylum-archive/core';
import type { TextHedge } from '../cards/figure-value';
import type { BotLocale } from './locale';

/**
 * Every interface string, in English and Spanish. Arguments that came from a user arrive already escaped.
 * The archive's own data (titles, descriptions, units) is English and is shown as curated.
 */
export type EntityKind = 'article' | 'person' | 'case' | 'figure';

const en = {
  unknownCommand: (name: string, help: string) =>
    `There is no command called /${name}. Type ${help} to see what I can do.`,
  staleButton: (search: string) =>
    `This button no longer works: the results it pointed to have changed. Run ${search} again.`,
  unknownButton: 'This button is not one of mine any more. Run the command again.',
  internalError: (reference: string) =>
    `Something went wrong on my side, sorry. If it keeps happening, mention reference \`${reference}\`.`,
  missingOption: (option: string) => `The option \`${option}\` is required.`,
  wrongOptionType: (option: string, expected: string) => `The option \`${option}\` must be ${expected}.`,
  expectedType: { string: 'text', integer: 'a whole number', boolean: 'true or false', user: 'a user' },
  outOfRange: (option: string, min: number, max: number) =>
    `The option \`${option}\` must be between ${min} and ${max}.`,
  emptyOption: (option: string) => `The option \`${option}\` is empty: type what you are looking for.`,
  moreItems: (count: number) => `…and ${count} more`,
  notFound: (kind: EntityKind, text: string) => `No ${kind} in the archive matches “${text}”.`,
  didYouMean: (options: string) => `Did you mean ${options}?`,
  startOffer:
    'Nothing comes close. The most cited are below; or type the first letters of a name and pick a suggestion (Tab in the terminal), or try /search.',
  chooseOffer: 'The closest records are below: choose one.',
  alsoMatching: (list: string) => `Also matching: ${list}`,
  or: 'or',

  dateUnknown: 'date unknown',
  inferred: 'inferred',
  undated: 'undated',

  searchTitle: 'Search results',
  searchQuery: (query: string) => `Results for “${query}”`,
  searchRange: (from: number, to: number, total: number) => `${from}–${to} of ${total} passages`,
  searchPage: (page: number, pages: number) => `page ${page} of ${pages}`,
  searchNoResults: (query: string) => `Nothing in the archive matches “${query}”.`,
  searchTips:
    'Try fewer or other words, check the spelling, drop a filter, or search in Spanish or English (asilo = asylum).',
  searchSyntaxError: 'That query cannot be read:',
  searchSyntaxHelp:
    'Syntax: words, "exact phrase", -exclude, field:value (outlet, author, person, place, year, after, before, outcome, country, topic, type).',
  searchRefine: 'Refine',
  searchFacet: {
    outlet: 'outlet',
    author: 'author',
    year: 'year',
    person: 'person',
    place: 'place',
    outcome: 'outcome',
    country: 'country',
    topic: 'topic',
  },
  searchPrevious: 'Previous',
  searchNext: 'Next',
  searchTooLongToPage: 'This query is too long to page through with buttons; shorten it to see more.',
  messageWithoutText: 'That message has no text to search.',
  searchCount: (from: string, to: string, total: string, count: number) =>
    count === 1
      ? '1 passage'
      : from === '1' && to === total
        ? `${total} passages`
        : `passages ${from}–${to} of ${total}`,
  searchInContext: (number: number) => `Read ${number} in context`,
  searchRefinePlaceholder: (field: string) => `Refine by ${field}…`,
  readingCited: 'What the archive cites from these paragraphs',
  readingPage: (page: string, pages: string) => `page ${page} of ${pages}`,
  readingParagraph: (paragraph: number, total: number) => `paragraph ${paragraph} of ${total}`,
  readingInContext: 'The passage in context, with the paragraphs around it',
  readingReadOn: 'Read the article from here',
  articleRead: 'Read the article',

  articleOutlet: 'Outlet',
  articleVia: (name: string) => `via ${name}`,
  articlePublished: 'Published',
  articleAuthors: 'Authors',
  articleNoAuthors: 'not credited on the page',
  articleSummary: 'Summary written by the archive’s curators',
  articlePeople: 'People',
  articleKeyFigures: 'Key figures',
  articleLink: 'Link',
  articleNoLink: 'No link known: the saved page does not give its address.',
  articleRights: 'Rights and attribution',
  articleNotes: 'Notes',
  articleEditorialTitle: 'The title is the curators’: the saved page lost its headline.',
  articleTruncated: 'The saved page is cut off, so the text ends early.',
  articleParagraphs: (count: number) => `${count} paragraphs`,

  role: {
    officer: 'police officer',
    attorney: 'attorney',
    judge: 'judge',
    activist: 'activist',
    official: 'official',
    reporter: 'reporter',
    businessperson: 'businessperson',
    informant: 'informant',
    politician: 'politician',
    other: 'other',
  } satisfies Record<PersonRole, string>,
  /**
   * Article topics in the reader's words. Topics are the archive's open vocabulary: one not listed here is
   * shown as the archive writes it, hyphens as spaces (topicName). Null prototype: looked up by archive text.
   */
  topics: Object.assign(Object.create(null) as Record<string, string>, {
    'human-rights': 'human rights',
    'immigration-court': 'immigration court',
    'immigration-detention': 'immigration detention',
    'drug-violence': 'drug violence',
  }) as Readonly<Record<string, string>>,
  personRole: 'Role',
  personAlsoCalled: 'Also called',
  personFacts: 'Facts',
  personCases: 'Cases',
  personAsClaimant: 'claimant',
  personAsAttorney: 'attorney',
  personAppearances: 'Appears in',
  personMentions: (count: number) => (count === 1 ? '1 mention' : `${count} mentions`),
  personQuotes: 'Quotes',
  personQuoteTo: (name: string) => `to ${name}`,
  personFullTimeline: (command: string) => `full timeline: ${command}`,
  sources: 'Sources',

  outcome: {
    granted: 'granted',
    denied: 'denied',
    pending: 'pending',
    appealed: 'appealed',
    withdrawn: 'withdrawn',
    'not-sought': 'not sought',
  } satisfies Record<Outcome, string>,
  forum: {
    'immigration-court': 'immigration court',
    'court-of-appeals': 'federal court of appeals',
    'canada-refugee-board': 'Canada’s refugee board',
    'border-detention': 'border detention',
    unknown: 'not stated',
  } satisfies Record<Forum, string>,
  caseClaimant: 'Claimant',
  caseRefugeCountry: 'Sought refuge in',
  caseForum: 'Forum',
  caseOutcome: 'Outcome',
  caseNoOutcome: 'none reported',
  caseAttorneys: 'Attorneys',
  caseTimeline: 'Timeline',
  /** Where the claimant was, when the case is not a claim for refuge (outcome "not sought"). */
  caseCountry: 'Country',
  caseLine: (outcome: string, forum: string | null, country: string, refugeLabel: string) =>
    `outcome: ${outcome}${forum === null ? '' : ` · forum: ${forum}`} · ${refugeLabel.toLowerCase()}: ${country}`,

  qualifier: {
    exact: '',
    approximate: 'about',
    'at-least': 'at least',
    'more-than': 'more than',
    nearly: 'nearly',
    'less-than': 'less than',
  } satisfies Record<FigureQualifier, string>,
  /** The article's own hedge words, as the reader's language says them. */
  textHedge: {
    'an estimated': 'an estimated',
    approximately: 'approximately',
    'more than': 'more than',
    'fewer than': 'fewer than',
    'less than': 'less than',
    'at least': 'at least',
    'at most': 'at most',
    roughly: 'roughly',
    nearly: 'nearly',
    almost: 'almost',
    around: 'around',
    about: 'about',
    'up to': 'up to',
    some: 'some',
    over: 'over',
  } satisfies Record<TextHedge, string>,
  /** Units of figures in the reader's language; a unit not listed is shown as the archive writes it. */
  units: {} as Readonly<Record<string, string>>,
  /** Labels of the facts the articles state about people; an attribute not listed is shown as written. */
  factLabels: {} as Readonly<Record<string, string>>,
  figureCounts: 'What it counts',
  figureScope: 'Scope',
  figurePeriod: 'Period',
  figureNoPeriod: 'not stated',
  figureSentence: 'The sentence it comes from',
  figureSource: 'Source',

  aboutTitle: 'About asylum-archive',
  aboutDescription:
    'A searchable, cited archive of reporting on Mexican police officers and others who fled cartel violence and sought asylum in the United States or Canada.',
  aboutVersions: 'Versions',
  aboutDataset: 'dataset',
  aboutCounts: 'In the archive',
  aboutCount: {
    articles: 'articles',
    people: 'people',
    organizations: 'organisations',
    places: 'places',
    cases: 'cases',
    figures: 'figures',
    quotes: 'quotes',
  },
  aboutArticleCount: (count: number) => (count === 1 ? '1 article' : `${count} articles`),
  aboutAttribution: 'Attribution',
  aboutAttributionText:
    'The reporting belongs to its outlets; every article card carries the page’s rights note. Summaries, people, cases and timelines are the archive’s curation, and every fact points to the words of an article.',

  helpTitle: 'How to use asylum-archive',
  helpIntro:
    'Search the reporting and look up what it says about people, cases and numbers. Every fact is cited.',
  helpCommands: 'Commands',
  helpSyntax: 'Search syntax',
  helpSyntaxText: [
    '`juarez denied` — passages with these words (accents, plurals and Spanish ↔ English are matched)',
    '`"immigration judge"` — an exact phrase',
    '`-canada` — leave out passages with a word',
    '`outlet:"texas observer"` `author:becker` `person:alarcon` `place:juarez` `country:mx` — who and where',
    '`year:2010` `year:2009..2011` `after:2010-06` `before:2019-03-22` — when (YYYY, YYYY-MM or YYYY-MM-DD)',
    '`outcome:denied` (granted, denied, pending, appealed, withdrawn, not-sought) `topic:…` — what',
    '`type:article` (also person, case, figure, quote) — only passages of that kind; one best passage per article',
    'Field names in Spanish work too: `medio:` `autor:` `persona:` `lugar:` `país:` `año:` `desde:` `hasta:` `resultado:denegado` `tema:` `tipo:cita`',
  ],
  helpHide: (search: string) => `Add the \`hide\` option to ${search} to see the results on your own.`,
  browseTitle: 'Browse the archive',
  browseIntro: 'Choose a value in a menu below to list its records, a page at a time.',
  browseFieldTitle: {
    outcome: 'Cases by outcome',
    role: 'People by role',
    topic: 'Figures by the topic of their article',
  },
  browseChoose: {
    outcome: 'Cases with the outcome…',
    role: 'People in the role…',
    topic: 'Figures on the topic…',
  },
  browseListTitle: {
    outcome: (value: string) => `Cases with the outcome: ${value}`,
    role: (value: string) => `People in the role: ${value}`,
    topic: (value: string) => `Figures from articles on ${value}`,
  },
  browseCount: {
    article: (shown: string, count: number) => (count === 1 ? '1 article' : `${shown} articles`),
    person: (shown: string, count: number) => (count === 1 ? '1 person' : `${shown} people`),
    case: (shown: string, count: number) => (count === 1 ? '1 case' : `${shown} cases`),
    figure: (shown: string, count: number) => (count === 1 ? '1 figure' : `${shown} figures`),
  } satisfies Record<EntityKind, (shown: string, count: number) => string>,
  browseNothing: 'Nothing recorded yet.',
  browseOneAtATime: (options: string) => `Choose one of ${options} at a time.`,
  browseUnknown: (option: string, text: string) => `No ${option} is called “${text}”: choose one below.`,
};

export type Messages = typeof en;

const es: Messages = {
  unknownCommand: (name, help) => `No existe el comando /${name}. Escribe ${help} para ver lo que sé hacer.`,
  staleButton: (search) =>
    `Este botón ya no funciona: los resultados a los que apuntaba han cambiado. Vuelve a usar ${search}.`,
  unknownButton: 'Este botón ya no es mío. Vuelve a usar el comando.',
  internalError: (reference) =>
    `Algo falló por mi parte, lo siento. Si vuelve a pasar, menciona la referencia \`${reference}\`.`,
  missingOption: (option) => `La opción \`${option}\` es obligatoria.`,
  wrongOptionType: (option, expected) => `La opción \`${option}\` debe ser ${expected}.`,
  expectedType: { string: 'texto', integer: 'un número entero', boolean: 'sí o no', user: 'un usuario' },
  outOfRange: (option, min, max) => `La opción \`${option}\` debe estar entre ${min} y ${max}.`,
  emptyOption: (option) => `La opción \`${option}\` está vacía: escribe lo que buscas.`,
  moreItems: (count) => `…y ${count} más`,
  notFound: (kind, text) => {
    const none = {
      article: 'ningún artículo',
      person: 'ninguna persona',
      case: 'ningún caso',
      figure: 'ninguna cifra',
    };
    return `En el archivo no hay ${none[kind]} que coincida con «${text}».`;
  },
  didYouMean: (options) => `¿Quisiste decir ${options}?`,
  startOffer:
    'Nada se parece. Debajo están los más citados; o escribe las primeras letras de un nombre y elige una sugerencia (Tab en la terminal), o prueba /buscar.',
  chooseOffer: 'Debajo están los registros más parecidos: elige uno.',
  alsoMatching: (list) => `También coinciden: ${list}`,
  or: 'o',

  dateUnknown: 'fecha desconocida',
  inferred: 'deducida',
  undated: 'sin fecha',

  searchTitle: 'Resultados de la búsqueda',
  searchQuery: (query) => `Resultados para «${query}»`,
  searchRange: (from, to, total) => `${from}–${to} de ${total} pasajes`,
  searchPage: (page, pages) => `página ${page} de ${pages}`,
  searchNoResults: (query) => `Nada en el archivo coincide con «${query}».`,
  searchTips:
    'Prueba con menos palabras u otras, revisa la ortografía, quita un filtro o busca en español o en inglés (asilo = asylum).',
  searchSyntaxError: 'No se puede leer esa consulta:',
  searchSyntaxHelp:
    'Sintaxis: palabras, "frase exacta", -excluir, campo:valor (medio, autor, persona, lugar, año, desde, hasta, resultado, país, tema, tipo; o sus nombres en inglés).',
  searchRefine: 'Afinar',
  searchFacet: {
    outlet: 'medio',
    author: 'autor',
    year: 'año',
    person: 'persona',
    place: 'lugar',
    outcome: 'resultado',
    country: 'país',
    topic: 'tema',
  },
  searchPrevious: 'Anterior',
  searchNext: 'Siguiente',
  searchTooLongToPage:
    'Esta consulta es demasiado larga para pasar de página con botones; acórtala para ver más.',
  messageWithoutText: 'Ese mensaje no tiene texto que buscar.',
  searchCount: (from, to, total, count) =>
    count === 1
      ? '1 pasaje'
      : from === '1' && to === total
        ? `${total} pasajes`
        : `pasajes ${from}–${to} de ${total}`,
  searchInContext: (number) => `Leer el ${number} en contexto`,
  searchRefinePlaceholder: (field) => `Afinar por ${field}…`,
  readingCited: 'Lo que el archivo cita de estos párrafos',
  readingPage: (page, pages) => `página ${page} de ${pages}`,
  readingParagraph: (paragraph, total) => `párrafo ${paragraph} de ${total}`,
  readingInContext: 'El pasaje en contexto, con los párrafos de alrededor',
  readingReadOn: 'Leer el artículo desde aquí',
  articleRead: 'Leer el artículo',

  articleOutlet: 'Medio',
  articleVia: (name) => `vía ${name}`,
  articlePublished: 'Publicado',
  articleAuthors: 'Autores',
  articleNoAuthors: 'sin firma en la página',
  articleSummary: 'Resumen escrito por los curadores del archivo',
  articlePeople: 'Personas',
  articleKeyFigures: 'Cifras clave',
  articleLink: 'Enlace',
  articleNoLink: 'Sin enlace conocido: la página guardada no indica su dirección.',
  articleRights: 'Derechos y atribución',
  articleNotes: 'Notas',
  articleEditorialTitle: 'El título es de los curadores: la página guardada perdió su titular.',
  articleTruncated: 'La página guardada está cortada, así que el texto termina antes.',
  articleParagraphs: (count) => `${count} párrafos`,

  role: {
    officer: 'agente de policía',
    attorney: 'abogado/a',
    judge: 'juez/a',
    activist: 'activista',
    official: 'funcionario/a',
    reporter: 'periodista',
    businessperson: 'empresario/a',
    informant: 'informante',
    politician: 'político/a',
    other: 'otro',
  },
  topics: Object.assign(Object.create(null) as Record<string, string>, {
    asylum: 'asilo',
    police: 'policía',
    canada: 'Canadá',
    'human-rights': 'derechos humanos',
    'immigration-court': 'tribunales de inmigración',
    'immigration-detention': 'detención migratoria',
    'drug-violence': 'violencia del narcotráfico',
    statistics: 'estadísticas',
    cartels: 'cárteles',
    appeals: 'apelaciones',
    deportation: 'deportación',
  }),
  personRole: 'Papel',
  personAlsoCalled: 'También llamado/a',
  personFacts: 'Datos',
  personCases: 'Casos',
  personAsClaimant: 'solicitante',
  personAsAttorney: 'abogado/a',
  personAppearances: 'Aparece en',
  personMentions: (count) => (count === 1 ? '1 mención' : `${count} menciones`),
  personQuotes: 'Citas',
  personQuoteTo: (name) => `a ${name}`,
  personFullTimeline: (command) => `cronología completa: ${command}`,
  sources: 'Fuentes',

  outcome: {
    granted: 'concedido',
    denied: 'denegado',
    pending: 'pendiente',
    appealed: 'apelado',
    withdrawn: 'retirado',
    'not-sought': 'no solicitado',
  },
  forum: {
    'immigration-court': 'tribunal de inmigración',
    'court-of-appeals': 'tribunal federal de apelaciones',
    'canada-refugee-board': 'junta de refugiados de Canadá',
    'border-detention': 'detención en la frontera',
    unknown: 'no consta',
  },
  caseClaimant: 'Solicitante',
  caseRefugeCountry: 'Buscó refugio en',
  caseForum: 'Instancia',
  caseOutcome: 'Resultado',
  caseNoOutcome: 'no consta',
  caseAttorneys: 'Abogados',
  caseTimeline: 'Cronología',
  caseCountry: 'País',
  caseLine: (outcome, forum, country, refugeLabel) =>
    `resultado: ${outcome}${forum === null ? '' : ` · instancia: ${forum}`} · ${refugeLabel.toLowerCase()}: ${country}`,

  qualifier: {
    exact: '',
    approximate: 'unos',
    'at-least': 'al menos',
    'more-than': 'más de',
    nearly: 'casi',
    'less-than': 'menos de',
  },
  textHedge: {
    'an estimated': 'unos',
    approximately: 'aproximadamente',
    'more than': 'más de',
    'fewer than': 'menos de',
    'less than': 'menos de',
    'at least': 'al menos',
    'at most': 'como mucho',
    roughly: 'aproximadamente',
    nearly: 'casi',
    almost: 'casi',
    around: 'alrededor de',
    about: 'unos',
    'up to': 'hasta',
    some: 'unos',
    over: 'más de',
  },
  units: {
    cases: 'casos',
    children: 'hijos',
    deaths: 'muertes',
    grants: 'concesiones',
    hours: 'horas',
    incidents: 'incidentes',
    months: 'meses',
    officers: 'agentes',
    people: 'personas',
    residents: 'habitantes',
    troops: 'soldados',
    years: 'años',
  },
  factLabels: {
    age: 'edad',
    client: 'cliente',
    family: 'familia',
    injury: 'herida',
    office: 'cargo',
    position: 'cargo',
    practice: 'ejercicio profesional',
    'police service': 'servicio policial',
    rank: 'rango',
    'reason for fleeing': 'motivo de la huida',
    'took office': 'asumió el cargo',
  },
  figureCounts: 'Qué cuenta',
  figureScope: 'Ámbito',
  figurePeriod: 'Periodo',
  figureNoPeriod: 'no consta',
  figureSentence: 'La frase de la que sale',
  figureSource: 'Fuente',

  aboutTitle: 'Acerca de asylum-archive',
  aboutDescription:
    'Un archivo consultable y citado de reportajes sobre policías mexicanos y otras personas que huyeron de la violencia de los cárteles y pidieron asilo en Estados Unidos o Canadá.',
  aboutVersions: 'Versiones',
  aboutDataset: 'datos',
  aboutCounts: 'En el archivo',
  aboutCount: {
    articles: 'artículos',
    people: 'personas',
    organizations: 'organizaciones',
    places: 'lugares',
    cases: 'casos',
    figures: 'cifras',
    quotes: 'citas',
  },
  aboutArticleCount: (count) => (count === 1 ? '1 artículo' : `${count} artículos`),
  aboutAttribution: 'Atribución',
  aboutAttributionText:
    'Los reportajes pertenecen a sus medios; cada ficha de artículo indica los derechos de la página. Los resúmenes, personas, casos y cronologías son curaduría del archivo, y cada dato remite a las palabras de un artículo.',

  helpTitle: 'Cómo usar asylum-archive',
  helpIntro:
    'Busca en los reportajes y consulta lo que dicen sobre personas, casos y cifras. Cada dato está citado.',
  helpCommands: 'Comandos',
  helpSyntax: 'Sintaxis de búsqueda',
  helpSyntaxText: [
    '`juarez negado` — pasajes con estas palabras (se igualan acentos, plurales y español ↔ inglés)',
    '`"immigration judge"` — una frase exacta',
    '`-canada` — excluye los pasajes con una palabra',
    '`medio:"texas observer"` `autor:becker` `persona:alarcon` `lugar:juarez` `país:mx` — quién y dónde',
    '`año:2010` `año:2009..2011` `desde:2010-06` `hasta:2019-03-22` — cuándo (AAAA, AAAA-MM o AAAA-MM-DD)',
    '`resultado:denegado` (concedido, denegado, pendiente, apelado, retirado, no-solicitado) `tema:…` — qué',
    '`tipo:artículo` (también persona, caso, cifra, cita) — solo pasajes de ese tipo; el mejor pasaje de cada artículo',
    'Los campos también se escriben en inglés: `outlet:` `author:` `person:` `place:` `country:` `year:` `after:` `before:` `outcome:denied` `topic:` `type:quote`',
  ],
  helpHide: (search) => `Añade la opción \`ocultar\` a ${search} para ver los resultados solo tú.`,
  browseTitle: 'Explorar el archivo',
  browseIntro: 'Elige un valor en un menú de abajo para ver sus registros, página a página.',
  browseFieldTitle: {
    outcome: 'Casos por resultado',
    role: 'Personas por papel',
    topic: 'Cifras por el tema de su artículo',
  },
  browseChoose: {
    outcome: 'Casos con el resultado…',
    role: 'Personas con el papel…',
    topic: 'Cifras sobre el tema…',
  },
  browseListTitle: {
    outcome: (value) => `Casos con el resultado: ${value}`,
    role: (value) => `Personas con el papel: ${value}`,
    topic: (value) => `Cifras de artículos sobre ${value}`,
  },
  browseCount: {
    article: (shown, count) => (count === 1 ? '1 artículo' : `${shown} artículos`),
    person: (shown, count) => (count === 1 ? '1 persona' : `${shown} personas`),
    case: (shown, count) => (count === 1 ? '1 caso' : `${shown} casos`),
    figure: (shown, count) => (count === 1 ? '1 cifra' : `${shown} cifras`),
  },
  browseNothing: 'Nada registrado todavía.',
  browseOneAtATime: (options) => `Elige solo uno de ${options} a la vez.`,
  browseUnknown: (option, text) => `Ningún valor de ${option} se llama «${text}»: elige uno abajo.`,
};

const catalogue: Record<BotLocale, Messages> = { en, es };

/** An article topic in the reader's words: the catalogue's name for it, else the archive's own, hyphens as spaces. */
export function topicName(topic: string, messages: Pick<Messages, 'topics'>): string {
  return messages.topics[topic] ?? topic.replaceAll('-', ' ');
}

export function messagesFor(locale: BotLocale): Messages {
  return catalogue[locale];
}
