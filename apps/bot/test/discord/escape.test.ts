import fc from 'fast-check';
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

describe('the quick paths for text that needs nothing', () => {
  // What the functions did before they skipped text with nothing to change, spelt out step by step.
  const INVISIBLE =
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
  const slowSingleLine = (text: string) => text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const slowArchiveText = (text: string) => escapeMentions(escapeMarkdown(text.replace(INVISIBLE, '')));
  // Every character any of the patterns looks at, and a few that none does.
  const tricky = fc.string({
    unit: fc.constantFrom(
      ...'ab1. \t\n\r#>+-*_~`|[]\\@<:/t\u00a0\u2028\u3000\ufeff\u200b\u200e\u0007\u00ad\u180eé',
      'everyone',
      'here',
    ),
    maxLength: 12,
  });

  it('toSingleLine gives what the full replace chain gives, on any text', () => {
    fc.assert(
      fc.property(tricky, (text) => toSingleLine(text) === slowSingleLine(text)),
      {
        numRuns: 5000,
      },
    );
  });

  it('escapeArchiveText gives what the full replace chain gives, on any text', () => {
    fc.assert(
      fc.property(tricky, (text) => escapeArchiveText(text) === slowArchiveText(text)),
      { numRuns: 5000 },
    );
  });

  it('returns ordinary archive text as it is', () => {
    const title = 'Mexican police officer denied asylum in El Paso, 2009 — Texas Observer';
    expect(escapeArchiveText(title)).toBe(title);
    expect(toSingleLine(title)).toBe(title);
  });
});
