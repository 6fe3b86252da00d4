import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { collectOutput } from '../../../../../tooling/testing/run-process.ts';

const botDir = fileURLToPath(new URL('../../..', import.meta.url));
const runBot = fileURLToPath(new URL('./run-bot.ts', import.meta.url));

/**
 * Runs the bot as a real node process: by default its TypeScript through tsx in apps/bot; `node` takes other
 * arguments to node (the build, a preloaded module) and `cwd` another working directory. `logLine(msg)` resolves with
 * the first JSON log line whose msg is `msg`.
 */
export function spawnBot(
  env: Record<string, string>,
  { node = ['--import', 'tsx', runBot], cwd = botDir }: { node?: readonly string[]; cwd?: string } = {},
) {
  const child = spawn(process.execPath, node, {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectOutput(child);
  const finished = output.closed;
  const logLine = (msg: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const look = () => {
        // Only whole lines: under load a chunk of stdout can end in the middle of one.
        const line = output
          .stdout()
          .split('\n')
          .slice(0, -1)
          .filter((candidate) => candidate.startsWith('{'))
          .map((candidate) => JSON.parse(candidate) as Record<string, unknown>)
          .find((candidate) => candidate.msg === msg);
        if (line === undefined) return false;
        resolve(line);
        return true;
      };
      if (!look()) {
        const onData = () => {
          if (look()) child.stdout.off('data', onData);
        };
        child.stdout.on('data', onData);
      }
    });
  return { child, finished, logLine };
}
