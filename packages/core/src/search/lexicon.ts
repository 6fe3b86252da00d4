import type { Lexicon } from '../schema/types';
import { stemSpanish } from './analysis/stem-spanish';
import { normalizeWord, termOf } from './analysis/tokenize';
import { type Lookup, sortedEntries, sortedLookup } from './sorted-lookup';

/**
 * The synonym groups of the dataset's lexicon, keyed for lookup. A reader's word finds its group by its
 * English index term ("denials" → "denial"), or, when that fails, by its light Spanish stem ("negadas" →
 * "negad", the stem of the listed "negado").
 */
export type SynonymTable = {
  /** Index term → the index terms of every group it belongs to (itself included). */
  byTerm: Lookup<readonly string[]>;
  bySpanishStem: Lookup<readonly string[]>;
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

/**
 * The table as JSON, for a snapshot: the lexicon's words are then stemmed at build time, not at start. Each
 * distinct list of terms is written once and keyed by its position: written out key by key, every group
 * repeated once per word it holds, and that was most of the shipped bundle's index. Keys are sorted, so that
 * loading reads them in place instead of filling a Map.
 */
export type SynonymTableData = {
  groups: string[][];
  byTerm: KeyedGroups;
  bySpanishStem: KeyedGroups;
};

/** Keys sorted by code units, and the position in `groups` of each key's group. */
export type KeyedGroups = { keys: string[]; groups: number[] };

export function synonymTableToData(table: SynonymTable): SynonymTableData {
  const groups: string[][] = [];
  const positions = new Map<string, number>();
  const keyed = (lookup: Lookup<readonly string[]>): KeyedGroups => {
    const entries = sortedEntries(lookup);
    return {
      keys: entries.map(([key]) => key),
      groups: entries.map(([, terms]) => {
        const id = terms.join('\u0000');
        let position = positions.get(id);
        if (position === undefined) {
          position = groups.push([...terms]) - 1;
          positions.set(id, position);
        }
        return position;
      }),
    };
  };
  const byTerm = keyed(table.byTerm);
  const bySpanishStem = keyed(table.bySpanishStem);
  return { groups, byTerm, bySpanishStem };
}

export function synonymTableFromData(data: SynonymTableData): SynonymTable {
  const lookup = ({ keys, groups }: KeyedGroups) =>
    sortedLookup<readonly string[]>(keys, (at) => data.groups[groups[at] as number] ?? []);
  return { byTerm: lookup(data.byTerm), bySpanishStem: lookup(data.bySpanishStem) };
}
