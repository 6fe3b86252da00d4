import { figures, getArticle } from '@asylum-archive/core';
import { describe, expect, it } from 'vitest';
import { escapeArchiveText } from '../../src/discord/escape';
import { handleInteraction } from '../../src/index';
import { chatInput, messageOf, string } from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

const figureCard = (value: string) => handleInteraction(chatInput('figure', [string('topic', value)]));

describe('/figure on every shipped figure', () => {
  it.each(figures.map((figure) => [figure.id, figure] as const))('%s', async (_id, figure) => {
    const response = await figureCard(figure.id);
    expect(limitViolations(response)).toEqual([]);
    const embed = messageOf(response).embeds?.[0];
    const field = (name: string) => embed?.fields?.find((candidate) => candidate.name === name)?.value ?? '';
    if (figure.unit === 'percent') expect(embed?.title).toContain(`${figure.value}%`);
    else expect(embed?.title).toContain(`${figure.value.toLocaleString('en-US')} ${figure.unit}`);
    expect(embed?.description).toContain(escapeArchiveText(figure.counts));
    expect(field('Period')).toBe(figure.period === null ? 'not stated' : escapeArchiveText(figure.period));

    // The sentence shown is a whole sentence of the article that contains the cited words.
    const sentence = field('The sentence it comes from').replace(/^> /, '');
    expect(sentence).toContain(escapeArchiveText(figure.citation.excerpt));
    const article = getArticle(figure.citation.articleId);
    expect(article?.paragraphs.some((paragraph) => escapeArchiveText(paragraph).includes(sentence))).toBe(
      true,
    );
    expect(field('Source')).toContain(escapeArchiveText(article?.title ?? ''));

    // The hedge is the text's own: when a word such as "some" or "nearly" stands right before the number in
    // the sentence, the card says that word, not the curators' category for it.
    const number = new RegExp(`(\\w+(?: \\w+)?) ${figure.value.toLocaleString('en-US')}\\b`).exec(sentence);
    const before = number?.[1]?.toLowerCase() ?? '';
    const hedges = [
      'some',
      'about',
      'nearly',
      'almost',
      'more than',
      'at least',
      'around',
      'roughly',
      'over',
    ];
    const said = hedges.find((hedge) => before === hedge || before.endsWith(` ${hedge}`));
    if (figure.qualifier !== 'exact' && said !== undefined)
      expect(embed?.title?.startsWith(`${said} `)).toBe(true);
  });

  it('resolves free text to the most useful figure and names the others that match as well', async () => {
    // What a figure is found by: what it counts and its id (written by the curators from the same words).
    const matching = figures.filter(
      (figure) =>
        /police/i.test(`${figure.counts} ${figure.id}`) && /killed/i.test(`${figure.counts} ${figure.id}`),
    );
    expect(matching.length).toBeGreaterThan(1);
    const data = messageOf(await figureCard('police killed'));
    expect(matching.map((figure) => figure.id)).toContain(data.embeds?.[0]?.footer?.text);
    const others = matching.filter((figure) => figure.id !== data.embeds?.[0]?.footer?.text);
    for (const figure of others.slice(0, 3)) expect(data.content).toContain(figure.id);
  });
});
