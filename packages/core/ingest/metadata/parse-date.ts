/**
 * Reads the date forms pages print ("mar 22, 2019", "March 20, 2019", "22 March 2019", "2019-03-22", "20190322",
 * "Mon Aug 03 12:45:00 EDT 2015", "Thu, 06 Oct 2011 08:10:27 EST", "Thu, Dec 25 2014 16:57:37 +0000", "Fri, 01/12/2024").
 */

/** Keyed by page text, so a Map: "constructor" or "__proto__" are not months. */
const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['may', 5],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
  ['ene', 1],
  ['abr', 4],
  ['ago', 8],
  ['dic', 12],
  ['set', 9],
]);

/** Weekdays by their first three letters, English and Spanish (Sunday is 0, as Date.getUTCDay counts). */
const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sun', 0],
  ['mon', 1],
  ['tue', 2],
  ['wed', 3],
  ['thu', 4],
  ['fri', 5],
  ['sat', 6],
  ['dom', 0],
  ['lun', 1],
  ['mar', 2],
  ['mié', 3],
  ['mie', 3],
  ['jue', 4],
  ['vie', 5],
  ['sáb', 6],
  ['sab', 6],
]);

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTHS.get(key.slice(0, 3)) ?? (key.startsWith('sept') ? 9 : undefined);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day?: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A weekday written out, by which a stamp may open ("Thursday, …", "jueves, …"). */
const WEEKDAY_NAME =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)$/iu;
/** A clock after a printed date: "3:21 PM PDT", "9:11pm", "10:21", "08:10:27 EST" (a program's date keeps its own). */
const TRAILING_CLOCK =
  /^(.*[\p{L}./]\d{0,2}.*\d{4})(?:,|\s+[-–—|])?\s+(?:at\s+|a las\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|h)?(?:\s+\p{Lu}{2,5})?$/iu;
/** A weekday's abbreviation and a comma before a date that names its month ("Tue, Nov 12, 2021"). */
const ABBREVIATED_WEEKDAY = /^(\p{L}{3}),\s+(?=\p{L}{3})/u;

function withoutClockOrWeekday(value: string): string {
  const clock = TRAILING_CLOCK.exec(value);
  if (clock?.[1] && !/^\p{L}{3},?\s+(?:\d{1,2}\s+)?\p{L}{3}\s/u.test(value)) return clock[1].trim();
  const weekday = /^(\p{L}+),?\s+(?=\S)/u.exec(value);
  if (weekday?.[1] && WEEKDAY_NAME.test(weekday[1])) return value.slice(weekday[0].length);
  const short = ABBREVIATED_WEEKDAY.exec(value);
  if (short?.[1] && WEEKDAYS.has(short[1].toLowerCase()) && monthNumber(short[1]) === undefined)
    return value.slice(short[0].length);
  return value;
}

/**
 * The ISO date (YYYY-MM-DD, or YYYY-MM when the page gives no day) a printed date stands for, or null when
 * it is not a real calendar date. Never guesses a missing year.
 */
export function parsePrintedDate(text: string): string | null {
  const value = text.trim();
  // A stamp's clock after its date ("August 18, 2010 3:21 PM PDT", "December 29 2014 9:11pm") or its weekday
  // before it ("Thursday, August 18, 2010", "jueves, 9 de enero de 2014"): the date is what is left.
  const dated = withoutClockOrWeekday(value);
  const bare = dated === value ? null : parsePrintedDate(dated);
  if (bare !== null) return bare;
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  // A court's compact date field ("Date: 20100218").
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  // "Fri, 01/12/2024": the weekday tells which number is the day, when only one order falls on it.
  match = /^(\p{L}{3,9})\.?,?\s+(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(value);
  if (match) {
    const weekday = WEEKDAYS.get((match[1] ?? '').toLowerCase().slice(0, 3));
    const [first, second, year] = [Number(match[2]), Number(match[3]), Number(match[4])];
    const fits = [isoDate(year, first, second), isoDate(year, second, first)].filter(
      (date): date is string => date !== null && new Date(`${date}T00:00:00Z`).getUTCDay() === weekday,
    );
    return weekday !== undefined && new Set(fits).size === 1 ? (fits[0] ?? null) : null;
  }
  // "07/31/2011": read only when a number above 12 fixes which is the day; "03/04/2011" stays unread.
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (first === second) return isoDate(year, first, second);
    if (first > 12) return isoDate(year, second, first);
    if (second > 12) return isoDate(year, first, second);
    return null;
  }
  match = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(value);
  if (match) {
    const month = monthNumber(match[1] ?? '');
    return month === undefined ? null : isoDate(Number(match[3]), month, Number(match[2]));
  }
  // "07.12.2017": a date with full stops is written day first wherever it is used.
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  // "10 de agosto de 2022", and in a caption's capitals "10 DE AGOSTO DE 2022".
  match = /^(\d{1,2})\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:del?\s+)?(\d{4})$/iu.exec(value);
  if (match) {
    const month = monthNumber(match[2] ?? '');
    return month === undefined ? null : isoDate(Number(match[3]), month, Number(match[1]));
  }
  // A date as programs print one: "Mon Aug 03 12:45:00 EDT 2015" (a clock and a zone between day and year), and
  // "Thu, 06 Oct 2011 08:10:27 EST" (RFC 2822, day first).
  match =
    /^(?:\p{L}{3},?\s+)?(\p{L}{3})\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:\p{Lu}{2,5}\s+)?(\d{4})$/u.exec(
      value,
    );
  if (match) {
    const month = monthNumber(match[1] ?? '');
    return month === undefined ? null : isoDate(Number(match[3]), month, Number(match[2]));
  }
  // "Thu, Dec 25 2014 16:57:37 +0000": a program's date with the month first and the clock after the year.
  match =
    /^\p{L}{3},?\s+(\p{L}{3})\s+(\d{1,2})\s+(\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:[+-]\d{4}|\p{Lu}{1,5}))?$/u.exec(
      value,
    );
  if (match) {
    const month = monthNumber(match[1] ?? '');
    return month === undefined ? null : isoDate(Number(match[3]), month, Number(match[2]));
  }
  match =
    /^\p{L}{3},\s+(\d{1,2})\s+(\p{L}{3})\s+(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:[+-]\d{4}|\p{Lu}{1,5}))?)?$/u.exec(
      value,
    );
  if (match) {
    const month = monthNumber(match[2] ?? '');
    return month === undefined ? null : isoDate(Number(match[3]), month, Number(match[1]));
  }
  match = /^(\p{L}+)\.?,?\s+(\d{4})$/u.exec(value);
  if (match) {
    const month = monthNumber(match[1] ?? '');
    return month === undefined ? null : isoDate(Number(match[2]), month);
  }
  return null;
}

/**
 * The day a page's own address carries in its path ("/2017/03/09/", "/2014/sep/25/"), as YYYY-MM-DD, or null. Only
 * a full, valid day between two slashes: an address with a year alone dates nothing.
 */
export function dateInAddress(url: string): string | null {
  const match = /\/((?:19|20)\d\d)\/(\d\d|[a-z]{3})\/(\d\d)\//i.exec(url.replace(/[?#].*$/, ''));
  if (!match) return null;
  const [, year = '', monthPart = '', day = ''] = match;
  const month = /^\d\d$/.test(monthPart) ? Number(monthPart) : (monthNumber(monthPart) ?? 0);
  if (month < 1 || month > 12) return null;
  return parsePrintedDate(`${year}-${String(month).padStart(2, '0')}-${day}`);
}
