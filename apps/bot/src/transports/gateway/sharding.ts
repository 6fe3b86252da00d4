import { ShardingManager } from 'discord.js';
import type { ShardCount } from '../../config/bot-config';
import type { Logger } from '../shared/logger';

export interface ShardingOptions {
  /** The script each shard runs: this bot's own entry point, which sees SHARDING_MANAGER and connects. */
  file: string;
  token: string;
  shards: ShardCount;
  /** Node flags for the children, e.g. a TypeScript loader when run from source. */
  execArgv?: readonly string[];
  logger: Logger;
}

/**
 * discord.js's ShardingManager: one child process per shard, each running the gateway transport for
 * its shard (discord.js passes SHARDS and SHARD_COUNT to the child). Constructing it connects nothing;
 * `spawn()` does, and with `auto` it first asks Discord for the recommended count.
 */
export function createShardingManager(options: ShardingOptions): ShardingManager {
  const manager = new ShardingManager(options.file, {
    token: options.token,
    totalShards: options.shards,
    mode: 'process',
    respawn: true,
    execArgv: [...(options.execArgv ?? [])],
  });
  manager.on('shardCreate', (shard) => {
    options.logger.info({ shardId: shard.id, totalShards: manager.totalShards }, 'spawned shard');
    shard.on('death', () => options.logger.warn({ shardId: shard.id }, 'shard process exited'));
  });
  return manager;
}

/**
 * Stops every shard gracefully: each child gets SIGTERM (its own shutdown answers what is in flight),
 * and the manager waits for the children to exit, up to `graceMs`, before it exits itself.
 */
export async function stopShards(manager: ShardingManager, graceMs: number): Promise<boolean> {
  const exits = [...manager.shards.values()].map((shard) => {
    const child = shard.process;
    if (child === null || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    shard.kill();
    return exited;
  });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), graceMs);
  });
  try {
    return await Promise.race([Promise.all(exits).then(() => true as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
