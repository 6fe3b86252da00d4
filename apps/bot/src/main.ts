import { runConsoleSession } from './console/session';
import { handleInteraction } from './index';
import { startBot } from './transports/start';

// The mode comes from the environment (BOT_MODE, DISCORD_TOKEN, .env): with no token it is the terminal
// session, the project's main job on a fresh clone; otherwise the gateway or the HTTP endpoint.
process.exitCode = await startBot({
  startConsole: () =>
    runConsoleSession({
      handler: handleInteraction,
      input: process.stdin,
      output: process.stdout,
      env: process.env,
    }),
});
