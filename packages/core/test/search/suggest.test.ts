import { describe, expect, it } from 'vitest';
import { foldText, shippedDataset, suggest } from '../../src/index';

describe('suggest', () => {
  it('puts exact names first, then names that start with the prefix, then later words', () => {
    const [first] = suggest('Alarcon');
    expect(first).toEqual({ kind: 'person', id: 'jose-alarcon', label: 'Jose Alarcon' });
    const juarez = suggest('juarez');
    expect(juarez[0]).toEqual({ kind: 'place', id: 'ciudad-juarez', label: 'Juarez' });
    const ids = juarez.map((entry) => entry.id);
    expect(ids.indexOf('juarez-cartel')).toBeLessThan(
      ids.indexOf('texas-observer-juarez-officer-denied-asylum'),
    );
  });

  it('matches any word of a name, accents and case folded', () => {
    expect(suggest('GARDIN').map((entry) => entry.id)).toContain('ludo-gardini');
    expect(suggest('Hermosíllo')[0]?.id).toBe('hermosillo');
    expect(suggest('circuit').map((entry) => entry.id)).toContain('ninth-circuit-court-of-appeals');
  });

  it('covers people, places, organizations, cases, figures and articles', () => {
    const kinds = new Set(
      ['alarcon', 'dallas', 'sinaloa', 'ninth', '6,347', 'canada'].flatMap((prefix) =>
        suggest(prefix, { limit: 25 }).map((entry) => entry.kind),
      ),
    );
    expect(kinds).toEqual(new Set(['person', 'place', 'organization', 'case', 'figure', 'article']));
  });

  it('keeps only the kinds asked for', () => {
    const cases = suggest('alarcon', { kinds: ['case'] });
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.every((entry) => entry.kind === 'case')).toBe(true);
    expect(
      suggest('alarcon', { kinds: ['figure', 'article'] }).every((e) =>
        ['figure', 'article'].includes(e.kind),
      ),
    ).toBe(true);
  });

  it('respects the limit and keeps labels within 100 characters', () => {
    expect(suggest('a', { limit: 3 })).toHaveLength(3);
    expect(suggest('a', { limit: 0 })).toEqual([]);
    for (const entry of suggest('', { limit: 100 })) expect(entry.label.length).toBeLessThanOrEqual(100);
  });

  it('offers the most useful picks for an empty prefix and nothing for a prefix that matches nothing', () => {
    const picks = suggest('');
    expect(picks).toHaveLength(10);
    expect(picks[0]?.kind).toBe('person');
    expect(suggest('zzzz')).toEqual([]);
    expect(suggest('🙂')).toHaveLength(10);
  });

  it('finds a name with a typo in any long word when no name starts with what was typed', () => {
    // A letter swapped near the end of every word of five letters or more: "duran rodriges", "carlso spectro".
    const misspelt = (name: string) =>
      foldText(name)
        .split(' ')
        .map((word) => (word.length >= 5 ? `${word.slice(0, -2)}${word.at(-1)}${word.at(-2)}` : word))
        .join(' ');
    const named = shippedDataset.people.filter((person) => misspelt(person.name) !== foldText(person.name));
    expect(named.length).toBeGreaterThan(0);
    for (const person of named) {
      const found = suggest(misspelt(person.name), { kinds: ['person'] }).map((entry) => entry.id);
      expect(found, misspelt(person.name)).toContain(person.id);
    }
  });

  it('reads past common words, so a question finds the name it asks about', () => {
    for (const person of shippedDataset.people) {
      const [first] = suggest(`who is ${person.name}?`, { kinds: ['person'] });
      expect(first?.id, person.name).toBe(person.id);
    }
  });

  it('allows no typo in a short word, nor in a number, and finds nothing for words no name is near', () => {
    expect(suggest('zzzzzz qqqqqq')).toEqual([]);
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(suggest(word), word).toEqual([]);
    // A figure's value with its last digit changed is one edit away, but numbers are exact.
    const values = shippedDataset.figures.map((figure) => String(figure.value));
    const near = values
      .filter((value) => value.length >= 2)
      .map((value) => `${value.slice(0, -1)}${(Number(value.at(-1)) + 1) % 10}`)
      .filter((value) => !values.some((other) => other.startsWith(value)));
    expect(near.length).toBeGreaterThan(0);
    for (const value of near) expect(suggest(value, { kinds: ['figure'] }), value).toEqual([]);
  });
});
