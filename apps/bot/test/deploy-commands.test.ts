import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../src/index';
import { parseDeployArguments } from '../src/transports/deploy/deploy-arguments';
import { runDeployCommands } from '../src/transports/deploy/run-deploy-commands';
import { type FakeDiscord, startFakeDiscord } from './transports/support/fake-discord';

const TOKEN = 'MTExMTExMTExMTExMTExMTEx.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const APPLICATION_ID = '123456789012345678';
const GUILD_ID = '876543210987654321';
const env = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID };

const servers: FakeDiscord[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** Discord's bulk overwrite answers with the registered commands, ids added. */
async function fakeDiscord(status = 200, errorBody?: unknown): Promise<FakeDiscord> {
  const server = await startFakeDiscord((request) =>
    status === 200
      ? {
          status,
          body: (request.body as RESTPostAPIApplicationCommandsJSONBody[]).map((command, index) => ({
            ...command,
            id: String(900000000000000000n + BigInt(index)),
            application_id: APPLICATION_ID,
            version: '1',
          })),
        }
      : { status, body: errorBody },
  );
  servers.push(server);
  return server;
}

async function run(argv: string[], discord: FakeDiscord | undefined, runEnv: Record<string, string> = env) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDeployCommands({
    argv,
    env: runEnv,
    commands: commandDefinitions,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    ...(discord === undefined ? {} : { rest: { api: discord.api, retries: 0 } }),
  });
  return { code, out, err };
}

describe('deploy-commands (a local server stands in for Discord’s REST API)', () => {
  it('bulk-overwrites the global commands with one PUT carrying exactly the command definitions', async () => {
    const discord = await fakeDiscord();
    const { code, out } = await run([], discord);
    expect(code).toBe(0);
    expect(discord.requests).toEqual([
      {
        method: 'PUT',
        path: `/api/v10/applications/${APPLICATION_ID}/commands`,
        authorization: `Bot ${TOKEN}`,
        body: JSON.parse(JSON.stringify(commandDefinitions)),
      },
    ]);
    expect(out[0]).toBe(
      `✔ Registered ${commandDefinitions.length} commands globally: ${commandDefinitions.map((c) => `/${c.name}`).join(', ')}`,
    );
  });

  it('registers in one guild with --guild', async () => {
    const discord = await fakeDiscord();
    const { code, out } = await run(['--guild', GUILD_ID], discord);
    expect(code).toBe(0);
    expect(discord.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `PUT /api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`,
    ]);
    expect(discord.requests[0]?.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions)));
    expect(out[0]).toContain(`in guild ${GUILD_ID}`);
  });

  it('explains a rejected token and exits 1', async () => {
    const discord = await fakeDiscord(401, { message: '401: Unauthorized', code: 0 });
    const { code, err } = await run([], discord);
    expect(code).toBe(1);
    expect(err).toEqual([
      '✖ Discord rejected DISCORD_TOKEN (401). Reset it in Discord Developer Portal (https://discord.com/developers/applications) → your application → Bot → Reset Token.',
    ]);
    expect(err.join('\n')).not.toContain(TOKEN);
  });

  it('explains missing access to a guild', async () => {
    const discord = await fakeDiscord(403, { message: 'Missing Access', code: 50001 });
    const { code, err } = await run([`--guild=${GUILD_ID}`], discord);
    expect(code).toBe(1);
    expect(err[0]).toMatch(
      /refused access to guild 876543210987654321 \(403\): invite the bot there with the applications\.commands scope/,
    );
  });

  it('passes on Discord’s own words for a rejected payload', async () => {
    const discord = await fakeDiscord(400, {
      message: 'Invalid Form Body',
      code: 50035,
      errors: {
        '0': {
          name: {
            _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' }],
          },
        },
      },
    });
    const { code, err } = await run([], discord);
    expect(code).toBe(1);
    expect(err[0]).toContain('(400, code 50035)');
    expect(err[0]).toContain('Command name is invalid');
  });

  it('prints the request without sending it with --dry-run, and needs no token for that', async () => {
    const { code, out } = await run(['--dry-run', '--guild', GUILD_ID], undefined, {});
    expect(code).toBe(0);
    expect(out[0]).toBe(`PUT /applications/{DISCORD_APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(JSON.parse(out[1] ?? '')).toEqual(JSON.parse(JSON.stringify(commandDefinitions)));
  });

  it('names missing variables and exits 2 without calling Discord', async () => {
    const discord = await fakeDiscord();
    const { code, err } = await run([], discord, {});
    expect(code).toBe(2);
    expect(err.map((line) => line.split(':')[0])).toEqual([
      '✖ DISCORD_TOKEN is missing',
      '✖ DISCORD_APPLICATION_ID is missing',
    ]);
    expect(discord.requests).toEqual([]);
  });

  it('refuses bad arguments with the usage text and exit code 2', async () => {
    const { code, err } = await run(['--guild', 'my-server'], undefined);
    expect(code).toBe(2);
    expect(err[0]).toBe('✖ --guild expects a server id of 17 to 20 digits (got "my-server").');
    expect(err[1]).toMatch(/^Usage: deploy-commands/);
    expect(() => parseDeployArguments(['--guild'])).toThrow(/needs a server id/);
    expect(() => parseDeployArguments(['--global'])).toThrow('Unknown argument "--global".');
  });

  it('runs as a real process: the entry point reads the environment and prints the dry run', async () => {
    const entry = fileURLToPath(new URL('../src/deploy-commands.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', entry, '--dry-run'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { PATH: process.env.PATH ?? '', DISCORD_APPLICATION_ID: APPLICATION_ID },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`PUT /applications/${APPLICATION_ID}/commands`);
  });
});
