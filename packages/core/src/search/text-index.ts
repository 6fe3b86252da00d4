import type { Index } from 'flexsearch';
import { indexTerms, rememberTerm, tokenize } from './analysis/tokenize';
import { type Corpus, passageText, titleText } from './corpus';
import { flexsearchIndexClass } from './load-flexsearch';
import { indexOfSorted, type Lookup, sortedEntries, sortedLookup } from './sorted-lookup';

/*
 * Four flexsearch indexes hold the postings: passage bodies, article titles, article summaries, and the words
 * the curated records say about the passages they cite (record-text.ts; keyed by passage, as bodies). Text is
 * analysed by our own tokenizer (fold, stop words, Porter2) before flexsearch sees it; flexsearch receives the
 * terms pre-analysed behind a marker, so that a term looked up later is never analysed twice (stemming is not
 * idempotent: stem(stem(w)) may differ from stem(w)).
 */
const PRE_ANALYSED = '\u0001';

function encode(text: string): string[] {
  if (text.startsWith(PRE_ANALYSED)) return text.length > 1 ? text.slice(1).split(' ') : [];
  return indexTerms(text);
}

const INDEX_OPTIONS = { tokenize: 'strict', resolution: 9, encode } as const;
/** flexsearch orders postings into this many slots by the position of a term's first occurrence. */
export const RESOLUTION = INDEX_OPTIONS.resolution;

export type FieldName = 'body' | 'title' | 'summary' | 'records';

/*
 * flexsearch records each term of a document once. Term frequency is kept as extra terms instead: a passage
 * where "asylum" occurs twice is also filed under "asylum\u00022", three times or more under "asylum\u00023" too.
 * Scoring reads a term's postings and then its repeats, so full BM25 comes straight from the index.
 */
const REPEAT = '\u0002';
export const MAX_COUNTED_REPEATS = 3;
export const repeatTerm = (term: string, count: number) => `${term}${REPEAT}${count}`;
export const FIELDS: readonly FieldName[] = ['body', 'title', 'summary', 'records'];

/** One value per field, made by `make`, in FIELDS' order (the snapshot's order too). */
const perField = <T>(make: (field: FieldName) => T) =>
  Object.fromEntries(FIELDS.map((field) => [field, make(field)])) as Record<FieldName, T>;

/** A term's postings in one field: document numbers grouped by slot, earlier occurrence first. */
export type Postings = ReadonlyArray<ReadonlyArray<number> | null | undefined>;

export type TextIndex = {
  /** Per field, each index term's postings: flexsearch's term map, or the same read from a snapshot on demand. */
  fields: Record<FieldName, Lookup<Postings>>;
  /** Passage → number of index terms (stop words excluded), for length normalisation. */
  passageLength: Uint16Array;
  averagePassageLength: number;
  /** Every index term of every field, sorted by code units (so that a term is found by binary search). */
  vocabulary: readonly string[];
  /** Per term of `vocabulary`, its folded words as the snapshot writes them (see `TextIndexData.forms`). */
  forms: readonly string[];
};

/** The text index as plain JSON, for a snapshot (see snapshot.ts). */
export type TextIndexData = {
  passageLength: number[];
  vocabulary: string[];
  /**
   * Per term of `vocabulary`, the folded words that analyse to it, space-separated, first seen first (its
   * surface); "" when the term itself is its only word. Loading seeds the stemmer's cache with them.
   */
  forms: string[];
  /**
   * Per field, its index terms (sorted by code units) and, for each, its postings written as text: slots
   * separated by commas, a slot's documents by spaces, an empty slot empty ("0,,24 28"). Loading keeps the text
   * and decodes the postings of a term when a search first looks it up: no flexsearch, and no Map, at start.
   */
  fields: Record<FieldName, FieldData>;
};

export type FieldData = { terms: string[]; postings: string[] };

function newIndex(): Index {
  const FlexsearchIndex = flexsearchIndexClass();
  return new FlexsearchIndex(INDEX_OPTIONS);
}

/**
 * `records`: per passage, the curated records' text about it (see `passageRecordTexts`), indexed without the
 * terms in `namesLeftOut` (the names of people and places: which passages name them is the entity catalog's to
 * say, and a record's "client: Jose Alarcon" is no mention of him in the passage it cites).
 */
