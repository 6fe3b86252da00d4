import { tmpdir } from 'node:os';
import { shippedBotArchive } from './archive/shipped-archive';
import { runConsoleSession } from './console/session';
import { handleInteraction } from './index';
import { CONSOLE_PICTURE_BUDGET_MS, createPictureRenderer } from './pictures/deliver-pictures';
import { createPictureWriter } from './pictures/write-pictures';
import { startBot } from './transports/start';

// The mode comes from the environment (BOT_MODE, DISCORD_TOKEN, .env): with no token it is the terminal
// session, the project's main job on a fresh clone; otherwise the gateway or the HTTP endpoint.
process.exitCode = await startBot({
  startConsole: (env) =>
    runConsoleSession({
      handler: handleInteraction,
      input: process.stdin,
      output: process.stdout,
      env: process.env,
      // Pictures go to BOT_PICTURES_DIR (the system's temporary folder by default), one line each.
      pictures: createPictureWriter({
        renderer: createPictureRenderer({
          data: shippedBotArchive().data,
          budgetMs: CONSOLE_PICTURE_BUDGET_MS,
        }),
        dir: env.BOT_PICTURES_DIR || tmpdir(),
      }),
    }),
});
