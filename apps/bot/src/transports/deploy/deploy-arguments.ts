import { PATTERNS } from '../../config/variable-schemas';

export interface DeployArguments {
  guildId?: string;
  /** Print the route and payload instead of sending them; needs no token. */
  dryRun: boolean;
  help: boolean;
}

export const DEPLOY_USAGE = `Usage: deploy-commands [--guild <id>] [--dry-run]

Registers the bot's slash commands with Discord, replacing whatever was registered before.
  --guild <id>  register in one server only (instant; handy while testing)
                without it the commands are global (every server the bot is in)
  --dry-run     print the request instead of sending it (no token needed)
Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example).`;

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses `--guild ID`, `--guild=ID`, `--dry-run` and `--help`; anything else is a usage error. */
export function parseDeployArguments(argv: readonly string[]): DeployArguments {
  const parsed: DeployArguments = { dryRun: false, help: false };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    if (argument === '--help' || argument === '-h') {
      parsed.help = true;
    } else if (argument === '--dry-run') {
      parsed.dryRun = true;
    } else if (argument === '--guild' || argument.startsWith('--guild=')) {
      const value = argument === '--guild' ? argv[++index] : argument.slice('--guild='.length);
      if (value === undefined || value === '') {
        throw new UsageError(
          '--guild needs a server id: Discord → Settings → Advanced → Developer Mode, then right-click the server → Copy Server ID.',
        );
      }
      if (!PATTERNS.snowflake.test(value)) {
        throw new UsageError(`--guild expects a server id of 17 to 20 digits (got "${value}").`);
      }
      parsed.guildId = value;
    } else {
      throw new UsageError(`Unknown argument "${argument}".`);
    }
  }
  return parsed;
}