export function buildTextIndex(
  corpus: Corpus,
  records: ReadonlyMap<number, string> = new Map(),
  namesLeftOut: ReadonlySet<string> = new Set(),
): TextIndex {
  const fields = perField(() => newIndex());
  const forms = new Map<string, string[]>();
  const passageLength = new Uint16Array(corpus.passageCount);
  let totalLength = 0;

  /** The analysed text as flexsearch receives it, and how many terms it has. */
  const analyse = (text: string, leftOut?: ReadonlySet<string>): { analysed: string; length: number } => {
    const terms: string[] = [];
    const counts = new Map<string, number>();
    for (const token of tokenize(text)) {
      if (token.term === null || leftOut?.has(token.term)) continue;
      terms.push(token.term);
      counts.set(token.term, (counts.get(token.term) ?? 0) + 1);
      const seen = forms.get(token.term);
      if (seen === undefined) forms.set(token.term, [token.folded]);
      else if (!seen.includes(token.folded)) seen.push(token.folded);
    }
    const length = terms.length;
    for (const [term, count] of counts) {
      for (let repeat = 2; repeat <= Math.min(count, MAX_COUNTED_REPEATS); repeat++)
        terms.push(repeatTerm(term, repeat));
    }
    return { analysed: PRE_ANALYSED + terms.join(' '), length };
  };

  for (let passage = 0; passage < corpus.passageCount; passage++) {
    const { analysed, length } = analyse(passageText(corpus, passage));
    passageLength[passage] = Math.min(length, 65535);
    totalLength += length;
    fields.body.add(passage, analysed);
  }
  corpus.articles.forEach((article, index) => {
    fields.title.add(index, analyse(titleText(article)).analysed);
    fields.summary.add(index, analyse(article.summary.text).analysed);
  });
  for (const [passage, text] of records) fields.records.add(passage, analyse(text, namesLeftOut).analysed);

  const vocabulary = [...forms.keys()].sort();
  const formsOf = (term: string) => {
    const words = forms.get(term) ?? [];
    return words.length === 1 && words[0] === term ? '' : words.join(' ');
  };
  return {
    fields: perField((field) => termMapOf(fields[field])),
    passageLength,
    averagePassageLength: corpus.passageCount > 0 ? totalLength / corpus.passageCount : 0,
    vocabulary,
    forms: vocabulary.map(formsOf),
  };
}

/**
 * flexsearch's own term map (term → documents by slot), which both its compact and full builds keep under this
 * name. Read directly: a search would only look the term up there and wrap the slots in a resolver.
 */
function termMapOf(index: Index): Map<string, Postings> {
  return (index as unknown as { map: Map<string, Postings> }).map;
}

const NO_POSTINGS: Postings = [];

/** The postings of one (already analysed) term in one field; empty when the term does not occur. */
export function postingsOf(index: TextIndex, field: FieldName, term: string): Postings {
  return index.fields[field].get(term) ?? NO_POSTINGS;
}

export function documentFrequency(postings: Postings): number {
  let count = 0;
  for (const slot of postings) if (slot) count += slot.length;
  return count;
}

/** Whether `term` is an index term of any field. */
export function knowsTerm(index: TextIndex, term: string): boolean {
  return indexOfSorted(index.vocabulary, term) >= 0;
}

/** The folded word an index term was first seen as ("deni" → "denying"), or the term itself when unknown. */
export function surfaceOf(index: TextIndex, term: string): string {
  const at = indexOfSorted(index.vocabulary, term);
  const words = at < 0 ? '' : (index.forms[at] as string);
  const space = words.indexOf(' ');
  return words === '' ? term : space < 0 ? words : words.slice(0, space);
}

function encodePostings(postings: Postings): string {
  let text = '';
  for (let slot = 0; slot < postings.length; slot++) {
    if (slot > 0) text += ',';
    const documents = postings[slot];
    if (documents) text += documents.join(' ');
  }
  return text;
}

function decodePostings(text: string): Postings {
  return text.split(',').map((slot) => (slot === '' ? null : slot.split(' ').map(Number)));
}

function exportField(field: Lookup<Postings>): FieldData {
  const entries = sortedEntries(field);
  return {
    terms: entries.map(([term]) => term),
    postings: entries.map(([, postings]) => encodePostings(postings)),
  };
}

export function exportTextIndex(index: TextIndex): TextIndexData {
  return {
    passageLength: [...index.passageLength],
    vocabulary: [...index.vocabulary],
    forms: [...index.forms],
    fields: perField((field) => exportField(index.fields[field])),
  };
}

/**
 * The text index from its JSON form (the snapshot's envelope has checked that it fits the corpus): each field
 * read through its sorted terms, and the stemmer's cache seeded with every listed word.
 */
export function importTextIndex(snapshot: TextIndexData, corpus: Corpus): TextIndex {
  const passageLength = Uint16Array.from(snapshot.passageLength);
  let total = 0;
  for (let at = 0; at < passageLength.length; at++) total += passageLength[at] as number;
  const { vocabulary, forms } = snapshot;
  for (let at = 0; at < vocabulary.length; at++) {
    const term = vocabulary[at] as string;
    const words = forms[at] as string;
    if (words === '') {
      rememberTerm(term, term);
      continue;
    }
    // Each word of the list, without splitting it into an array first.
    let from = 0;
    while (from <= words.length) {
      const space = words.indexOf(' ', from);
      const end = space < 0 ? words.length : space;
      rememberTerm(words.slice(from, end), term);
      from = end + 1;
    }
  }
  const field = ({ terms, postings }: FieldData) =>
    sortedLookup(terms, (at) => decodePostings(postings[at] as string));
  return {
    fields: perField((name) => field(snapshot.fields[name])),
    passageLength,
    averagePassageLength: corpus.passageCount > 0 ? total / corpus.passageCount : 0,
    vocabulary,
    forms,
  };
}
