import { describe, expect, it } from 'vitest';
import { search, shippedDataset } from '../../src/index';
import { fold } from '../../src/search/analysis/fold';
import { spellingKey } from '../../src/search/spelling';

/** The swaps people make writing Spanish names by ear, each applied to the first place it fits. */
const SWAPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/z/, 's'],
  [/ll/, 'y'],
  [/v/, 'b'],
  [/^h/, ''],
  [/s/, 'z'],
  [/r/, 'rr'],
];

const names = [...shippedDataset.people, ...shippedDataset.places].flatMap((record) =>
  record.name
    .split(/[\s-]+/)
    .map(fold)
    .filter((word) => word.length >= 5),
);

describe('spelling swaps (s/z/c, b/v, ll/y, silent h, doubled letters)', () => {
  it('gives the same key to a word and its swapped spellings, and different keys to different words', () => {
    expect(spellingKey('juares')).toBe(spellingKey('juarez'));
    expect(spellingKey('hermosiyo')).toBe(spellingKey('hermosillo'));
    expect(spellingKey('villa')).toBe(spellingKey('biya'));
    expect(spellingKey('spektor')).toBe(spellingKey('spector'));
    expect(spellingKey('matamorros')).toBe(spellingKey('matamoros'));
    expect(spellingKey('chief')).not.toBe(spellingKey('cief'));
    expect(spellingKey('police')).not.toBe(spellingKey('palace'));
  });

  it('corrects every swapped spelling of a name in the archive, offers it as did-you-mean, and finds its passages', () => {
    let tried = 0;
    for (const name of names) {
      for (const [pattern, replacement] of SWAPS) {
        const typo = name.replace(pattern, replacement);
        if (typo === name || names.includes(typo)) continue;
        const right = search(name);
        const wrong = search(typo);
        if (right.totalHits === 0) continue;
        tried++;
        expect(wrong.didYouMean, `${typo} → ${name}`).toContain(name);
        expect(wrong.hits[0]?.text, `${typo} → ${name}`).toBe(right.hits[0]?.text);
      }
    }
    expect(tried).toBeGreaterThan(0);
  });

  it('does not "correct" a word the archive holds', () => {
    for (const name of names) expect(search(name).didYouMean ?? [], name).toEqual([]);
  });
});
