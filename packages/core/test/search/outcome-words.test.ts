import { describe, expect, it } from 'vitest';
import { nearestOutcome, OUTCOME_WORDS, OUTCOMES, outcomeOf } from '../../src/index';

/* The outcome vocabulary: the words people type for each outcome, in English and Spanish. */

const everyWord = OUTCOMES.flatMap((outcome) =>
  [outcome, ...OUTCOME_WORDS[outcome]].map((word) => ({ outcome, word })),
);

describe('outcome words', () => {
  it('name exactly one outcome each', () => {
    const owner = new Map<string, string>();
    for (const { outcome, word } of everyWord) {
      expect(owner.get(word) ?? outcome, word).toBe(outcome);
      owner.set(word, outcome);
    }
  });

  it('resolve whatever their case, accents, hyphens or spacing', () => {
    for (const { outcome, word } of everyWord) {
      expect(outcomeOf(word), word).toBe(outcome);
      expect(outcomeOf(` ${word.toUpperCase().replace(/ /g, '_')} `), word).toBe(outcome);
    }
    expect(outcomeOf('Rechazado')).toBe('denied');
    expect(outcomeOf('negó')).toBe('denied');
    expect(outcomeOf('concedió')).toBe('granted');
    expect(outcomeOf('otorgado')).toBe('granted');
    expect(outcomeOf('apelación')).toBe('appealed');
    expect(outcomeOf('not sought')).toBe('not-sought');
  });

  it('name no outcome for other words, lookalike keys or non-strings', () => {
    for (const word of ['', 'asylum', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(outcomeOf(word), word).toBeUndefined();
    expect(outcomeOf(42 as unknown as string)).toBeUndefined();
    expect(nearestOutcome(undefined as unknown as string)).toBeUndefined();
  });

  it("correct a one-letter typo of any word to that word's outcome, or to none, never to another", () => {
    for (const { outcome, word } of everyWord) {
      for (let at = 1; at < word.length; at++) {
        const typo = word.slice(0, at) + word.slice(at + 1);
        const guess = nearestOutcome(typo);
        if (guess !== undefined && outcomeOf(typo) === undefined)
          expect(guess, `${word} → ${typo}`).toBe(outcome);
      }
    }
    expect(nearestOutcome('rejectd')).toBe('denied');
    expect(nearestOutcome('rechasado')).toBe('denied');
    expect(nearestOutcome('concedidoo')).toBe('granted');
  });

  it('offer no guess for a word far from every outcome word', () => {
    for (const word of ['maybe', 'xyzzy', 'constructor', 'juarez'])
      expect(nearestOutcome(word), word).toBeUndefined();
  });
});
