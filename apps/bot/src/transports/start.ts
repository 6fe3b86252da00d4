import type { EventEmitter } from 'node:events';
import { shippedBotArchive } from '../archive/shipped-archive';
import {
  type BotConfig,
  type GatewayConfig,
  type HttpConfig,
  parseBotConfig,
  type ShardCount,
} from '../config/bot-config';
import { CONFIG_ERROR_EXIT_CODE, ConfigError } from '../config/config-error';
import { withEnvFile } from '../config/env-file';
import type { Env } from '../config/variables';
import { commandDefinitions, createInteractionHandler } from '../index';
import { createPictureRenderer } from '../pictures/deliver-pictures';
import { createInteractionsServer } from './http/interactions-server';
import type { LoadSheddingOptions } from './http/load-shedding';
import { warmUp } from './http/self-warm-up';
import { explainStartFailure } from './lifecycle/explain-start-failure';
import { listenForShutdown, type ShutdownSignal } from './lifecycle/shutdown-signals';
import { createDiscordRest } from './shared/discord-rest';
import { createGuardedHandler, type GuardedHandler } from './shared/guarded-handler';
import { summarizeInteraction } from './shared/interaction-facts';
import type { InteractionHandler } from './shared/interaction-handler';
import { createBotLogger, type Logger } from './shared/logger';

/** Less than `docker stop`'s 10 s before SIGKILL, so a drain always ends on our terms. */
export const SHUTDOWN_GRACE_MS = 8_000;
const FORCED_EXIT_CODE = 130;

export interface StartBotOptions {
  /**
   * The pure layer; by default the real one over the shipped archive, whose own error reports
   * (with the reference shown to the user) go to the log. Tests pass a small hand-written handler.
   */
  handleInteraction?: InteractionHandler;
  /** Runs the terminal session (console mode); a number it returns (or resolves to) becomes the exit code. */
  startConsole: (env: Env) => unknown;
  /** Defaults to `process.env`; a `.env` file in `cwd` fills in what it does not set. */
  env?: Env;
  cwd?: string;
  /** The script each gateway shard runs; defaults to this process's own entry point. */
  entryFile?: string;
  /** Where configuration problems are printed; defaults to stderr. */
  printError?: (line: string) => void;
  /** Tests emit SIGTERM/SIGINT on their own emitter instead of signalling the process. */
  signals?: EventEmitter;
  /** Called once the transport listens or connects (tests use it to learn the port). */
  onReady?: (details: { port?: number }) => void;
  /** HTTP mode's load-shedding thresholds, where the benchmark tries others than the defaults. */
  shedding?: Partial<LoadSheddingOptions>;
}

/**
 * What both transports answer with: the injected handler, or the real pure layer reporting its caught errors
 * to the log, behind the per-user cooldown and time limits.
 */
function handlerFor(options: StartBotOptions, logger: Logger): InteractionHandler {
  return (
    options.handleInteraction ??
    createInteractionHandler({
      onError: (error, reference, interaction) => {
        logger.error(
          { err: error, reference, interaction: summarizeInteraction(interaction) },
          'interaction failed',
        );
      },
    })
  );
}

async function guardFor(
  handleInteraction: InteractionHandler,
  logger: Logger,
  config: { cooldownMs: number; redisUrl: string | undefined },
): Promise<GuardedHandler> {
  const { cooldownMs, redisUrl } = config;
  // With REDIS_URL every replica and shard shares one cooldown per user; without it, each process has its own.
  // The Redis client is loaded only then, so a bot without REDIS_URL starts as fast as before.
  const cooldown =
    redisUrl === undefined
      ? undefined
      : (await import('./shared/redis-cooldown')).createRedisCooldown({
          url: redisUrl,
          durationMs: cooldownMs,
          logger,
        });
  return createGuardedHandler({
    handleInteraction,
    cooldownMs,
    ...(cooldown === undefined ? {} : { cooldown }),
  });
}

function printLines(print: (line: string) => void, lines: readonly string[]) {
  for (const line of lines) print(`✖ ${line}`);
}

/**
 * Starts the bot in the mode the environment asks for and resolves with the process exit code once it
 * has stopped: 0 after a graceful SIGINT/SIGTERM, 1 when it could not start, 2 for bad configuration.
 */
export async function startBot(options: StartBotOptions): Promise<number> {
  const printError = options.printError ?? ((line: string) => process.stderr.write(`${line}\n`));
  let config: BotConfig;
  let env: Env;
  try {
    env = withEnvFile(options.env ?? process.env, options.cwd ?? process.cwd());
    config = parseBotConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    printLines(printError, error.problems);
    return CONFIG_ERROR_EXIT_CODE;
  }

  if (config.mode === 'console') {
    const code = await options.startConsole(env);
    return typeof code === 'number' ? code : 0;
  }

  const logger = createBotLogger({ level: config.logLevel });
  const shutdown = listenForShutdown({
    ...(options.signals === undefined ? {} : { emitter: options.signals }),
    onRepeat: (signal) => {
      logger.warn({ signal }, 'second signal: stopping without waiting');
      process.exit(FORCED_EXIT_CODE);
    },
  });
  try {
    if (config.mode === 'http') return await runHttp(config, options, logger, shutdown.received);
    // discord.js sets SHARDING_MANAGER in every shard it spawns: a shard runs one gateway client.
    if (config.shards !== undefined && env.SHARDING_MANAGER === undefined) {
      return await runShardingManager(config, config.shards, options, logger, shutdown.received);
    }
    return await runGateway(config, options, logger, shutdown.received);
  } catch (error) {
    const explained = explainStartFailure(error, config);
    if (explained === undefined) logger.fatal({ err: error }, 'the bot could not start');
    else printError(`✖ ${explained}`);
    return 1;
  } finally {
    shutdown.dispose();
  }
}

