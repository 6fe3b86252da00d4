import { DiscordAPIError } from '@discordjs/rest';
import { describe, expect, it } from 'vitest';
import { withoutRedaction } from '../../src/transports/shared/logger';
import { safeErrorFields } from '../../src/transports/shared/safe-error';
import { captureLogs } from './support/captured-logs';

const BOT_TOKEN = 'MTExMTExMTExMTExMTExMTEx.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const INTERACTION_TOKEN = 'aW50ZXJhY3Rpb246c2VjcmV0';
const SIGNATURE = 'ab'.repeat(64);

describe('structured logs', () => {
  it('writes one JSON object per line with level, message and the bindings', () => {
    const logs = captureLogs('info');
    logs.logger.child({ reqId: 'req-1' }).info({ status: 200 }, 'answered interaction');
    logs.logger.debug('below the level, not written');
    expect(logs.lines()).toEqual([
      expect.objectContaining({ level: 30, reqId: 'req-1', status: 200, msg: 'answered interaction' }),
    ]);
  });

  it('writes the per-request line to the same destination, at the same level, with the same bindings', () => {
    const logs = captureLogs('info');
    const answered = withoutRedaction(logs.logger);
    answered.info({ reqId: 'req-2', status: 200 }, 'answered interaction');
    answered.debug('below the level, not written');
    logs.logger.info({ token: INTERACTION_TOKEN }, 'still censored');
    expect(logs.lines()).toEqual([
      expect.objectContaining({
        level: 30,
        app: 'asylum-archive-bot',
        reqId: 'req-2',
        msg: 'answered interaction',
      }),
      expect.objectContaining({ token: '[redacted]', msg: 'still censored' }),
    ]);
  });

  it('censors tokens, signatures and authorization headers at the top level and one object down', () => {
    const logs = captureLogs();
    logs.logger.info(
      {
        token: INTERACTION_TOKEN,
        DISCORD_TOKEN: BOT_TOKEN,
        authorization: `Bot ${BOT_TOKEN}`,
        signature: SIGNATURE,
        'x-signature-ed25519': SIGNATURE,
        interaction: { id: '1', token: INTERACTION_TOKEN },
        env: { DISCORD_TOKEN: BOT_TOKEN },
        req: { headers: { authorization: `Bot ${BOT_TOKEN}`, 'x-signature-ed25519': SIGNATURE } },
      },
      'everything secret in one line',
    );
    const text = logs.text();
    expect(text).not.toContain(BOT_TOKEN);
    expect(text).not.toContain(INTERACTION_TOKEN);
    expect(text).not.toContain(SIGNATURE);
    expect(logs.lines()[0]).toMatchObject({
      token: '[redacted]',
      interaction: { id: '1', token: '[redacted]' },
      req: { headers: { authorization: '[redacted]', 'x-signature-ed25519': '[redacted]' } },
    });
  });

  it('keeps the interaction token of a REST error URL out of the log', () => {
    const error = new DiscordAPIError(
      { code: 10015, message: 'Unknown Webhook' },
      10015,
      404,
      'PATCH',
      `https://discord.com/api/v10/webhooks/1/${INTERACTION_TOKEN}/messages/@original`,
      { body: { content: 'x' } },
    );
    const logs = captureLogs();
    logs.logger.error({ err: error }, 'raw error object');
    logs.logger.error({ err: safeErrorFields(error) }, 'safe fields');
    expect(logs.text()).not.toContain(INTERACTION_TOKEN);
    expect(logs.lines()[1]).toMatchObject({ err: { status: 404, code: 10015, message: 'Unknown Webhook' } });
  });
});
