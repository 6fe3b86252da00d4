import { parsePrintedDate } from './parse-date';

/*
 * A dateline that carries its date ("TIJUANA, BAJA CALIFORNIA, A 18 DE NOVIEMBRE DE 2021.- Policías…",
 * "MEXICO CITY, March 3, 2019 — The…"): Mexican and Spanish-language papers date their stories this way.
 * The dateline stays in the story's first paragraph; only its date is read.
 */
const DATELINE_WITH_DATE =
  /^(?<place>[^\s,.:;][^,.:;]{0,40}(?:,\s*[^,.:;]{2,40}){0,2}),?\s+(?:a\s+|el\s+)?(?<date>\d{1,2}\s+(?:de\s+)?\p{L}{3,10}\.?\s+(?:de|del)\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4})\s*(?:\.-|\.?\s*[—–]|\s-\s)/iu;

/** The ISO date of the dateline opening `paragraph` and the dateline as printed, or null. */
export function datelineDate(paragraph: string): { date: string; dateline: string } | null {
  const match = DATELINE_WITH_DATE.exec(paragraph.trim());
  const place = match?.groups?.place ?? '';
  const printed = match?.groups?.date;
  // The place is set in capitals, as datelines are; a sentence that opens with a date is not a dateline.
  if (!match || !printed || place !== place.toUpperCase() || !/\p{Lu}{3}/u.test(place)) return null;
  const date = parsePrintedDate(printed.toLowerCase());
  return date ? { date, dateline: match[0].trim() } : null;
}
