import { fold } from '../search/analysis/fold';
import { editDistance, maxTypos } from '../search/fuzzy';
/*
 * The closed vocabularies of the schema as plain constants. The zod schemas are built from them, and code
 * that only needs the values (search facets, the query syntax) imports these instead of zod, which costs
 * more to load than everything else a first search needs.
 */

export const PERSON_ROLES = [
  'officer',
  'attorney',
  'judge',
  'activist',
  'official',
  'reporter',
  'businessperson',
  'informant',
  'politician',
  'other',
] as const;

export const ORGANIZATION_KINDS = [
  'outlet',
  'agency',
  'court',
  'cartel',
  'government',
  'military',
  'police',
  'ngo',
  'university',
  'other',
] as const;

export const PLACE_KINDS = ['city', 'town', 'state', 'country', 'region', 'facility'] as const;

/** What kind of text an article is, so a reader knows whether they are reading reporting or a ruling. */
export const ARTICLE_GENRES = [
  'news-report',
  'court-opinion',
  'blog-post',
  'government-page',
  'organization-page',
] as const;

export const OUTCOMES = ['granted', 'denied', 'pending', 'appealed', 'withdrawn', 'not-sought'] as const;

type OutcomeName = (typeof OUTCOMES)[number];

/**
 * The words people type for each outcome, in English and Spanish, folded (lower case, no accents, spaces for
 * hyphens): `outcome:rejected` and `outcome:negado` mean `denied`. The one list core's filters and the query
 * syntax read. No word stands for two outcomes, so a typo corrected through it never lands on the opposite one.
 */
export const OUTCOME_WORDS: { readonly [outcome in OutcomeName]: readonly string[] } = {
  granted: [
    'granted',
    'grant',
    'grants',
    'approved',
    'accepted',
    'won',
    'otorgado',
    'otorgada',
    'otorgo',
    'concedido',
    'concedida',
    'concedio',
    'aprobado',
    'aprobada',
    'aceptado',
    'aceptada',
  ],
  denied: [
    'denied',
    'deny',
    'denies',
    'denial',
    'rejected',
    'reject',
    'rejection',
    'refused',
    'lost',
    'failed',
    'negado',
    'negada',
    'nego',
    'denegado',
    'denegada',
    'denego',
    'rechazado',
    'rechazada',
    'rechazo',
  ],
  pending: ['pending', 'waiting', 'awaiting', 'undecided', 'limbo', 'pendiente', 'en espera', 'espera'],
  appealed: [
    'appealed',
    'appeal',
    'appeals',
    'apelado',
    'apelada',
    'apelo',
    'apelacion',
    'recurrido',
    'recurrida',
  ],
  withdrawn: [
    'withdrawn',
    'withdrew',
    'abandoned',
    'dropped',
    'retirado',
    'retirada',
    'desistido',
    'abandonado',
  ],
  'not-sought': ['not sought', 'never sought', 'not requested', 'no solicitado', 'no solicitada'],
};

const outcomeKey = (text: string) =>
  fold(text)
    .trim()
    .split(/[\s_-]+/)
    .join(' ');
let byWord: ReadonlyMap<string, OutcomeName> | undefined;
/** Each outcome's words by their key, made on first use: importing the package need not fold them all. */
const outcomesByWord = (): ReadonlyMap<string, OutcomeName> => {
  byWord ??= new Map(
    OUTCOMES.flatMap((outcome) =>
      [outcome, ...OUTCOME_WORDS[outcome]].map((word) => [outcomeKey(word), outcome] as const),
    ),
  );
  return byWord;
};

/**
 * The outcome a word names, case, accents, hyphens and spacing aside (`Rechazado` → `denied`, `not_sought` →
 * `not-sought`); undefined for a word that names none.
 */
export function outcomeOf(word: string): OutcomeName | undefined {
  return typeof word === 'string' ? outcomesByWord().get(outcomeKey(word)) : undefined;
}

/**
 * The outcome a mistyped word most likely means (`rejectd` → `denied`), found through every word of every
 * outcome; undefined when no word is within a typo or two of it, rather than a guess that might be the
 * opposite of what was meant.
 */
export function nearestOutcome(word: string): OutcomeName | undefined {
  const typed = typeof word === 'string' ? outcomeKey(word) : '';
  if (!typed) return undefined;
  const exact = outcomesByWord().get(typed);
  if (exact) return exact;
  const max = maxTypos(typed.length);
  let best: OutcomeName | undefined;
  let bestDistance = max + 1;
  for (const [candidate, outcome] of outcomesByWord()) {
    const distance = editDistance(typed, candidate, max);
    if (distance < bestDistance) [best, bestDistance] = [outcome, distance];
    // Two outcomes equally near: no single answer, so none.
    else if (distance === bestDistance && outcome !== best) best = undefined;
  }
  return bestDistance <= max ? best : undefined;
}

export const FORUMS = [
  'immigration-court',
  'court-of-appeals',
  'canada-refugee-board',
  'border-detention',
  'unknown',
] as const;

export const FIGURE_QUALIFIERS = [
  'exact',
  'approximate',
  'at-least',
  'more-than',
  'nearly',
  'less-than',
] as const;

/** YYYY, YYYY-MM or YYYY-MM-DD with a month from 01 to 12 and a day from 01 to 31. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD naming a day the calendar has: 2008-02-29 yes, 2008-02-30 and 2009-02-29 no. */
export function isPartialDate(text: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(text)) return false;
  if (text.length < 10) return true;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  // Day 0 of the next month is the last day of this one (months are 0-based in Date.UTC).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * How a date is known: the first words of every `basis`, before a colon and the evidence. A date is never
 * a guess: it is stated, inferred from named words, or unknown.
 */
export const DATE_BASES = [
  'stated on the page',
  'inferred from text',
  'inferred from the address',
  'from other reporting',
  'unknown',
] as const;

/**
 * How an article's address is known: `stated on the page` (the saved page shows it), or `checked at the
 * address` (the page at that address was found and carries the same text; the evidence says what matched).
 */
export const URL_BASES = ['stated on the page', 'checked at the address'] as const;
