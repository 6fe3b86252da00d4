import { parsePrintedDate } from './parse-date';

/*
 * A dateline that carries its date ("TIJUANA, BAJA CALIFORNIA, A 18 DE NOVIEMBRE DE 2021.- Policías…",
 * "MEXICO CITY, March 3, 2019 — The…"): Mexican and Spanish-language papers date their stories this way.
 * The dateline stays in the story's first paragraph; only its date is read.
 */
const DATELINE_WITH_DATE =
  /^(?<place>[^\s,.:;][^,.:;]{0,40}(?:,\s*[^,.:;]{2,40}){0,2}),?\s+(?:a\s+|el\s+)?(?<date>\d{1,2}\s+(?:de\s+)?\p{L}{3,10}\.?\s+(?:de|del)\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4})\s*(?:\.-|\.?\s*[—–]|\s-\s)/iu;

/**
 * The Spanish-language press's dateline, closed by its own mark ".-": with that mark the place may be in any case
 * and hold an abbreviation or a semicolon ("ACAPULCO, Gro., 26 mayo 2014.-", "México, 8 de septiembre de 2017.-",
 * "Tuxtla Gutiérrez; 12/Noviembre/2021.-"), and the date may lack "de" or be set with slashes.
 */
const MARKED_DATELINE =
  /^(?<place>\p{Lu}[^\d!?¿¡"“”]{0,60}?)\s*[,;]\s*(?:a\s+|el\s+)?(?<date>\d{1,2}(?:\s+de\s+|\s+|\/)\p{L}{3,10}\.?(?:\s+del?\s+|\s+|\/)\d{4})\s*\.-/u;
/** A place is a few words: a town, its state, its country. */
const MAX_PLACE_WORDS = 6;

/** The ISO date of the dateline opening `paragraph` and the dateline as printed, or null. */
export function datelineDate(paragraph: string): { date: string; dateline: string } | null {
  const text = paragraph.trim();
  const match = DATELINE_WITH_DATE.exec(text);
  const place = match?.groups?.place ?? '';
  const printed = match?.groups?.date;
  // The place is set in capitals, as datelines are; a sentence that opens with a date is not a dateline.
  if (match && printed && place === place.toUpperCase() && /\p{Lu}{3}/u.test(place)) {
    const date = parsePrintedDate(printed.toLowerCase());
    if (date) return { date, dateline: match[0].trim() };
  }
  const marked = MARKED_DATELINE.exec(text);
  const markedPlace = marked?.groups?.place ?? '';
  const markedDate = marked?.groups?.date;
  if (!marked || !markedDate || markedPlace.split(/\s+/).length > MAX_PLACE_WORDS) return null;
  const date = parsePrintedDate(markedDate.replace(/\//g, ' ').toLowerCase());
  return date ? { date, dateline: marked[0].trim() } : null;
}
