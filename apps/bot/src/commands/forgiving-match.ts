import type { SearchHit } from '@asylum-archive/core';
import { type Candidate, candidatesFor } from '../autocomplete/candidates';
import { fold } from '../autocomplete/fold';
import type { EntityKind } from '../i18n/messages';
import type { CommandContext } from './command-context';

/** Words of a question that name nothing: "who is", "how many", "quién es", "cuántos"… */
const QUESTION_WORDS = new Set(
  (
    'who whos what which how many much is are was were the a an of in on to did does do about tell me ' +
    'quien quienes que cual cuantos cuantas cuanto es son fue fueron el la los las un una de del en sobre dime'
  ).split(' '),
);

/** Edits allowed between a typed word and a record's word: none for short words, more for long ones. */
function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/** Damerau–Levenshtein (optimal string alignment) distance, stopping early once above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j += 1) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/** Whether a typed word is one of the record's words, a prefix of one, or one with a typo. */
function wordMatches(token: string, words: readonly string[]): boolean {
  const edits = allowedEdits(token);
  return words.some(
    (word) =>
      word.startsWith(token) ||
      (edits > 0 && editDistance(token, word.slice(0, Math.max(word.length, token.length)), edits) <= edits),
  );
}

export type ForgivingMatch = { candidates: Candidate[]; certain: boolean };

/**
 * The records a loosely typed name or question most likely means, best first, when the strict matching
 * autocomplete uses finds nothing: question words are dropped, each word may have a typo ("duran
 * rodriges"), and, as a last resort, the search engine (which knows Spanish and synonyms: "policías
 * asesinados") names the passages, and the records that cite or mention them are offered. `certain` is true
 * when exactly one record matches every word.
 */
export function forgivingMatch(kind: EntityKind, typed: string, context: CommandContext): ForgivingMatch {
  const candidates = candidatesFor(kind, context);
  const tokens = fold(typed)
    .split(' ')
    .filter((token) => token !== '' && !QUESTION_WORDS.has(token));
  if (tokens.length === 0) return { candidates: [], certain: false };

  const scored = candidates
    .map((candidate) => ({
      candidate,
      matched: tokens.filter((token) => wordMatches(token, candidate.words)).length,
    }))
    .filter(({ matched }) => matched > 0)
    .sort((a, b) => b.matched - a.matched || a.candidate.popularity - b.candidate.popularity);
  const complete = scored.filter(({ matched }) => matched === tokens.length);
  if (complete.length > 0)
    return { candidates: complete.map(({ candidate }) => candidate), certain: complete.length === 1 };

  const cited = recordsInPassages(
    kind,
    context.archive.search(tokens.join(' '), { limit: 10 }).hits,
    context,
  );
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const fromSearch = cited.flatMap((id) => byId.get(id) ?? []);
  const partial = scored.map(({ candidate }) => candidate);
  return { candidates: [...new Set([...fromSearch, ...partial])], certain: false };
}

/** The records of a kind that cite (or, for people, mention) the passages the engine found, by rank. */
function recordsInPassages(kind: EntityKind, hits: readonly SearchHit[], context: CommandContext): string[] {
  const { data } = context;
  const ids: string[] = [];
  const inHit = (articleId: string, excerpt: string) =>
    hits.some((hit) => hit.articleId === articleId && hit.text.includes(excerpt));
  switch (kind) {
    case 'article':
      ids.push(...hits.map((hit) => hit.articleId));
      break;
    case 'figure':
      for (const figure of data.figures)
        if (inHit(figure.citation.articleId, figure.citation.excerpt)) ids.push(figure.id);
      break;
    case 'case':
      for (const record of data.cases)
        if (record.events.some((event) => inHit(event.citation.articleId, event.citation.excerpt)))
          ids.push(record.id);
      break;
    case 'person':
      for (const person of data.people)
        if (
          person.mentions.some((mention) =>
            hits.some(
              (hit) =>
                mention.field === 'paragraph' &&
                hit.articleId === mention.articleId &&
                hit.paragraphIndex === mention.index,
            ),
          )
        )
          ids.push(person.id);
      break;
  }
  return ids;
}
