import {
  type APIInteraction,
  type APIModalSubmitInteraction,
  type APIPingInteraction,
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { shippedBotArchive } from '../../src/archive/shipped-archive';
import { createInteractionHandler, errorReference, handleInteraction } from '../../src/index';
import { buttonPress, chatInput, integer, messageOf, string } from '../helpers/interactions';
import { limitViolations } from '../helpers/limits';

function notice(response: Awaited<ReturnType<typeof handleInteraction>>): string {
  const data = messageOf(response);
  expect(data.flags).toBe(MessageFlags.Ephemeral);
  expect(data.allowed_mentions).toEqual({ parse: [] });
  return data.content ?? '';
}

describe('handleInteraction', () => {
  it('answers a PING with a PONG', async () => {
    const ping = { ...chatInput('help'), type: InteractionType.Ping } as unknown as APIPingInteraction;
    expect(await handleInteraction(ping)).toEqual({ type: InteractionResponseType.Pong });
  });

  it('answers an unknown command with a short ephemeral note', async () => {
    expect(notice(await handleInteraction(chatInput('teleport')))).toBe(
      'There is no command called /teleport. Type /help to see what I can do.',
    );
  });

  it('answers a user or message context-menu command as unknown', async () => {
    const base = chatInput('Inspect');
    const contextMenu = {
      ...base,
      data: { ...base.data, type: ApplicationCommandType.User, target_id: '1', resolved: {} },
    } as unknown as APIInteraction;
    expect(notice(await handleInteraction(contextMenu))).toContain('/Inspect');
  });

  it('answers a foreign button and a modal with a short note', async () => {
    expect(notice(await handleInteraction(buttonPress('vote:yes')))).toMatch(/not one of mine/);
    const modal = {
      ...chatInput('help'),
      type: InteractionType.ModalSubmit,
      data: { custom_id: 'form', components: [] },
    } as unknown as APIModalSubmitInteraction;
    expect(notice(await handleInteraction(modal))).toMatch(/not one of mine/);
    expect(
      notice(
        await handleInteraction({
          ...buttonPress('s1|0|||x'),
          data: { custom_id: 's1|0|||x', component_type: ComponentType.StringSelect, values: [] },
        }),
      ),
    ).toMatch(/not one of mine/);
  });

  it.each([
    ['a missing required option', chatInput('person'), 'The option `name` is required.'],
    [
      'an empty required option',
      chatInput('person', [string('name', '  ')]),
      'The option `name` is empty: type what you are looking for.',
    ],
    [
      'a year of the wrong type',
      chatInput('search', [string('query', 'x'), string('year', 'soon')]),
      'The option `year` must be a whole number.',
    ],
    [
      'a year out of range',
      chatInput('search', [string('query', 'x'), integer('year', 1200)]),
      'The option `year` must be between 1990 and 2100.',
    ],
  ])('explains %s', async (_case, interaction, expected) => {
    expect(notice(await handleInteraction(interaction))).toBe(expected);
  });

  it('names options in Spanish for a Spanish client', async () => {
    expect(notice(await handleInteraction(chatInput('person', [], 'es-ES')))).toBe(
      'La opción `nombre` es obligatoria.',
    );
  });

  it('turns an unexpected error into a short ephemeral note with a reference the transport can log', async () => {
    const reported: { error: unknown; reference: string }[] = [];
    const failing = createInteractionHandler({
      archive: {
        ...shippedBotArchive(),
        runQuery: () => {
          throw new TypeError('index is corrupt at offset 42');
        },
      },
      onError: (error, reference) => reported.push({ error, reference }),
    });
    const interaction = chatInput('search', [string('query', 'asylum')]);
    const response = await failing(interaction);
    expect(limitViolations(response)).toEqual([]);
    const text = notice(response);
    const reference = errorReference(interaction);
    expect(reference).toMatch(/^E-[0-9a-f]{8}$/);
    expect(text).toContain(reference);
    expect(text).not.toContain('corrupt');
    expect(reported).toEqual([{ error: new TypeError('index is corrupt at offset 42'), reference }]);
  });

  it('is deterministic: the same interaction gets the same answer', async () => {
    const interaction = chatInput('person', [string('name', 'alarcon')]);
    expect(await handleInteraction(interaction)).toEqual(
      await handleInteraction(structuredClone(interaction)),
    );
  });
});