type ReadyDetails = Parameters<NonNullable<StartBotOptions['onReady']>>[0];

/** One transport's life: start it, serve until a shutdown signal, stop it within the grace period. */
type Lifecycle = {
  start: () => Promise<ReadyDetails>;
  stop: (graceMs: number) => Promise<boolean>;
  /** What the log says while stopping. */
  stopping: string;
};

/** Runs a transport until SIGINT/SIGTERM; a signal that arrives while it is still starting stops it cleanly. */
async function runUntilStopped(
  lifecycle: Lifecycle,
  options: StartBotOptions,
  logger: Logger,
  stopSignal: Promise<ShutdownSignal>,
): Promise<number> {
  const first = await Promise.race([lifecycle.start(), stopSignal]);
  if (typeof first === 'object') options.onReady?.(first);
  const signal = typeof first === 'object' ? await stopSignal : first;
  logger.info({ signal, graceMs: SHUTDOWN_GRACE_MS }, lifecycle.stopping);
  const clean = await lifecycle.stop(SHUTDOWN_GRACE_MS);
  logger.info({ clean }, 'stopped');
  return 0;
}

async function runHttp(
  config: HttpConfig,
  options: StartBotOptions,
  logger: Logger,
  stopSignal: Promise<ShutdownSignal>,
): Promise<number> {
  const handleInteraction = handlerFor(options, logger);
  const guard = await guardFor(handleInteraction, logger, config);
  const warming = config.warmUpRequests > 0;
  const server = createInteractionsServer({
    guard,
    publicKey: config.publicKey,
    applicationId: config.applicationId,
    rest: createDiscordRest(undefined),
    logger,
    healthDetails: config.healthDetails,
    ...(options.shedding === undefined ? {} : { shedding: options.shedding }),
    ...(config.signatureToleranceSeconds === undefined
      ? {}
      : { signatureToleranceSeconds: config.signatureToleranceSeconds }),
    pictures: createPictureRenderer({ data: shippedBotArchive().data }),
    warming,
  });
  const start = async () => {
    const address = await server.listen(config.port, config.host);
    logger.info(
      {
        mode: 'http',
        host: address.address,
        port: address.port,
        cooldownMs: config.cooldownMs,
        cooldownStore: config.redisUrl === undefined ? 'memory' : 'redis',
      },
      'listening',
    );
    if (warming) {
      // /health says "warming" (503) meanwhile: a load balancer sends this replica nothing yet.
      const report = await warmUp({
        handleInteraction,
        commands: commandDefinitions,
        texts: shippedBotArchive().data.articles.map((article) => article.title),
        requests: config.warmUpRequests,
        cooldownMs: config.cooldownMs,
        logger,
      });
      server.warmedUp();
      logger.info(report, 'warmed up');
    }
    return { port: address.port };
  };
  return runUntilStopped(
    {
      start,
      stop: (graceMs) => server.close(graceMs).finally(() => guard.close()),
      stopping: 'shutting down',
    },
    options,
    logger,
    stopSignal,
  );
}

async function runGateway(
  config: GatewayConfig,
  options: StartBotOptions,
  logger: Logger,
  stopSignal: Promise<ShutdownSignal>,
): Promise<number> {
  const guard = await guardFor(handlerFor(options, logger), logger, config);
  // discord.js is loaded only in gateway mode, as the Redis client is only with REDIS_URL: HTTP mode never uses it,
  // and loading it there cost ≈ 10 MB of resident memory (the bot README's "What HTTP mode loads at start"). The
  // build splits it into a chunk of its own (tsup.config.ts).
  const { createGatewayBot } = await import('./gateway/gateway-bot');
  const bot = createGatewayBot({
    guard,
    logger,
    pictures: createPictureRenderer({ data: shippedBotArchive().data }),
  });
  logger.info(
    {
      mode: 'gateway',
      cooldownMs: config.cooldownMs,
      cooldownStore: config.redisUrl === undefined ? 'memory' : 'redis',
    },
    'connecting',
  );
  return runUntilStopped(
    {
      start: () => bot.start(config.token).then(() => ({})),
      stop: (graceMs) => bot.stop(graceMs).finally(() => guard.close()),
      stopping: 'shutting down',
    },
    options,
    logger,
    stopSignal,
  );
}

async function runShardingManager(
  config: GatewayConfig,
  shards: ShardCount,
  options: StartBotOptions,
  logger: Logger,
  stopSignal: Promise<ShutdownSignal>,
): Promise<number> {
  // Loaded only here, as the gateway client is (see runGateway).
  const { createShardingManager, stopShards } = await import('./gateway/sharding');
  const file = options.entryFile ?? process.argv[1];
  if (file === undefined) throw new Error('Sharding needs the entry script path (process.argv[1] is empty).');
  const manager = createShardingManager({
    file,
    token: config.token,
    shards,
    execArgv: process.execArgv,
    logger,
  });
  logger.info({ mode: 'gateway', shards }, 'spawning shards');
  const start = async () => {
    try {
      await manager.spawn();
    } catch (error) {
      // Shards that did start must not outlive a manager that gives up.
      await stopShards(manager, SHUTDOWN_GRACE_MS);
      throw error;
    }
    return {};
  };
  return runUntilStopped(
    { start, stop: (graceMs) => stopShards(manager, graceMs), stopping: 'stopping shards' },
    options,
    logger,
    stopSignal,
  );
}
