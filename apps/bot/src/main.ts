import { runConsoleSession } from './console/session';
import { handleInteraction } from './index';

// Terminal mode when no token is configured: the project's main job on a fresh clone. The Discord
// transports plug in here (see src/transports/start.ts).
if (process.env.DISCORD_TOKEN === undefined || process.env.DISCORD_TOKEN === '') {
  process.exitCode = await runConsoleSession({
    handler: handleInteraction,
    input: process.stdin,
    output: process.stdout,
    env: process.env,
  });
} else {
  process.stderr.write(
    '✖ DISCORD_TOKEN is set, but this build has no Discord transport yet. Unset it to use the terminal mode.\n',
  );
  process.exitCode = 2;
}
