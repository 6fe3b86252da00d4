import { type ChildProcess, spawn } from 'node:child_process';

/** How a child process ended and everything it printed. */
export type ProcessResult = { code: number | null; stdout: string; stderr: string };

/** Live access to a child's output while it runs, and its result once it has closed. */
export type CollectedOutput = {
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly closed: Promise<ProcessResult>;
};

/** Collects a spawned child's stdout and stderr as UTF-8 text. */
export function collectOutput(child: ChildProcess): CollectedOutput {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const closed = new Promise<ProcessResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { stdout: () => stdout, stderr: () => stderr, closed };
}

export type RunProcessOptions = {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the child's stdin, which is then closed; without it stdin is ignored. */
  stdin?: string;
  /** The child is killed after this long, so a hung process fails its test instead of hanging it. */
  timeoutMs?: number;
};

/** Runs a real process to completion, as a user would run it, and returns its exit code and output. */
export async function runProcess(
  command: string,
  args: readonly string[],
  options: RunProcessOptions = {},
): Promise<ProcessResult> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  const output = collectOutput(child);
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
  if (options.stdin !== undefined) child.stdin?.end(options.stdin);
  try {
    return await output.closed;
  } finally {
    clearTimeout(timer);
  }
}
