/**
 * The HTTP mode under load: a child process started by http-load.ts, running startBot exactly as
 * `BOT_MODE=http` does (real signature checks, guard, pino logs on stdout at info), on 127.0.0.1.
 * `--handler=trivial` swaps the pure layer for a constant answer to measure the transport alone.
 */
import {
  type APIInteraction,
  type APIInteractionResponse,
  InteractionResponseType,
  InteractionType,
} from 'discord-api-types/v10';
import { startBot } from '../src/transports/start';

async function trivialHandler(interaction: APIInteraction): Promise<APIInteractionResponse> {
  if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  }
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: { content: 'ok', allowed_mentions: { parse: [] } },
  };
}

// The load generator asks for this process's CPU time around the measured run.
process.on('message', (message) => {
  if (message === 'cpu-usage') process.send?.({ cpu: process.cpuUsage() });
});
// The IPC channel alone must not keep the process alive once startBot has stopped.
process.channel?.unref();

const trivial = process.argv.includes('--handler=trivial');
process.exitCode = await startBot({
  ...(trivial ? { handleInteraction: trivialHandler } : {}),
  startConsole: () => 1,
  onReady: ({ port }) => process.send?.({ port }),
});
