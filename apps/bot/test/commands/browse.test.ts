import { cases, figures, getArticle, people } from '@asylum-archive/core';
import { ComponentType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/messages';
import { handleInteraction } from '../../src/index';
import {
  autocomplete,
  buttonPress,
  buttonsOf,
  chatInput,
  choicesOf,
  messageOf,
  selectMenu,
  string,
} from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

const browse = (option: string | undefined, value: string, locale?: string) =>
  handleInteraction(chatInput('browse', option === undefined ? [] : [string(option, value)], locale));

/** Every record a list shows, following its Next buttons to the end. */
async function allListed(option: string, value: string, locale?: string): Promise<string[]> {
  const ids: string[] = [];
  let response = await browse(option, value, locale);
  for (let pages = 0; pages < 100; pages++) {
    expect(limitViolations(response)).toEqual([]);
    const data = messageOf(response);
    const buttons = buttonsOf(data);
    ids.push(
      ...buttons.filter((b) => b.customId.startsWith('o1|')).map((b) => b.customId.split('|')[2] ?? ''),
    );
    const next = buttons.find((b) => b.customId.startsWith('b1|') && b.label.endsWith('▶'));
    if (next === undefined || next.disabled) return ids;
    response = await handleInteraction(buttonPress(next.customId, data, locale));
  }
  throw new Error('the list never ended');
}

// A case with no outcome yet is listed under `none`.
const outcomeOf = (record: (typeof cases)[number]) => record.outcome ?? 'none';
const outcomes = [...new Set(cases.map(outcomeOf))];
const roles = [...new Set(people.flatMap((person) => person.roles))];
const topics = [...new Set(figures.flatMap((figure) => getArticle(figure.citation.articleId)?.topics ?? []))];

describe('/browse', () => {
  it('lists exactly the cases with an outcome, page by page, each with a button to its card', async () => {
    expect(outcomes.length).toBeGreaterThan(0);
    for (const outcome of outcomes) {
      const listed = await allListed('outcome', outcome);
      const expected = cases.filter((record) => outcomeOf(record) === outcome).map((record) => record.id);
      expect(listed.sort(), outcome).toEqual([...expected].sort());
    }
  });

  it('lists exactly the people with a role, and the figures from articles on a topic', async () => {
    for (const role of roles) {
      const expected = people.filter((person) => person.roles.includes(role)).map((person) => person.id);
      expect((await allListed('role', role)).sort(), role).toEqual([...expected].sort());
    }
    for (const topic of topics) {
      const expected = figures
        .filter((figure) => getArticle(figure.citation.articleId)?.topics.includes(topic))
        .map((figure) => figure.id);
      expect((await allListed('topic', topic)).sort(), topic).toEqual([...expected].sort());
    }
  });

  it('reads a value typed in Spanish or English, any case, without accents', async () => {
    const spanish = await allListed('outcome', 'DENEGADO', 'es-ES');
    expect(spanish).toEqual(await allListed('outcome', 'denied'));
    expect(await allListed('role', 'abogado', 'es-419')).toEqual(await allListed('role', 'attorney'));
  });

  it('opens the card of a listed record', async () => {
    const data = messageOf(await browse('role', roles[0] ?? ''));
    const [first] = buttonsOf(data).filter((button) => button.customId.startsWith('o1|'));
    if (first === undefined) throw new Error('no record listed');
    const card = messageOf(await handleInteraction(buttonPress(first.customId, data)));
    expect(card.embeds?.[0]?.footer?.text).toBe(first.customId.split('|')[2]);
  });

  it('offers every value of every field with its count as menus when nothing is chosen, and choosing lists it', async () => {
    for (const locale of ['en-US', 'es-ES']) {
      const response = await browse(undefined, '', locale);
      expect(limitViolations(response)).toEqual([]);
      const data = messageOf(response);
      const menus = (data.components ?? []).flatMap((row) =>
        row.type === ComponentType.ActionRow
          ? row.components.filter((component) => component.type === ComponentType.StringSelect)
          : [],
      );
      expect(menus.map((menu) => menu.options.map((option) => option.value).sort())).toEqual([
        [...outcomes].sort(),
        [...roles].sort(),
        [...topics].sort(),
      ]);
      const [menu] = menus;
      const chosen = menu?.options[0]?.value ?? '';
      const listed = messageOf(
        await handleInteraction(selectMenu(menu?.custom_id ?? '', [chosen], data, locale)),
      );
      const ids = buttonsOf(listed)
        .filter((b) => b.customId.startsWith('o1|'))
        .map((b) => b.customId.split('|')[2]);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const record = cases.find((candidate) => candidate.id === id);
        expect(record && outcomeOf(record)).toBe(chosen);
      }
    }
  });

  it('answers a value that fits nothing, or two fields at once, with menus to choose from, never a dead end', async () => {
    for (const typed of ['maybe', 'constructor', '__proto__', 'toString']) {
      const data = messageOf(await browse('outcome', typed));
      expect(data.content).toContain(typed.replaceAll('_', '\\_'));
      expect(data.components?.length).toBe(1);
    }
    const both = messageOf(
      await handleInteraction(
        chatInput('browse', [string('outcome', outcomes[0] ?? ''), string('role', roles[0] ?? '')]),
      ),
    );
    expect(both.components?.length).toBe(2);
  });

  it('autocompletes values with their counts, in the reader’s language', async () => {
    const all = choicesOf(await handleInteraction(autocomplete('browse', 'outcome', '')));
    expect(all.map((choice) => choice.value).sort()).toEqual([...outcomes].sort());
    const denied = choicesOf(await handleInteraction(autocomplete('browse', 'outcome', 'den', 'es-ES')));
    for (const choice of denied) expect(choice.name).toMatch(/\(\d+\)$/);
    expect(choicesOf(await handleInteraction(autocomplete('browse', 'role', 'constructor')))).toEqual([]);
  });

  it('autocompletes a value by its name in either language, labelled in the asker’s', async () => {
    const en = messagesFor('en');
    const es = messagesFor('es');
    for (const outcome of outcomes.filter((value) => Object.hasOwn(en.outcome, value))) {
      const key = outcome as keyof typeof en.outcome;
      // A Spanish speaker typing the English word, and an English speaker typing the Spanish one.
      const fromEnglish = choicesOf(
        await handleInteraction(autocomplete('browse', 'outcome', en.outcome[key], 'es-ES')),
      );
      expect(
        fromEnglish.map((choice) => choice.value),
        en.outcome[key],
      ).toContain(outcome);
      expect(fromEnglish.find((choice) => choice.value === outcome)?.name).toContain(es.outcome[key]);
      const fromSpanish = choicesOf(
        await handleInteraction(autocomplete('browse', 'outcome', es.outcome[key])),
      );
      expect(
        fromSpanish.map((choice) => choice.value),
        es.outcome[key],
      ).toContain(outcome);
      expect(fromSpanish.find((choice) => choice.value === outcome)?.name).toContain(en.outcome[key]);
    }
  });

  it('names the topics the catalogue knows in Spanish, and any other in the archive’s own words', async () => {
    const es = messagesFor('es');
    const choices = choicesOf(await handleInteraction(autocomplete('browse', 'topic', '', 'es-ES')));
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) {
      const topic = String(choice.value);
      const expected = es.topics[topic] ?? topic.replaceAll('-', ' ');
      expect(choice.name).toBe(`${expected} (${choice.name.match(/\((\d+)\)$/)?.[1]})`);
    }
    // Typing the Spanish name finds the topic.
    for (const topic of topics.filter((value) => es.topics[value] !== undefined)) {
      const found = choicesOf(
        await handleInteraction(autocomplete('browse', 'topic', es.topics[topic] ?? '', 'es-ES')),
      );
      expect(
        found.map((choice) => choice.value),
        topic,
      ).toContain(topic);
    }
  });

  it('refuses a page button it did not write, or one past the end, as stale', async () => {
    const data = messageOf(await browse('outcome', outcomes[0] ?? ''));
    for (const customId of ['b1|outcome|999|denied', 'b1|colour|0|red', 'b1|outcome|0|constructor']) {
      const reply = messageOf(await handleInteraction(buttonPress(customId, data)));
      expect(reply.embeds ?? []).toEqual([]);
      expect(reply.content).toBe(messagesFor('en').staleButton('/browse'));
    }
  });
});
