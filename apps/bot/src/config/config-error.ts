/**
 * A configuration problem a person fixes by editing the environment or `.env`.
 * Each entry of `problems` is one line that names the variable and says how to get a good value;
 * the start-up code prints the lines and exits with code 2, without a stack trace.
 */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** The exit code for a configuration error (1 stays for failures at run time). */
export const CONFIG_ERROR_EXIT_CODE = 2;
