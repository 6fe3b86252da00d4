import { getArticle } from '@asylum-archive/core';
import { QuerySyntaxError, query } from '@asylum-archive/query';
import { ComponentType, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { shippedBotArchive } from '../../src/archive/shipped-archive';
import { SEARCH_PAGE_SIZE } from '../../src/cards/search-page';
import { escapeArchiveText } from '../../src/discord/escape';
import { createInteractionHandler, handleInteraction } from '../../src/index';
import { decodeSearchState, encodeSearchState } from '../../src/pagination/search-state';
import { boolean, buttonPress, chatInput, integer, messageOf, string } from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

const search = (value: string, ...more: ReturnType<typeof string>[]) =>
  handleInteraction(chatInput('search', [string('query', value), ...more]));

function buttonsOf(data: ReturnType<typeof messageOf>) {
  return (data.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow
      ? row.components.filter((component) => component.type === ComponentType.Button)
      : [],
  );
}

/** How the first page counts its results: "1 passage", "3 passages" or "passages 1–5 of 19" — never "1–1 of 1". */
function firstPageCount(total: number): string {
  if (total === 1) return '1 passage';
  if (total <= SEARCH_PAGE_SIZE) return `${total} passages`;
  return `passages 1–${SEARCH_PAGE_SIZE} of ${total.toLocaleString('en-US')}`;
}

function boldSegments(markdown: string): string[] {
  return [...markdown.matchAll(/\*\*(.+?)\*\*/g)].map((match) => match[1] ?? '');
}

describe('/search on the shipped archive', () => {
  it('shows the first page of the engine’s hits: article, outlet, year and the snippet with matches in bold', async () => {
    const response = await search('juarez denied');
    expect(limitViolations(response)).toEqual([]);
    const data = messageOf(response);
    const description = data.embeds?.[0]?.description ?? '';
    const expected = query('juarez denied', { limit: SEARCH_PAGE_SIZE });
    expect(expected.hits.length).toBeGreaterThan(0);

    const bold = boldSegments(description);
    for (const hit of expected.hits) {
      const article = getArticle(hit.articleId);
      if (article === undefined) throw new Error(`hit of unknown article ${hit.articleId}`);
      expect(description).toContain(escapeArchiveText(article.title));
      expect(description).toContain(escapeArchiveText(shippedBotArchive().data.outletName(article)));
      // Each highlighted stretch the engine reports (within the shown part of the snippet) is bold.
      for (const [start, end] of hit.highlights) {
        const word = hit.snippet.slice(start, end).trim();
        if (word === '' || end > 300) continue;
        expect(
          bold.some((segment) => segment.includes(escapeArchiveText(word))),
          `“${word}” in bold`,
        ).toBe(true);
      }
    }
    expect(data.embeds?.[0]?.footer?.text).toContain(`1–${expected.hits.length} of ${expected.totalHits}`);
  });

  it('is public unless hide is set', async () => {
    expect(messageOf(await search('asylum')).flags).toBeUndefined();
    expect(messageOf(await search('asylum', boolean('hide', true))).flags).toBe(MessageFlags.Ephemeral);
  });

  it('offers Prev/Next buttons that carry the query and page in their custom ids', async () => {
    const outlet = 'center-for-investigative-reporting';
    const total = query('asylum', { filters: { outlet: [outlet] } }).totalHits;
    expect(total).toBeGreaterThan(SEARCH_PAGE_SIZE);
    const [previous, next] = buttonsOf(messageOf(await search('asylum', string('outlet', outlet))));
    expect(previous?.disabled).toBe(true);
    expect(next?.disabled).toBe(false);
    const state = next && 'custom_id' in next ? decodeSearchState(next.custom_id) : null;
    expect(state).toEqual({ query: 'asylum', page: 1, outlet });
  });

  it('turns the page with Next, answering with an update of the same message', async () => {
    const first = messageOf(await search('asylum'));
    const next = buttonsOf(first)[1];
    const customId = next && 'custom_id' in next ? next.custom_id : '';
    const response = await handleInteraction(buttonPress(customId, first));
    expect(response.type).toBe(InteractionResponseType.UpdateMessage);
    expect(limitViolations(response)).toEqual([]);
    const expected = query('asylum', { limit: SEARCH_PAGE_SIZE, offset: SEARCH_PAGE_SIZE });
    const footer = messageOf(response).embeds?.[0]?.footer?.text ?? '';
    expect(footer).toContain(
      `${SEARCH_PAGE_SIZE + 1}–${SEARCH_PAGE_SIZE + expected.hits.length} of ${expected.totalHits}`,
    );
    expect(footer).toContain('page 2');
  });

  it('pages without any server state: a new handler (as after a restart) answers a button the same way', async () => {
    const customId = encodeSearchState({ query: 'police', page: 1 }) ?? '';
    const before = await handleInteraction(buttonPress(customId));
    const afterRestart = await createInteractionHandler()(buttonPress(customId));
    expect(afterRestart).toEqual(before);
    expect(before.type).toBe(InteractionResponseType.UpdateMessage);
  });

  it.each([
    ['an unreadable state', 's1|x|||asylum'],
    ['a page past the end', 's1|999|||asylum'],
    ['an older format', 's0|1|||asylum'],
  ])('answers a button with %s with a short ephemeral note', async (_case, customId) => {
    const response = await handleInteraction(buttonPress(customId));
    const data = messageOf(response);
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.content).toMatch(/no longer works/);
    expect(data.embeds).toBeUndefined();
  });

  it('narrows to the outlet and year options', async () => {
    const byOutlet = messageOf(await search('asylum', string('outlet', 'texas-observer')));
    const expected = query('asylum', { limit: SEARCH_PAGE_SIZE, filters: { outlet: ['texas-observer'] } });
    expect(byOutlet.embeds?.[0]?.footer?.text?.startsWith(`${firstPageCount(expected.totalHits)} · `)).toBe(
      true,
    );
    expect(byOutlet.embeds?.[0]?.description).toContain('outlet: Texas Observer');
    for (const hit of expected.hits) expect(getArticle(hit.articleId)?.outlet).toBe('texas-observer');

    const byYear = query('asylum', { filters: { yearFrom: 2009, yearTo: 2009 } });
    const reply = messageOf(await search('asylum', integer('year', 2009)));
    expect(reply.embeds?.[0]?.footer?.text?.startsWith(`${firstPageCount(byYear.totalHits)} · `)).toBe(true);
    for (const hit of byYear.hits)
      expect(getArticle(hit.articleId)?.published.value?.startsWith('2009')).toBe(true);
  });

  it('explains an empty result and offers the engine’s did-you-mean spellings', async () => {
    const text = 'wiesingr outlet:globalpost';
    const engine = query(text);
    // Precondition from the data: Wiesinger appears only in the Fronteras Desk article.
    expect(engine.totalHits).toBe(0);
    expect(engine.didYouMean?.length).toBeGreaterThan(0);
    const data = messageOf(await search(text));
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.content).toContain('Nothing in the archive matches');
    for (const suggestion of engine.didYouMean ?? []) expect(data.content).toContain(`\`${suggestion}\``);
  });

  it('points at a syntax error with the query library’s message and a caret', async () => {
    const text = 'alarcon outlet:"texas observer';
    let expected: QuerySyntaxError | undefined;
    try {
      query(text);
    } catch (error) {
      if (error instanceof QuerySyntaxError) expected = error;
    }
    expect(expected).toBeInstanceOf(QuerySyntaxError);
    const data = messageOf(await search(text));
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    const block = /```\n([\s\S]*?)\n```/.exec(data.content ?? '')?.[1] ?? '';
    const [line, caret] = block.split('\n');
    expect(line).toBe(text);
    expect(caret?.indexOf('^')).toBe(expected?.position);
    expect(data.content).toContain(expected?.message.slice(0, 20));
  });

  it('speaks Spanish to a Spanish client', async () => {
    const data = messageOf(
      await handleInteraction(chatInput('search', [string('query', 'asilo')], 'es-419')),
    );
    expect(data.embeds?.[0]?.title).toBe('Resultados de la búsqueda');
    expect(data.embeds?.[0]?.footer?.text).toMatch(/pasajes? .*· página 1 de \d+/);
  });

  it('echoes the query escaped, so it cannot format the reply or mention anyone', async () => {
    const data = messageOf(await search('**asylum** @everyone <@123>'));
    const text = `${data.content ?? ''}${data.embeds?.[0]?.description ?? ''}`;
    expect(text).toContain('\\*\\*asylum\\*\\*');
    expect(text).not.toMatch(/@everyone|<@\d/);
  });
});

