import { describe, expect, it } from 'vitest';
import {
  escapeArchiveText,
  escapeMarkdown,
  escapeMentions,
  escapeUserText,
  toSingleLine,
} from '../../src/discord/escape';

describe('escapeMentions', () => {
  it('breaks @everyone and @here', () => {
    expect(escapeMentions('hi @everyone and @here')).not.toMatch(/@(everyone|here)/);
  });

  it('breaks user, role, channel and command mentions', () => {
    const escaped = escapeMentions('<@123> <@!123> <@&456> <#789> </search:1>');
    expect(escaped).not.toMatch(/<[@#/]/);
  });

  it('leaves ordinary angle brackets alone', () => {
    expect(escapeMentions('3 < 4 and a <b> tag')).toBe('3 < 4 and a <b> tag');
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline formatting characters', () => {
    expect(escapeMarkdown('**bold** _it_ ~~s~~ `c` ||spoiler|| [l](u)')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|spoiler\\|\\| \\[l\\](u)',
    );
  });

  it('escapes headings, quotes, lists and subtext at the start of a line only', () => {
    expect(escapeMarkdown('# title\n> quote\n- item\n1. first\na-b #c')).toBe(
      '\\# title\n\\> quote\n\\- item\n1\\. first\na-b #c',
    );
  });
});

describe('escapeUserText', () => {
  it('folds newlines and removes invisible and control characters', () => {
    expect(toSingleLine('a\nb\u200b\u202ec\u0007')).toBe('a bc');
    expect(escapeUserText('@every\u200bone')).not.toContain('@everyone');
  });

  it('keeps text readable: only the escapes are added', () => {
    expect(escapeUserText('Juárez denied')).toBe('Juárez denied');
  });
});

describe('escapeArchiveText', () => {
  it('keeps line breaks but escapes Markdown and mentions', () => {
    expect(escapeArchiveText('line *one*\n@here')).toBe('line \\*one\\*\n@\u200bhere');
  });
});
