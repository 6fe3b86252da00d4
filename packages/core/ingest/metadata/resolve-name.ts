import type { KnownName } from '../archive/archive-snapshot';
import { comparisonKey } from '../text/words';

const nameKey = (text: string) =>
  comparisonKey(text)
    .replace(/[.,;:!?'"’)]+$/u, '')
    .replace(/^the /, '');

/** The record whose name or alias is `text` (ignoring case, accents and a leading "the"), or null. */
export function resolveName<T extends KnownName>(text: string, known: readonly T[]): T | null {
  const key = nameKey(text);
  if (key === '') return null;
  return (
    known.find((record) => [record.name, ...record.aliases].some((name) => nameKey(name) === key)) ?? null
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Records named in `text`, in order of first appearance. Matching is case-sensitive at word boundaries,
 * so the alias "Observer" finds the Texas Observer but not "an observer".
 */
export function findNamesIn<T extends KnownName>(
  text: string,
  known: readonly T[],
): Array<{ record: T; index: number; name: string }> {
  const found: Array<{ record: T; index: number; name: string }> = [];
  for (const record of known) {
    let first: { index: number; name: string } | null = null;
    for (const name of [record.name, ...record.aliases]) {
      const regex = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u');
      const match = regex.exec(text);
      if (match && (first === null || match.index < first.index)) first = { index: match.index, name };
    }
    if (first) found.push({ record, ...first });
  }
  return found.sort((a, b) => a.index - b.index);
}
