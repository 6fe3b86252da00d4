import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/index';

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
});
