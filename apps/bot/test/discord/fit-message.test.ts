import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { embedLength, fitMessage } from '../../src/discord/fit-message';
import { DiscordLimits } from '../../src/discord/limits';
import { autocompleteWith, ephemeralNotice, replyWith } from '../../src/discord/responses';
import { limitViolations } from '../helpers/limits';

describe('fitMessage', () => {
  it('shrinks every part to its limit', () => {
    const fitted = fitMessage({
      content: 'c'.repeat(5000),
      embeds: [
        {
          title: 't'.repeat(300),
          description: 'd'.repeat(5000),
          fields: Array.from({ length: 30 }, (_, index) => ({
            name: `n${index}`.repeat(100),
            value: 'v'.repeat(2000),
          })),
          footer: { text: 'f'.repeat(3000) },
        },
      ],
    });
    expect(limitViolations(replyWith(fitted))).toEqual([]);
    expect(fitted.content).toHaveLength(DiscordLimits.messageContent);
  });

  it('keeps all embeds together within 6,000 characters, dropping the last fields first', () => {
    const embed = {
      title: 'title',
      description: 'd'.repeat(3000),
      fields: [
        { name: 'a', value: 'v'.repeat(1000) },
        { name: 'b', value: 'w'.repeat(1000) },
      ],
    };
    const fitted = fitMessage({ embeds: [embed, embed] });
    const total = (fitted.embeds ?? []).reduce((sum, each) => sum + embedLength(each), 0);
    expect(total).toBeLessThanOrEqual(DiscordLimits.embedTotal);
    expect(fitted.embeds?.[0]?.fields).toHaveLength(2);
  });

  it('gives empty field names and values a placeholder Discord accepts', () => {
    const fitted = fitMessage({ embeds: [{ fields: [{ name: ' ', value: '' }] }] });
    expect(fitted.embeds?.[0]?.fields?.[0]).toEqual({ name: '—', value: '—' });
  });
});

describe('responses', () => {
  it('never allows mentions, and marks notices ephemeral', () => {
    const notice = ephemeralNotice('hello @everyone');
    expect(notice.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(notice.data.allowed_mentions).toEqual({ parse: [] });
    expect(notice.data.flags).toBe(MessageFlags.Ephemeral);
  });

  it('makes autocomplete choices valid: at most 25, names 1–100 on one line, values ≤ 100, no duplicates', () => {
    const choices = [
      { name: '', value: 'empty-name' },
      { name: 'x'.repeat(150), value: 'long-name' },
      { name: 'dup', value: 'long-name' },
      { name: 'too long value', value: 'v'.repeat(101) },
      { name: 'two\nlines', value: 'two-lines' },
      ...Array.from({ length: 40 }, (_, index) => ({ name: `n${index}`, value: `v${index}` })),
    ];
    const response = autocompleteWith(choices);
    expect(limitViolations(response)).toEqual([]);
    expect(response.data.choices).toHaveLength(25);
    expect(response.data.choices?.map((choice) => choice.value)).not.toContain('empty-name');
    expect(response.data.choices?.find((choice) => choice.value === 'two-lines')?.name).toBe('two lines');
  });
});
