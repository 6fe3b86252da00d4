import { articles, figures, getOrganization } from '@asylum-archive/core';
import { MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { escapeArchiveText } from '../../src/discord/escape';
import { handleInteraction } from '../../src/index';
import { buttonPress, buttonsOf, chatInput, messageOf, string } from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

const articleCard = (value: string, locale?: string) =>
  handleInteraction(chatInput('article', [string('article', value)], locale));

function field(data: ReturnType<typeof messageOf>, name: string): string | undefined {
  return data.embeds?.[0]?.fields?.find((candidate) => candidate.name === name)?.value;
}

describe('/article on every shipped article', () => {
  it.each(articles.map((article) => [article.id, article] as const))('%s', async (_id, article) => {
    const response = await articleCard(article.id);
    expect(limitViolations(response)).toEqual([]);
    const data = messageOf(response);
    const embed = data.embeds?.[0];
    expect(embed?.title).toBe(article.title);
    expect(embed?.url).toBe(article.url ?? undefined);
    expect(embed?.description).toContain(escapeArchiveText(article.summary.text).slice(0, 200));
    expect(field(data, 'Outlet')).toContain(escapeArchiveText(getOrganization(article.outlet)?.name ?? ''));

    const published = field(data, 'Published') ?? '';
    if (article.published.value === null) expect(published).toBe('date unknown');
    else expect(published).toContain(article.published.value.slice(0, 4));
    expect(published.includes('(inferred)')).toBe(
      article.published.value !== null && article.published.basis.startsWith('inferred'),
    );

    expect(field(data, 'Link')).toBe(
      article.url ?? 'No link known: the saved page does not give its address.',
    );
    expect(field(data, 'Rights and attribution')).toContain(escapeArchiveText(article.rights).slice(0, 100));

    for (const figure of figures.filter((candidate) => candidate.citation.articleId === article.id)) {
      expect(field(data, 'Key figures')).toContain(escapeArchiveText(figure.counts));
    }
    const notes = field(data, 'Notes') ?? '';
    expect(notes.includes('curators’: the saved page lost its headline')).toBe(
      article.titleSource === 'editorial',
    );
    expect(notes.includes('cut off')).toBe(article.truncated);
  });
});

describe('/article with typed text', () => {
  it('finds an article by its outlet’s name', async () => {
    const observer = articles.filter((article) => article.outlet === 'texas-observer');
    expect(observer).toHaveLength(1);
    const data = messageOf(await articleCard('texas observer'));
    expect(data.embeds?.[0]?.title).toBe(observer[0]?.title);
  });

  it('says plainly when nothing matches', async () => {
    const data = messageOf(await articleCard('qqqqzzzz'));
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.content).toContain('No article in the archive matches “qqqqzzzz”');
  });

  it('labels the card in Spanish for a Spanish client', async () => {
    const data = messageOf(await articleCard(articles[0]?.id ?? '', 'es-ES'));
    expect(data.embeds?.[0]?.fields?.map((each) => each.name)).toContain('Medio');
  });
});

describe('reading an article page by page', () => {
  it('pages through every paragraph exactly once, in order, from the card’s Read button', async () => {
    for (const article of articles) {
      let data = messageOf(await handleInteraction(chatInput('article', [string('article', article.id)])));
      const read = buttonsOf(data)[0];
      if (read === undefined) throw new Error('no read button');
      let customId: string | undefined = read.customId;
      const seen: number[] = [];
      while (customId !== undefined) {
        const response = await handleInteraction(buttonPress(customId, data));
        expect(limitViolations(response)).toEqual([]);
        data = messageOf(response);
        const text = data.embeds?.[0]?.description ?? '';
        seen.push(...[...text.matchAll(/^\*\*¶(\d+)\*\*/gm)].map((match) => Number(match[1])));
        customId = buttonsOf(data).find((button) => button.label.endsWith('▶') && !button.disabled)?.customId;
      }
      expect(seen).toEqual(article.paragraphs.map((_, index) => index + 1));
    }
  });
});
