import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { DiscordLimits } from '../../src/discord/limits';
import { commandDefinitions, commands } from '../../src/index';

// Discord's rule for command and option names (lower case where the script has case).
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function isChatInput(
  body: RESTPostAPIApplicationCommandsJSONBody,
): body is RESTPostAPIChatInputApplicationCommandsJSONBody {
  return body.type === ApplicationCommandType.ChatInput;
}
const chatInputs = commandDefinitions.filter(isChatInput);

describe('command definitions', () => {
  it('exposes the contract names: search, article, person, case, map, figure, browse, about, help', () => {
    expect(chatInputs.map((command) => command.name)).toEqual([
      'search',
      'article',
      'person',
      'case',
      'map',
      'figure',
      'browse',
      'about',
      'help',
    ]);
  });

  it('gives each command and option valid names and descriptions, in English and both Spanish locales', () => {
    expect(chatInputs.length).toBeGreaterThan(0);
    for (const command of chatInputs) {
      const named = [command, ...(command.options ?? [])];
      for (const item of named) {
        const names = [item.name, item.name_localizations?.['es-ES'], item.name_localizations?.['es-419']];
        for (const name of names) {
          expect(name, `${item.name}`).toMatch(NAME);
          expect(name).toBe(name?.toLowerCase());
        }
        for (const description of [
          item.description,
          item.description_localizations?.['es-ES'],
          item.description_localizations?.['es-419'],
        ]) {
          expect(description?.length, `${item.name}: ${description}`).toBeGreaterThan(0);
          expect(description?.length, `${item.name}: ${description}`).toBeLessThanOrEqual(
            DiscordLimits.commandDescription,
          );
        }
      }
    }
  });

  it('defines the options of the issue: /search query [outlet] [year] [target] [hide], autocomplete for records', () => {
    const options = chatInputs.find((command) => command.name === 'search')?.options ?? [];
    expect(options.map((option) => [option.name, option.type, option.required])).toEqual([
      ['query', ApplicationCommandOptionType.String, true],
      ['outlet', ApplicationCommandOptionType.String, false],
      ['year', ApplicationCommandOptionType.Integer, false],
      ['target', ApplicationCommandOptionType.User, false],
      ['hide', ApplicationCommandOptionType.Boolean, false],
    ]);
    for (const [name, option] of [
      ['article', 'article'],
      ['person', 'name'],
      ['case', 'name'],
      ['figure', 'topic'],
    ] as const) {
      const command = commands.find((candidate) => candidate.name === name);
      expect(command?.options).toEqual([
        expect.objectContaining({ name: option, required: true, autocomplete: true }),
      ]);
    }
  });

  it('autocompletes the outlet instead of fixing choices at deploy time, which would be the shipped archive’s', () => {
    const search = chatInputs.find((command) => command.name === 'search');
    const outlet = search?.options?.find((option) => option.name === 'outlet');
    expect(outlet).toMatchObject({ name: 'outlet', autocomplete: true });
    expect(outlet && 'choices' in outlet ? outlet.choices : undefined).toBeUndefined();
  });

  it('is plain JSON that survives a round trip (what deploy-commands sends)', () => {
    expect(JSON.parse(JSON.stringify(commandDefinitions))).toEqual(commandDefinitions);
  });
});
