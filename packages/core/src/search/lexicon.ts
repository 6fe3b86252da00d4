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
 * The table as JSON, for a snapshot: the lexicon's words are then stemmed at build time, not at start. Keys are
 * sorted, so that loading reads them in place instead of filling a Map. A search only ever uses the terms of a
 * group that the archive's text holds (`knows`: the plan keeps no other alternative), so a snapshot, which is
 * made for one text index, keeps only those: most of the lexicon's Spanish words never occur in the articles,
 * and written out they were a third of the snapshot. Each distinct group is written once, as the positions of
 * its terms among `byTerm`'s keys (every term of a group is a key there), and each key names its group by
 * position. A Spanish stem whose group keeps no term is left out (looking it up finds nothing either way); a
 * term's key stays even then, because finding it stops the search for a Spanish stem.
 */
export type SynonymTableData = {
  groups: number[][];
  byTerm: KeyedGroups;
  bySpanishStem: KeyedGroups;
};

/** Keys sorted by code units, and the position in `groups` of each key's group. */
export type KeyedGroups = { keys: string[]; groups: number[] };

export function synonymTableToData(table: SynonymTable, knows: (term: string) => boolean): SynonymTableData {
  const termKeys = sortedEntries(table.byTerm).map(([key]) => key);
  const positionOf = new Map(termKeys.map((key, at) => [key, at]));
  const groups: number[][] = [];
  const positions = new Map<string, number>();
  const keyed = (lookup: Lookup<readonly string[]>, keepEmpty: boolean): KeyedGroups => {
    const keys: string[] = [];
    const ids: number[] = [];
    for (const [key, terms] of sortedEntries(lookup)) {
      const kept = terms.filter(knows);
      if (kept.length === 0 && !keepEmpty) continue;
      const id = kept.join('\u0000');
      let position = positions.get(id);
      if (position === undefined) {
        position = groups.push(kept.map((term) => positionOf.get(term) as number)) - 1;
        positions.set(id, position);
      }
      keys.push(key);
      ids.push(position);
    }
    return { keys, groups: ids };
  };
  const byTerm = keyed(table.byTerm, true);
  const bySpanishStem = keyed(table.bySpanishStem, false);
  return { groups, byTerm, bySpanishStem };
}

export function synonymTableFromData(data: SynonymTableData): SynonymTable {
  const termKeys = data.byTerm.keys;
  const lookup = ({ keys, groups }: KeyedGroups) =>
    sortedLookup<readonly string[]>(keys, (at) =>
      (data.groups[groups[at] as number] ?? []).map((position) => termKeys[position] as string),
    );
  return { byTerm: lookup(data.byTerm), bySpanishStem: lookup(data.bySpanishStem) };
}