describe('/search pages that read well', () => {
  it('names each article once per page, however many of its passages match', async () => {
    for (const words of ['asylum', 'juarez denied', 'police']) {
      const description = messageOf(await search(words)).embeds?.[0]?.description ?? '';
      const titles = query(words, { limit: SEARCH_PAGE_SIZE }).hits.map(
        (hit) => `**${escapeArchiveText(getArticle(hit.articleId)?.title ?? '')}**`,
      );
      for (const title of new Set(titles)) expect(description.split(title).length - 1).toBe(1);
    }
  });

  it('never suggests a spelling the query already contains', async () => {
    for (const words of ['asylum', 'asylum denied', 'juarez']) {
      const description = messageOf(await search(words)).embeds?.[0]?.description ?? '';
      for (const word of words.split(' ')) expect(description).not.toContain(`\`${word}\``);
    }
  });

  it('offers a button per hit that opens its passage in context, with the paragraphs around it', async () => {
    const data = messageOf(await search('juarez denied'));
    const hits = query('juarez denied', { limit: SEARCH_PAGE_SIZE }).hits;
    const contextButtons = buttonsOf(data).filter(
      (button) => 'custom_id' in button && button.custom_id.startsWith('c1|'),
    );
    expect(contextButtons).toHaveLength(hits.length);
    const first = contextButtons[0];
    const hit = hits[0];
    if (first === undefined || !('custom_id' in first) || hit === undefined)
      throw new Error('no context button');
    const opened = await handleInteraction(buttonPress(first.custom_id, data));
    expect(limitViolations(opened)).toEqual([]);
    const shown = messageOf(opened);
    const article = getArticle(hit.articleId);
    const text = shown.embeds?.[0]?.description ?? '';
    // The passage itself, set off as a quote, and its neighbours.
    expect(text).toContain(`> **¶${hit.paragraphIndex + 1}**`);
    if (hit.paragraphIndex > 0) expect(text).toContain(`**¶${hit.paragraphIndex}**`);
    if (article !== undefined && hit.paragraphIndex + 1 < article.paragraphs.length)
      expect(text).toContain(`**¶${hit.paragraphIndex + 2}**`);
  });

  it('refines by choosing a facet value from a menu, which adds the filter to the query', async () => {
    const data = messageOf(await search('asylum'));
    const menus = (data.components ?? []).flatMap((row) =>
      row.type === ComponentType.ActionRow
        ? row.components.filter((c) => c.type === ComponentType.StringSelect)
        : [],
    );
    expect(menus.length).toBeGreaterThan(0);
    const menu = menus[0];
    if (menu === undefined || menu.type !== ComponentType.StringSelect) throw new Error('no menu');
    const option = menu.options[0];
    if (option === undefined) throw new Error('empty menu');
    const field = menu.custom_id.split('|')[1] ?? '';
    const chosen = await handleInteraction({
      ...buttonPress(menu.custom_id, data),
      data: { custom_id: menu.custom_id, component_type: ComponentType.StringSelect, values: [option.value] },
    } as never);
    expect(limitViolations(chosen)).toEqual([]);
    expect(chosen.type).toBe(InteractionResponseType.UpdateMessage);
    const refined = query(`asylum ${field}:${/\s/.test(option.value) ? `"${option.value}"` : option.value}`);
    expect(
      messageOf(chosen).embeds?.[0]?.footer?.text?.startsWith(`${firstPageCount(refined.totalHits)} · `),
    ).toBe(true);
  });
});
