import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { messageToQuery } from '../../src/commands/search-command';
import { commandDefinitions, handleInteraction } from '../../src/index';
import {
  allText,
  chatInput,
  inPrivateChannel,
  messageCommand,
  messageOf,
  string,
  user,
} from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

const SEARCH_MESSAGE = 'Search the archive';

describe('where the commands can be used (Discord is mocked: interactions are built by hand)', () => {
  it('registers every command for server and user installs, in servers, the bot’s DM and other DMs', () => {
    for (const command of commandDefinitions) {
      expect(command.integration_types).toEqual([
        ApplicationIntegrationType.GuildInstall,
        ApplicationIntegrationType.UserInstall,
      ]);
      expect(command.contexts).toEqual([
        InteractionContextType.Guild,
        InteractionContextType.BotDM,
        InteractionContextType.PrivateChannel,
      ]);
    }
  });

  it('registers a message context-menu command with a valid name in each language and no description', () => {
    const menu = commandDefinitions.filter((command) => command.type === ApplicationCommandType.Message);
    expect(menu.map((command) => command.name)).toEqual([SEARCH_MESSAGE]);
    for (const command of menu) {
      expect('description' in command).toBe(false);
      for (const name of [command.name, ...Object.values(command.name_localizations ?? {})])
        expect(name?.length).toBeLessThanOrEqual(32);
    }
  });

  it('answers a user-installed /search in a DM where the bot is not a member, by the interaction response only', async () => {
    const response = await handleInteraction(
      inPrivateChannel(chatInput('search', [string('query', 'asylum')])),
    );
    expect(limitViolations(response)).toEqual([]);
    expect(messageOf(response).embeds?.length).toBe(1);
  });
});

describe('"Search the archive" on a message', () => {
  it('searches the message’s words and shows the results to the asker only', async () => {
    const response = await handleInteraction(messageCommand(SEARCH_MESSAGE, 'did the judge deny asylum?'));
    expect(limitViolations(response)).toEqual([]);
    const data = messageOf(response);
    expect((data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(allText(data)).toContain('did the judge deny asylum?');
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });

  it('reads query syntax in someone’s message as words, never as a syntax error', async () => {
    expect(messageToQuery('outcome:maybe "unclosed -canada')).toBe('outcome maybe unclosed canada');
    const response = await handleInteraction(
      messageCommand(SEARCH_MESSAGE, 'outcome:maybe "unclosed -canada', 'es-ES'),
    );
    expect(allText(messageOf(response))).not.toContain('No se puede leer');
  });

  it('says so when the message has no text, in the asker’s language', async () => {
    const data = messageOf(await handleInteraction(messageCommand(SEARCH_MESSAGE, '   ', 'es-419')));
    expect(data.content).toBe('Ese mensaje no tiene texto que buscar.');
  });
});

describe('/search target:', () => {
  it('mentions exactly the chosen user and allows no other ping, even when asked to hide', async () => {
    const id = '123456789012345678';
    const response = await handleInteraction(
      chatInput('search', [string('query', 'asylum @everyone <@999>'), user('target', id)]),
    );
    expect(limitViolations(response)).toEqual([]);
    const data = messageOf(response);
    expect(data.content?.startsWith(`<@${id}>`)).toBe(true);
    expect(data.allowed_mentions).toEqual({ parse: [], users: [id] });
    const hidden = messageOf(
      await handleInteraction(
        chatInput('search', [
          string('query', 'asylum'),
          user('target', id),
          { name: 'hide', type: 5, value: true },
        ]),
      ),
    );
    // A mention nobody else can see would reach nobody: the results are shown.
    expect((hidden.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
  });

  it('refuses a target that is not a user id', async () => {
    const data = messageOf(
      await handleInteraction(chatInput('search', [string('query', 'asylum'), user('target', '@everyone')])),
    );
    expect(data.content).toContain('`target`');
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });
});
