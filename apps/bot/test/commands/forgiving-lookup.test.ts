import { people } from '@asylum-archive/core';
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
});
