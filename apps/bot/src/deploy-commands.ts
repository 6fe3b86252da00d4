/**
 * `pnpm --filter @asylum-archive/bot deploy-commands [--guild ID] [--dry-run]`: registers the pure
 * layer's command definitions with Discord in one bulk overwrite.
 */

import { CONFIG_ERROR_EXIT_CODE, ConfigError } from './config/config-error';
import { withEnvFile } from './config/env-file';
import { commandDefinitions } from './index';
import { runDeployCommands } from './transports/deploy/run-deploy-commands';

function printError(line: string) {
  process.stderr.write(`${line}\n`);
}

try {
  process.exitCode = await runDeployCommands({
    argv: process.argv.slice(2),
    env: withEnvFile(process.env, process.cwd()),
    commands: commandDefinitions,
    out: (line) => process.stdout.write(`${line}\n`),
    err: printError,
  });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  for (const problem of error.problems) printError(`✖ ${problem}`);
  process.exitCode = CONFIG_ERROR_EXIT_CODE;
}
