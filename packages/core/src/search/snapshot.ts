import type { ArchiveInput } from '../schema/types';
import { hashText } from '../text/hash-text';
import {
  type AnalysedAnswers,
  type AnalysedAnswersData,
  analyseAnswers,
  analysedAnswersFromData,
  analysedAnswersToData,
  answerTextSize,
} from './answers';
import type { Corpus } from './corpus';
import { analyseEntityNames, type EntityNames, entityKey } from './entities';
import {
  createSynonymTable,
  type SynonymTable,
  type SynonymTableData,
  synonymTableFromData,
  synonymTableToData,
} from './lexicon';
import { passageRecordTexts } from './record-text';
import {
  buildTextIndex,
  exportTextIndex,
  importTextIndex,
  knowsTerm,
  type TextIndex,
  type TextIndexData,
} from './text-index';

/**
 * Everything about a dataset that costs text analysis (tokenizing, stemming): the text index, the lexicon's
 * synonym table, the entities' names and the answer records as index terms. Built once at build time and
 * read back at start.
 */
export type Analysis = {
  text: TextIndex;
  synonyms: SynonymTable;
  names: EntityNames;
  answers: AnalysedAnswers;
};

/** What the build writes and the loader reads: plain JSON, versioned with the analyser. */
export type SearchSnapshot = {
  /**
   * The snapshot's own layout; bump with any change to it (2: synonym groups written once, answer records
   * analysed; 3: every folded word of each term instead of surfaces that differ; 4: each field's postings as
   * [term, slots] pairs instead of flexsearch's export chunks, so loading needs no flexsearch index; 5: each
   * field's terms, synonym keys and answer terms sorted, postings as text, read in place and decoded per term
   * on first use; 6: synonym groups keep only the terms the text holds, written as positions among the
   * synonym keys; 7: a fourth text field, `records`, the curated records' words for the passages they cite).
   */
  format: typeof SNAPSHOT_FORMAT;
  analyser: string;
  /** Guards against loading a snapshot into other data than it was built from. */
  fingerprint: string;
  text: TextIndexData;
  synonyms: SynonymTableData;
  names: Array<[string, string[][]]>;
  answers: AnalysedAnswersData;
};

export const SNAPSHOT_FORMAT = 7;

/** Bump when tokenizing, stop words or stemming change: old snapshots are then rebuilt, not misread. */
export const ANALYSER_VERSION = 'porter2+stop-en-es+repeats-v4+es-verbs+not+quantity';

/**
 * What the snapshot depends on: the articles' shape and size (hashing every paragraph would cost as much as a
 * cold start saves), the size of the answer records' text, and exactly the lexicon and the entities' names.
 */
export function fingerprintOf(data: ArchiveInput, corpus: Corpus): string {
  let characters = 0;
  for (const article of corpus.articles) {
    characters += article.id.length + article.title.length + article.summary.text.length;
    for (const paragraph of article.paragraphs) characters += paragraph.length;
  }
  const named = [...(data.people ?? []), ...(data.organizations ?? []), ...(data.places ?? [])]
    .map((record) => [record.id, record.name, ...record.aliases].join('\u0001'))
    .join('\u0002');
  return `${corpus.articles.length}:${corpus.passageCount}:${characters}:${answerTextSize(data)}:${hashText(JSON.stringify(data.lexicon ?? null) + named)}`;
}

export function analyse(data: ArchiveInput, corpus: Corpus): Analysis {
  const names = analyseEntityNames(data);
  const personAndPlaceTerms = new Set(
    [...names]
      .filter(([key]) => !key.startsWith(entityKey('organization', '')))
      .flatMap(([, terms]) => terms.flat()),
  );
  return {
    text: buildTextIndex(corpus, passageRecordTexts(data, corpus), personAndPlaceTerms),
    synonyms: createSynonymTable(data.lexicon),
    names,
    answers: analyseAnswers(data),
  };
}

export function toSnapshot(analysis: Analysis, data: ArchiveInput, corpus: Corpus): SearchSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    analyser: ANALYSER_VERSION,
    fingerprint: fingerprintOf(data, corpus),
    text: exportTextIndex(analysis.text),
    synonyms: synonymTableToData(analysis.synonyms, (term) => knowsTerm(analysis.text, term)),
    names: [...analysis.names].map(([key, names]) => [key, names.map((name) => [...name])]),
    answers: analysedAnswersToData(analysis.answers),
  };
}

/**
 * The analysis a snapshot holds, or null when another analyser or other data made it. `builtWithData` skips
 * the fingerprint (a few milliseconds of a cold start) for a snapshot generated in the same step as the data it
 * is loaded with: the shipped one (scripts/build-data.ts writes both).
 */
export function fromSnapshot(
  snapshot: SearchSnapshot,
  data: ArchiveInput,
  corpus: Corpus,
  builtWithData = false,
): Analysis | null {
  if (
    snapshot?.format !== SNAPSHOT_FORMAT ||
    snapshot.analyser !== ANALYSER_VERSION ||
    (!builtWithData && snapshot.fingerprint !== fingerprintOf(data, corpus)) ||
    snapshot.text.passageLength.length !== corpus.passageCount
  ) {
    return null;
  }
  return {
    text: importTextIndex(snapshot.text, corpus),
    synonyms: synonymTableFromData(snapshot.synonyms),
    names: new Map(snapshot.names),
    answers: analysedAnswersFromData(snapshot.answers),
  };
}
