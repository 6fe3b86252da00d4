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
import { DEFAULT_LOAD_SHEDDING, type LoadSheddingOptions } from '../src/transports/http/load-shedding';
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

/**
 * `--shed=off` turns load shedding off (to measure CPU per answered request); `--shed=saturatedLagMs=3,…`
 * overrides thresholds by name; without it the defaults apply.
 */
function sheddingFrom(spec: string | undefined): Partial<LoadSheddingOptions> | undefined {
  if (spec === undefined || spec === 'default') return undefined;
  if (spec === 'off')
    return {
      maxInFlight: Number.POSITIVE_INFINITY,
      maxLagMs: Number.POSITIVE_INFINITY,
      saturatedLagMs: Number.POSITIVE_INFINITY,
    };
  const shedding: Partial<LoadSheddingOptions> = {};
  for (const pair of spec.split(',')) {
    const [name, value] = pair.split('=');
    if (name === undefined || !(name in DEFAULT_LOAD_SHEDDING) || !Number.isFinite(Number(value))) {
      throw new Error(
        `--shed takes off, default or name=value pairs of ${Object.keys(DEFAULT_LOAD_SHEDDING).join(', ')}`,
      );
    }
    shedding[name as keyof LoadSheddingOptions] = Number(value);
  }
  return shedding;
}

// The load generator asks for this process's CPU time around the measured run.
process.on('message', (message) => {
  if (message === 'cpu-usage') process.send?.({ cpu: process.cpuUsage() });
});
// The IPC channel alone must not keep the process alive once startBot has stopped.
process.channel?.unref();

const trivial = process.argv.includes('--handler=trivial');
const shedding = sheddingFrom(process.argv.find((arg) => arg.startsWith('--shed='))?.slice('--shed='.length));
process.exitCode = await startBot({
  ...(trivial ? { handleInteraction: trivialHandler } : {}),
  ...(shedding === undefined ? {} : { shedding }),
  startConsole: () => 1,
  onReady: ({ port }) => process.send?.({ port }),
});
