import type { DateBasis } from '../metadata/propose-date';
import type { CorpusPage } from './corpus';

/*
 * How one ingested page compares with what the maintainer expects. Pure: the draft's fields in, the counts
 * the eval prints out. Text is compared after collapsing runs of ordinary whitespace (a no-break space is a
 * character of the text and must come through).
 */

/** What ingest proposed for a page, in the terms the manifest uses. */
export type IngestResult = {
  ok: boolean;
  title: string | null;
  date: string | null;
  /** What the date rests on (`address`: only the page's own address carries it, an inference). */
  dateFrom: DateBasis;
  /** Names (of known people and of names the archive does not list). */
  authors: string[];
  genre: string | null;
  truncated: boolean | null;
  body: string[];
};

export type PageScore = {
  bodyExact: boolean;
  /** Expected removals found in the body. */
  boilerplateKept: string[];
  /** Sentences of the expected body that are not in the draft's body. */
  sentencesLost: string[];
  sentences: number;
  title: 'right' | 'wrong' | 'not-stated' | 'invented';
  /**
   * `inferred`: a day read from the page's own address on a page that states no date (the manifest's null): neither
   * right nor invented, counted apart. Where the page states a date, an address's day is right or wrong like any.
   */
  date: 'right' | 'wrong' | 'not-stated' | 'invented' | 'inferred';
  /** The proposed day rests only on the page's own address (`dateFrom: 'address'`), whatever the page states. */
  dateFromAddress: boolean;
  authors: 'right' | 'wrong' | 'not-stated' | 'invented';
  genre: 'right' | 'wrong';
  truncated: 'right' | 'wrong' | 'not-stated';
};

const flat = (text: string) => text.replace(/[ \t\r\n]+/g, ' ').trim();
const fold = (text: string) =>
  flat(text)
    .toLowerCase()
    .replace(/[.,;:]+$/, '');

/** Sentences of a paragraph: split after . ! ? (and a closing quote) before a capital or an opening quote. */
export function sentencesOf(paragraph: string): string[] {
  return flat(paragraph)
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“(]?\p{Lu})/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/** "Michael Daly Hawkins" and "HAWKINS" are the same judge: compare by last name, ignoring Jr./Sr. */
export function nameKey(name: string): string {
  const words = flat(name)
    .toLowerCase()
    .replace(/,?\s+(?:jr|sr|ii|iii)\.?$/u, '')
    .split(' ');
  return words.at(-1) ?? '';
}

function compareOptional(
  expected: string | null,
  actual: string | null,
  same: (a: string, b: string) => boolean,
) {
  if (expected === null) return actual === null ? 'not-stated' : 'invented';
  return actual !== null && same(expected, actual) ? 'right' : 'wrong';
}

export function scorePage(page: CorpusPage, result: IngestResult): PageScore {
  const expected = page.expected;
  const body = result.body.map(flat);
  const joined = body.join(' ');
  const boilerplateKept = expected.removed.filter((block) => {
    const text = flat(block);
    // A short block ("Board of Immigration Appeals") may also be words of an article sentence: count it only as a whole paragraph.
    if (text.split(' ').length < 6) return body.includes(text);
    return joined.includes(text);
  });
  const sentences = expected.body.flatMap(sentencesOf);
  const sentencesLost = sentences.filter((sentence) => !joined.includes(sentence));
  const expectedAuthors = [...new Set(expected.authors.map(nameKey))].sort();
  const actualAuthors = [...new Set(result.authors.map(nameKey))].sort();
  const authors =
    expectedAuthors.length === 0
      ? actualAuthors.length === 0
        ? 'not-stated'
        : 'invented'
      : expectedAuthors.join('|') === actualAuthors.join('|')
        ? 'right'
        : 'wrong';
  const dateFromAddress = result.date !== null && result.dateFrom === 'address';
  return {
    bodyExact:
      body.length === expected.body.length && body.every((p, i) => p === flat(expected.body[i] ?? '')),
    boilerplateKept,
    sentencesLost,
    sentences: sentences.length,
    title: compareOptional(expected.title, result.title, (a, b) => fold(a) === fold(b)),
    date:
      expected.date === null && dateFromAddress
        ? 'inferred'
        : compareOptional(expected.date, result.date, (a, b) => a === b),
    dateFromAddress,
    authors,
    genre: result.genre === expected.genre ? 'right' : 'wrong',
    truncated:
      expected.truncated === null
        ? 'not-stated'
        : result.truncated === expected.truncated
          ? 'right'
          : 'wrong',
  };
}

export type HalfSummary = {
  pages: number;
  bodyExact: number;
  boilerplateKept: number;
  sentencesLost: number;
  sentences: number;
  titleRight: number;
  titleStated: number;
  titleInvented: number;
  dateRight: number;
  dateStated: number;
  dateInvented: number;
  /** Days read from the page's own address on pages that state no date: neither right nor invented. */
  dateInferred: number;
  /**
   * Right dates that rest only on the page's own address (the page states the day, but ingest did not read it there):
   * counted among the right ones, and shown apart so that an address never passes for a date read from the page.
   */
  dateRightFromAddress: number;
  authorsRight: number;
  authorsStated: number;
  authorsInvented: number;
  genreRight: number;
  truncatedRight: number;
  truncatedStated: number;
};

export function summarize(scores: readonly PageScore[]): HalfSummary {
  const count = (test: (score: PageScore) => boolean) => scores.filter(test).length;
  return {
    pages: scores.length,
    bodyExact: count((s) => s.bodyExact),
    boilerplateKept: scores.reduce((sum, s) => sum + s.boilerplateKept.length, 0),
    sentencesLost: scores.reduce((sum, s) => sum + s.sentencesLost.length, 0),
    sentences: scores.reduce((sum, s) => sum + s.sentences, 0),
    titleRight: count((s) => s.title === 'right'),
    titleStated: count((s) => s.title === 'right' || s.title === 'wrong'),
    titleInvented: count((s) => s.title === 'invented'),
    dateRight: count((s) => s.date === 'right'),
    dateStated: count((s) => s.date === 'right' || s.date === 'wrong'),
    dateInvented: count((s) => s.date === 'invented'),
    dateInferred: count((s) => s.date === 'inferred'),
    dateRightFromAddress: count((s) => s.date === 'right' && s.dateFromAddress),
    authorsRight: count((s) => s.authors === 'right'),
    authorsStated: count((s) => s.authors === 'right' || s.authors === 'wrong'),
    authorsInvented: count((s) => s.authors === 'invented'),
    genreRight: count((s) => s.genre === 'right'),
    truncatedRight: count((s) => s.truncated === 'right'),
    truncatedStated: count((s) => s.truncated !== 'not-stated'),
  };
}
