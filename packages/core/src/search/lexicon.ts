import type { Lexicon } from '../schema/types';
import { stemSpanish } from './analysis/stem-spanish';
import { normalizeWord, termOf } from './analysis/tokenize';

/**
 * The synonym groups of the dataset's lexicon, keyed for lookup. A reader's word finds its group by its
 * English index term ("denials" → "denial"), or, when that fails, by its light Spanish stem ("negadas" →
 * "negad", the stem of the listed "negado").
 */
export type SynonymTable = {
  /** Index term → the index terms of every group it belongs to (itself included). */
  byTerm: ReadonlyMap<string, readonly string[]>;
  bySpanishStem: ReadonlyMap<string, readonly string[]>;
};

function addGroup(table: Map<string, Set<string>>, key: string, terms: readonly string[]): void {
  const group = table.get(key) ?? new Set<string>();
  table.set(key, group);
  for (const term of terms) group.add(term);
}

export function createSynonymTable(lexicon: Lexicon | undefined): SynonymTable {
  const byTerm = new Map<string, Set<string>>();
  const bySpanishStem = new Map<string, Set<string>>();
  for (const group of lexicon?.synonyms ?? []) {
    const words = group.map(normalizeWord).filter((word) => word.length > 0);
    const terms = [...new Set(words.map(termOf).filter((term): term is string => term !== null))];
    for (const word of words) {
      const term = termOf(word);
      if (term !== null) addGroup(byTerm, term, terms);
      addGroup(bySpanishStem, stemSpanish(word), terms);
    }
  }
  const freeze = (map: Map<string, Set<string>>) => new Map([...map].map(([key, set]) => [key, [...set]]));
  return { byTerm: freeze(byTerm), bySpanishStem: freeze(bySpanishStem) };
}

/** The table as JSON, for a snapshot: the lexicon's words are then stemmed at build time, not at start. */
export type SynonymTableData = {
  byTerm: Array<[string, string[]]>;
  bySpanishStem: Array<[string, string[]]>;
};

export function synonymTableToData(table: SynonymTable): SynonymTableData {
  return {
    byTerm: [...table.byTerm].map(([key, terms]) => [key, [...terms]]),
    bySpanishStem: [...table.bySpanishStem].map(([key, terms]) => [key, [...terms]]),
  };
}

export function synonymTableFromData(data: SynonymTableData): SynonymTable {
  return { byTerm: new Map(data.byTerm), bySpanishStem: new Map(data.bySpanishStem) };
}
