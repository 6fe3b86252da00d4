import { DiscordAPIError, HTTPError, type RESTOptions } from '@discordjs/rest';
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { parseDeployConfig } from '../../config/bot-config';
import { CONFIG_ERROR_EXIT_CODE, ConfigError } from '../../config/config-error';
import type { Env } from '../../config/variables';
import { createDiscordRest } from '../shared/discord-rest';
import { DEPLOY_USAGE, parseDeployArguments, UsageError } from './deploy-arguments';
import { deployCommands, deployRoute } from './deploy-commands';

export interface DeployRun {
  argv: readonly string[];
  env: Env;
  commands: readonly RESTPostAPIApplicationCommandsJSONBody[];
  out: (line: string) => void;
  err: (line: string) => void;
  /** Tests point `api` at a local server standing in for Discord. */
  rest?: Partial<RESTOptions>;
}

const PORTAL = 'Discord Developer Portal (https://discord.com/developers/applications)';

/** Turns what Discord answered into a sentence that says what to change. */
function explainFailure(error: unknown, guildId: string | undefined): string {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) {
      return `Discord rejected DISCORD_TOKEN (401). Reset it in ${PORTAL} → your application → Bot → Reset Token.`;
    }
    if (error.status === 403 || error.code === 50001) {
      return guildId === undefined
        ? `Discord refused access (${error.status}): check that DISCORD_APPLICATION_ID belongs to the token's bot.`
        : `Discord refused access to guild ${guildId} (${error.status}): invite the bot there with the applications.commands scope (see README → Invite URL), and check the id.`;
    }
    if (error.status === 404) {
      return `Discord does not know this application or guild (404): check DISCORD_APPLICATION_ID${guildId === undefined ? '' : ' and --guild'}.`;
    }
    return `Discord refused the commands (${error.status}, code ${error.code}): ${error.message}`;
  }
  if (error instanceof HTTPError)
    return `Discord answered ${error.status} ${error.message}; try again later.`;
  const message = error instanceof Error ? error.message : String(error);
  return `Could not reach Discord: ${message}. Check the network connection and try again.`;
}

/** The deploy-commands CLI as a function: returns the exit code (0 done, 1 Discord refused, 2 bad input). */
export async function runDeployCommands(run: DeployRun): Promise<number> {
  let args: ReturnType<typeof parseDeployArguments>;
  try {
    args = parseDeployArguments(run.argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    run.err(`✖ ${error.message}`);
    run.err(DEPLOY_USAGE);
    return CONFIG_ERROR_EXIT_CODE;
  }
  if (args.help) {
    run.out(DEPLOY_USAGE);
    return 0;
  }
  const scope = args.guildId === undefined ? 'globally' : `in guild ${args.guildId}`;
  const names = run.commands.map((command) => `/${command.name}`).join(', ');

  if (args.dryRun) {
    const applicationId = run.env.DISCORD_APPLICATION_ID?.trim() || '{DISCORD_APPLICATION_ID}';
    const target = args.guildId === undefined ? { applicationId } : { applicationId, guildId: args.guildId };
    run.out(`PUT ${decodeURIComponent(deployRoute(target))}`);
    run.out(JSON.stringify(run.commands, null, 2));
    return 0;
  }

  let config: ReturnType<typeof parseDeployConfig>;
  try {
    config = parseDeployConfig(run.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) run.err(`✖ ${problem}`);
    return CONFIG_ERROR_EXIT_CODE;
  }

  const rest = createDiscordRest(config.token, { retries: 1, ...run.rest });
  const target =
    args.guildId === undefined
      ? { applicationId: config.applicationId }
      : { applicationId: config.applicationId, guildId: args.guildId };
  try {
    const registered = await deployCommands(rest, target, run.commands);
    run.out(
      `✔ Registered ${registered.length} command${registered.length === 1 ? '' : 's'} ${scope}: ${names}`,
    );
    run.out('  A Discord client that was open may need a reload (Ctrl+R) to show changed commands.');
    return 0;
  } catch (error) {
    run.err(`✖ ${explainFailure(error, args.guildId)}`);
    return 1;
  }
}
