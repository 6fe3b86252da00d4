#!/usr/bin/env node
// The `asylum-query` command: reads argv, writes to stdout/stderr, sets the exit code. Logic is in cli/.
import { version } from '../package.json';
import { runCli } from './cli/run';

// A reader that closes the pipe early (`asylum-query … | head`) is not an error worth a message;
// any other failure to write is reported in one line, not as a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE')
    process.stderr.write(`asylum-query: cannot write the output: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? process.exitCode : 2);
});

process.exitCode = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  isTty: process.stdout.isTTY === true,
  version,
});
