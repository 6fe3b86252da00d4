import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands, createInteractionHandler } from '../../src/index';
import {
  allText,
  autocomplete,
  boolean,
  buttonPress,
  chatInput,
  integer,
  messageOf,
  string,
} from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

/** Pieces people (or attackers) paste: mentions, Markdown, invisible and direction-changing characters. */
const NASTY = [
  '@everyone',
  '@here',
  '@every\u200bone',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&987654321098765432>',
  '<#111111111111111111>',
  '</search:1>',
  '**bold**',
  '__under__',
  '~~strike~~',
  '||spoiler||',
  '`code`',
  '```',
  '> quote',
  '# heading',
  '-# small',
  '[link](https://example.com)',
  '\\',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\u0000',
  '\n',
  '"',
  'outlet:',
  'year:2009..2011',
  '-',
  'juárez',
  '😀',
  '\ud800',
  's1|0|||',
];

const piece = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);

const hostileText = fc.oneof(
  fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')),
  // 5,000–6,000 characters: Discord's largest option value, well past every limit of a reply.
  fc
    .tuple(fc.constantFrom(...NASTY, 'a', 'juarez '), fc.integer({ min: 5000, max: 6000 }))
    .map(([text, length]) => text.repeat(Math.ceil(length / text.length)).slice(0, length)),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const locale = fc.constantFrom('en-US', 'en-GB', 'es-ES', 'es-419', 'fr', 'zz-ZZ');

const interaction: fc.Arbitrary<APIInteraction> = fc.oneof(
  fc
    .tuple(
      hostileText,
      fc.option(hostileText, { nil: undefined }),
      fc.option(fc.integer(), { nil: undefined }),
      fc.boolean(),
      locale,
    )
    .map(([query, outlet, year, hide, lang]) =>
      chatInput(
        'search',
        [
          string('query', query),
          ...(outlet === undefined ? [] : [string('outlet', outlet)]),
          ...(year === undefined ? [] : [integer('year', year)]),
          boolean('hide', hide),
        ],
        lang,
      ),
    ),
  fc
    .tuple(
      fc.constantFrom(['article', 'article'], ['person', 'name'], ['case', 'name'], ['figure', 'topic']),
      hostileText,
      locale,
    )
    .map(([[command, option], value, lang]) => chatInput(command, [string(option, value)], lang)),
  fc
    .tuple(
      fc.constantFrom(
        ['article', 'article'],
        ['person', 'name'],
        ['case', 'name'],
        ['figure', 'topic'],
        ['search', 'query'],
      ),
      hostileText,
      locale,
    )
    .map(([[command, option], value, lang]) => autocomplete(command, option, value, lang)),
  fc.tuple(hostileText, locale).map(([customId, lang]) => buttonPress(customId, {}, lang)),
  fc
    .tuple(hostileText, fc.integer({ min: 0, max: 5 }), locale)
    .map(([query, page, lang]) => buttonPress(`s1|${page}|||${query}`, {}, lang)),
  fc.tuple(hostileText, locale).map(([name, lang]) => chatInput(name, [], lang)),
  fc
    .tuple(fc.constantFrom(...commands.map((command) => command.name)), locale)
    .map(([name, lang]) => chatInput(name, [], lang)),
);

/** Text Discord would turn into a ping or a mention pill if mentions were not escaped. */
const LIVE_MENTION = /@(everyone|here)|<(@[!&]?|#)\d+>|<\/[\w-]+:\d+>/;

function textOf(response: APIInteractionResponse): string {
  try {
    return allText(messageOf(response));
  } catch {
    return '';
  }
}

describe('hostile input (property)', () => {
  it('always gets a valid reply within Discord’s limits, with mentions disabled and escaped, and no internal error', async () => {
    const failures: unknown[] = [];
    const handle = createInteractionHandler({ onError: (error) => failures.push(error) });
    await fc.assert(
      fc.asyncProperty(interaction, async (input) => {
        const response = await handle(input);
        expect(limitViolations(response)).toEqual([]);
        expect(textOf(response)).not.toMatch(LIVE_MENTION);
        expect(failures).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
