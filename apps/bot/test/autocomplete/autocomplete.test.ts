import { articles, cases, figures, foldText, people } from '@asylum-archive/core';
import { describe, expect, it } from 'vitest';
import { shippedBotArchive } from '../../src/archive/shipped-archive';
import { createInteractionHandler, handleInteraction } from '../../src/index';
import { autocomplete, choicesOf } from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

const ask = (command: string, option: string, value: string, locale?: string) =>
  handleInteraction(autocomplete(command, option, value, locale));

const OPTIONS = [
  ['article', 'article', articles],
  ['person', 'name', people],
  ['case', 'name', cases],
  ['figure', 'topic', figures],
] as const;

describe('autocomplete', () => {
  it.each(OPTIONS)(
    '/%s %s: offers useful picks before anything is typed',
    async (command, option, records) => {
      const response = await ask(command, option, '');
      expect(limitViolations(response)).toEqual([]);
      const choices = choicesOf(response);
      expect(choices.length).toBe(Math.min(25, records.length));
      const ids = new Set(records.map((record) => record.id));
      for (const choice of choices) expect(ids.has(String(choice.value))).toBe(true);
    },
  );

  it('ranks people by how many articles name them when nothing is typed', async () => {
    const choices = choicesOf(await ask('person', 'name', ''));
    const articlesNaming = choices.map(
      (choice) =>
        new Set(people.find((person) => person.id === choice.value)?.mentions.map((m) => m.articleId)).size,
    );
    expect(articlesNaming).toEqual([...articlesNaming].sort((a, b) => b - a));
  });

  it('puts an exact name first, even when other names start the same way', async () => {
    for (const person of people) {
      const [first] = choicesOf(await ask('person', 'name', person.name));
      expect(first?.value, person.name).toBe(person.id);
    }
  });

  it('matches without accents or case, by any word of a name', async () => {
    const person = people.find((candidate) => candidate.name.includes(' '));
    const lastWord = person?.name.split(' ').at(-1) ?? '';
    const typed = lastWord.toUpperCase().replace('A', 'Á');
    const values = choicesOf(await ask('person', 'name', typed)).map((choice) => choice.value);
    expect(values).toContain(person?.id);
  });

  it('finds a case by its claimant, and a figure by what it counts', async () => {
    const named = cases.find((record) => record.claimant !== null);
    const claimant = people.find((person) => person.id === named?.claimant);
    const caseChoices = choicesOf(await ask('case', 'name', claimant?.name.split(' ')[0] ?? ''));
    expect(caseChoices.map((choice) => choice.value)).toContain(named?.id);

    const figure = figures[0];
    const words = foldText(figure?.counts ?? '')
      .split(' ')
      .slice(0, 2)
      .join(' ');
    const figureChoices = choicesOf(await ask('figure', 'topic', words));
    expect(figureChoices.map((choice) => choice.value)).toContain(figure?.id);
  });

  it('corrects a typo through core’s suggest', async () => {
    const wiesinger = people.find((person) => person.aliases.includes('Wiesinger'));
    const choices = choicesOf(await ask('person', 'name', 'wiesingr'));
    expect(choices[0]?.value).toBe(wiesinger?.id);
  });

  it('folds as search folds: a name with acronym dots or thousands separators is found typed either way', async () => {
    // "U.S." folds to "us" and "3,000" to "3000" in core's one fold; autocomplete and search use it alike.
    const texts = [
      ...articles.map((article) => ['article', 'article', article.id, article.title] as const),
      ...people.map((person) => ['person', 'name', person.id, person.name] as const),
      ...cases.map((record) => ['case', 'name', record.id, record.title] as const),
      ...figures.map(
        (figure) => ['figure', 'topic', figure.id, figure.value.toLocaleString('en-US')] as const,
      ),
    ].filter(([, , , text]) => /[\p{L}\p{N}][.,][\p{L}\p{N}]/u.test(text));
    expect(texts.length).toBeGreaterThan(0);
    for (const [command, option, id, text] of texts) {
      const folded = foldText(text);
      expect(folded).not.toMatch(/[.,]/);
      const asWritten = choicesOf(await ask(command, option, text)).map((choice) => choice.value);
      const asFolded = choicesOf(await ask(command, option, folded)).map((choice) => choice.value);
      expect(asWritten, text).toContain(id);
      expect(asFolded, folded).toEqual(asWritten);
      const searched = shippedBotArchive().search(text, { limit: 5 });
      const searchedFolded = shippedBotArchive().search(folded, { limit: 5 });
      expect(searchedFolded.totalHits, folded).toBe(searched.totalHits);
      expect(searchedFolded.hits.map((hit) => hit.text)).toEqual(searched.hits.map((hit) => hit.text));
    }
  });

  it('uses record ids as values and readable labels as names', async () => {
    for (const choice of choicesOf(await ask('article', 'article', ''))) {
      const article = articles.find((candidate) => candidate.id === choice.value);
      expect(choice.name.startsWith(article?.title.slice(0, 50) ?? '∅')).toBe(true);
    }
  });

  it('localises labels', async () => {
    const officer = people.find((person) => person.roles.length === 1 && person.roles[0] === 'officer');
    const [choice] = choicesOf(await ask('person', 'name', officer?.name ?? '', 'es-ES'));
    expect(choice?.name).toBe(`${officer?.name} — agente de policía`);
  });

  it('answers an empty list, never a message, for options it does not know', async () => {
    expect(choicesOf(await ask('search', 'query', 'juarez'))).toEqual([]);
    expect(choicesOf(await ask('nonexistent', 'name', 'x'))).toEqual([]);
    expect(choicesOf(await ask('person', 'constructor', 'x'))).toEqual([]);
  });

  it('answers an empty list when the engine fails, and reports the failure', async () => {
    const failures: unknown[] = [];
    const broken = createInteractionHandler({
      // The real archive with a broken engine: a name with no local match reaches the engine's suggest.
      archive: {
        ...shippedBotArchive(),
        suggest: () => {
          throw new Error('suggest index unavailable');
        },
      },
      onError: (error) => failures.push(error),
    });
    const response = await broken(autocomplete('person', 'name', 'qqqzzz'));
    expect(choicesOf(response)).toEqual([]);
    expect(failures).toEqual([new Error('suggest index unavailable')]);
  });
});
