import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { ShardingManager } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createShardingManager, stopShards } from '../../src/transports/gateway/sharding';
import { captureLogs } from './support/captured-logs';

const entry = fileURLToPath(import.meta.url);
const token = 'MTExMTExMTExMTExMTExMTEx.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('sharding configuration (the manager is built but never spawned: that would connect to Discord)', () => {
  it('passes a fixed shard count, the entry script, node flags and the token to discord.js', () => {
    const manager = createShardingManager({
      file: entry,
      token,
      shards: 4,
      execArgv: ['--enable-source-maps'],
      logger: captureLogs().logger,
    });
    expect(manager.totalShards).toBe(4);
    expect(manager.file).toBe(entry);
    expect(manager.respawn).toBe(true);
    // `mode` and `execArgv` are set by discord.js but missing from its typings.
    const untyped = manager as unknown as { mode: string; execArgv: string[] };
    expect(untyped.mode).toBe('process');
    expect(untyped.execArgv).toEqual(['--enable-source-maps']);
    expect(manager.token).toBe(token);
    expect(manager.shards.size).toBe(0);
  });

  it('leaves the count to Discord with auto', () => {
    const manager = createShardingManager({
      file: entry,
      token,
      shards: 'auto',
      logger: captureLogs().logger,
    });
    expect(manager.totalShards).toBe('auto');
  });

  it('stops every shard process it spawned and waits for them to exit (real child processes)', async () => {
    // Each child drains for 100 ms after SIGTERM, like a shard finishing its answers, then exits.
    const script =
      "process.on('SIGTERM', () => setTimeout(() => process.exit(0), 100)); setInterval(() => {}, 1000); console.log('up');";
    const children = [0, 1].map(() =>
      spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] }),
    );
    // Wait until each child has installed its SIGTERM handler.
    await Promise.all(children.map((child) => new Promise((resolve) => child.stdout.once('data', resolve))));
    // discord.js's Shard.kill() sends SIGTERM to its process; these shards are that and nothing more.
    const shards = new Map(
      children.map((child, id) => [id, { id, process: child, kill: () => child.kill() }]),
    );
    const manager = { shards } as unknown as ShardingManager;
    await expect(stopShards(manager, 5000)).resolves.toBe(true);
    expect(children.map((child) => child.exitCode)).toEqual([0, 0]);
  });

  it('gives up waiting for a shard that does not exit within the grace period', async () => {
    const child = Object.assign(new EventEmitter(), { exitCode: null, signalCode: null });
    const manager = {
      shards: new Map([[0, { id: 0, process: child, kill: () => {} }]]),
    } as unknown as ShardingManager;
    await expect(stopShards(manager, 50)).resolves.toBe(false);
  });
});
