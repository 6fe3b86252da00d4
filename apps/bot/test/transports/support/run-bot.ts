/**
 * A bot entry point for tests that need a real process (signals, exit codes, stdout):
 * startBot with the hand-written echo handler in place of the pure layer.
 * Run with `node --import tsx test/transports/support/run-bot.ts`.
 */
import { startBot } from '../../../src/transports/start';
import { echoHandler } from './interactions';

process.exitCode = await startBot({
  handleInteraction: echoHandler,
  startConsole: () => {
    process.stdout.write('console mode started\n');
    return 0;
  },
});
