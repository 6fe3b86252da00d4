import type { DateStatement } from '@asylum-archive/core';
import { type BotLocale, INTL_LOCALE } from './locale';
import type { Messages } from './messages';

// Intl objects are costly to build and these are used on every reply: one per locale and shape.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<BotLocale, Intl.NumberFormat>();
const regionNames = new Map<BotLocale, Intl.DisplayNames>();
const percentFormats = new Map<BotLocale, Intl.NumberFormat>();
/** Country names already looked up, by locale and code: ICU's lookup costs ≈ 20 µs, a search page asks for several. */
const countryNames = new Map<string, string>();
/** Region codes are two letters or three digits; anything longer is not kept, so the map stays small. */
const MAX_CACHED_CODE = 3;

function dateFormat(locale: BotLocale, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale}:${precision}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone: 'UTC',
      year: 'numeric',
      ...(precision !== 'year' ? { month: 'long' } : {}),
      ...(precision === 'day' ? { day: 'numeric' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** "2010", "January 2010", "March 22, 2019" (or the Spanish forms) from YYYY, YYYY-MM or YYYY-MM-DD. */
export function formatPartialDate(value: string, locale: BotLocale): string {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return value;
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  return dateFormat(locale, precision).format(date);
}

/** A date as the archive knows it: "2010 (inferred)", "March 22, 2019", or "date unknown" — never a guess. */
export function formatDateStatement(date: DateStatement, locale: BotLocale, messages: Messages): string {
  if (date.value === null) return messages.dateUnknown;
  const shown = formatPartialDate(date.value, locale);
  return isInferred(date) ? `${shown} (${messages.inferred})` : shown;
}

/** The curators write "inferred from text: …" when a date rests on reasoning rather than a printed date. */
export function isInferred(date: DateStatement): boolean {
  return date.basis.trim().toLowerCase().startsWith('inferred');
}

/** The year of a dated statement, for one-line labels; null when the date is unknown. */
export function yearOf(date: DateStatement): string | null {
  return date.value?.slice(0, 4) ?? null;
}

// Counts (facets, pages, results) are small whole numbers formatted many times per reply, and even a
// cached Intl.NumberFormat takes about half a microsecond each: each is formatted once per locale.
const SMALL_COUNT_LIMIT = 10_000;
const smallCounts = new Map<BotLocale, string[]>();

export function formatNumber(value: number, locale: BotLocale): string {
  // -0 formats as "-0", so it is not the 0 in the table.
  const small = Number.isInteger(value) && value >= 0 && value < SMALL_COUNT_LIMIT && !Object.is(value, -0);
  if (small) {
    const known = smallCounts.get(locale)?.[value];
    if (known !== undefined) return known;
  }
  let format = numberFormats.get(locale);
  if (format === undefined) {
    // Spanish style guides group from four digits (6.347), where Intl's es-ES default starts at five.
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2, useGrouping: 'always' });
    numberFormats.set(locale, format);
  }
  const text = format.format(value);
  if (small) {
    let texts = smallCounts.get(locale);
    if (texts === undefined) {
      texts = [];
      smallCounts.set(locale, texts);
    }
    texts[value] = text;
  }
  return text;
}

/** "United States" / "Estados Unidos" from "US"; the code itself if the runtime does not know it. */
export function countryName(code: string, locale: BotLocale): string {
  const key = `${locale}:${code}`;
  const known = countryNames.get(key);
  if (known !== undefined) return known;
  const name = lookUpCountryName(code, locale);
  if (code.length <= MAX_CACHED_CODE) countryNames.set(key, name);
  return name;
}

function lookUpCountryName(code: string, locale: BotLocale): string {
  let names = regionNames.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region', fallback: 'code' });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "85 %" / "85%": a percentage with the reader's conventions (the formatter is built once per locale). */
export function formatPercent(value: number, locale: BotLocale): string {
  let format = percentFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'unit', unit: 'percent' });
    percentFormats.set(locale, format);
  }
  return format.format(value);
}
