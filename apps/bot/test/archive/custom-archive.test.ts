import { createArchive } from '@asylum-archive/core';
import { describe, expect, it } from 'vitest';
import { customData } from '../../../../tooling/testing/custom-archive.ts';
import { createBotArchive } from '../../src/archive/create-bot-archive';
import { createInteractionHandler } from '../../src/index';
import { autocomplete, chatInput, choicesOf, messageOf, string } from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

// The made-up archive core's and query's tests use too: every article has a paragraph that states a figure
// and one that does not.
const data = customData(30);
const { articles } = data;

describe('the bot built from a custom archive', async () => {
  const handle = createInteractionHandler({ archive: createBotArchive(await createArchive(data)) });

  it('runs /search with type: on that archive, counting every passage that holds a figure', async () => {
    const response = await handle(chatInput('search', [string('query', 'type:figure asylum')]));
    expect(limitViolations(response)).toEqual([]);
    const [embed] = messageOf(response).embeds ?? [];
    // One passage per article states a figure; the other passage about asylum does not.
    expect(embed?.footer?.text).toMatch(new RegExp(`(of ${articles.length}|^${articles.length} passages) ·`));
    expect(embed?.description).toContain('Harbour Gazette · 2021');
    expect(embed?.description).toContain('of them this week');
    expect(embed?.description).not.toContain('hearings in the port city');
  });

  it('offers that archive’s outlets for /search outlet:, named as its organizations name them', async () => {
    const outlets = [...new Set(articles.map((article) => article.outlet))];
    const choices = choicesOf(await handle(autocomplete('search', 'outlet', '')));
    expect(choices.map((choice) => choice.value).sort()).toEqual(outlets.sort());
    for (const choice of choices)
      expect(choice.name).toBe(data.organizations?.find((org) => org.id === choice.value)?.name);
    const [first] = outlets;
    const typed = data.organizations?.find((org) => org.id === first)?.name.slice(0, 4) ?? '';
    expect(choicesOf(await handle(autocomplete('search', 'outlet', typed))).map((c) => c.value)).toContain(
      first,
    );
  });

  it('autocompletes that archive’s records, not the shipped ones', async () => {
    const choices = choicesOf(await handle(autocomplete('figure', 'topic', 'officers asking')));
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) expect(String(choice.value)).toMatch(/^officers-\d+$/);
  });
});
