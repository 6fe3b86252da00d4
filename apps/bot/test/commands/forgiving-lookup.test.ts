import { cases, figures, people } from '@asylum-archive/core';
import { describe, expect, it } from 'vitest';
import { handleInteraction } from '../../src/index';
import { buttonPress, buttonsOf, chatInput, messageOf, string } from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

const lookup = (command: string, option: string, value: string, locale?: string) =>
  handleInteraction(chatInput(command, [string(option, value)], locale));

/** The name with one letter of each long word changed, as a hurried typist would write it. */
function misspelt(name: string): string {
  return name
    .toLowerCase()
    .split(/[\s-]+/)
    .map((word) => (word.length >= 5 ? `${word.slice(0, -2)}${word.at(-1)}${word.at(-2)}` : word))
    .join(' ');
}

describe('forgiving lookups', () => {
  const named = people.filter(
    (person) => person.name.split(/[\s-]+/).filter((word) => word.length >= 5).length >= 2,
  );

  it('finds a person with a typo in every long word of the name', async () => {
    expect(named.length).toBeGreaterThan(0);
    for (const person of named) {
      const data = messageOf(await lookup('person', 'name', misspelt(person.name)));
      const footers = [data.embeds?.[0]?.footer?.text, ...buttonsOf(data).map((button) => button.customId)];
      // Either the card itself, or the person among the records offered to choose from.
      expect(footers.some((text) => text?.endsWith(person.id))).toBe(true);
    }
  });

  it('reads past question words', async () => {
    const person = named[0];
    if (person === undefined) throw new Error('no person');
    const data = messageOf(await lookup('person', 'name', `who is ${person.name}?`));
    expect(data.embeds?.[0]?.footer?.text).toBe(person.id);
  });

  it('never ends in a dead end: what matches nothing certain offers records, and choosing one shows its card', async () => {
    for (const [command, option, text, locale] of [
      ['figure', 'topic', 'policías asesinados', 'es-ES'],
      ['case', 'name', 'granted', 'en-US'],
    ] as const) {
      const response = await lookup(command, option, text, locale);
      expect(limitViolations(response)).toEqual([]);
      const data = messageOf(response);
      const [offer] = buttonsOf(data);
      if (offer === undefined) {
        // A certain match is shown at once.
        expect(data.embeds?.length).toBe(1);
        continue;
      }
      const chosen = await handleInteraction(buttonPress(offer.customId, data, locale));
      expect(limitViolations(chosen)).toEqual([]);
      expect(messageOf(chosen).embeds?.[0]?.footer?.text).toBe(offer.customId.split('|')[2]);
    }
  });

  it('offers the most cited records when nothing comes close, even for words that trip lookup tables', async () => {
    for (const [command, option] of [
      ['person', 'name'],
      ['case', 'name'],
      ['figure', 'topic'],
      ['article', 'article'],
    ] as const) {
      for (const text of ['constructor', '__proto__', 'toString', 'qqqzzzxx']) {
        const response = await lookup(command, option, text);
        expect(limitViolations(response)).toEqual([]);
        const data = messageOf(response);
        expect(data.content, `${command} ${text}`).toContain(text.replace(/_/g, '\\_'));
        const offers = buttonsOf(data);
        expect(offers.length, `${command} ${text}`).toBeGreaterThan(0);
        const chosen = messageOf(await handleInteraction(buttonPress(offers[0]?.customId ?? '', data)));
        expect(chosen.embeds?.[0]?.footer?.text?.startsWith(offers[0]?.customId.split('|')[2] ?? '∅')).toBe(
          true,
        );
      }
    }
  });

  it('answers a question about a figure with the figure that counts it, or offers those that do', async () => {
    for (const figure of figures) {
      const question = `how many ${figure.counts}`;
      const data = messageOf(await lookup('figure', 'topic', question));
      const shown = [data.embeds?.[0]?.footer?.text, ...buttonsOf(data).map(({ customId }) => customId)];
      expect(
        shown.some((text) => text?.endsWith(figure.id)),
        question,
      ).toBe(true);
    }
  });

  it('finds cases by an outcome word, in English or Spanish, offering them when several had it', async () => {
    for (const [word, outcome, locale] of [
      ['granted', 'granted', 'en-US'],
      ['concedido', 'granted', 'es-ES'],
      ['denied', 'denied', 'en-US'],
      ['denegado', 'denied', 'es-419'],
    ] as const) {
      const data = messageOf(await lookup('case', 'name', word, locale));
      const ids = [
        data.embeds?.[0]?.footer?.text,
        ...buttonsOf(data).map(({ customId }) => customId.split('|')[2]),
      ];
      const found = ids.flatMap((id) => cases.filter((record) => record.id === id));
      expect(found.length, word).toBeGreaterThan(0);
      // The outcome of the case, or of one of its decisions (a denial under appeal is pending).
      for (const record of found)
        expect([record.outcome, ...record.events.map((event) => event.outcome)], word).toContain(outcome);
    }
  });
});
