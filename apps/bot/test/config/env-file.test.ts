import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error';
import { withEnvFile } from '../../src/config/env-file';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bot-env-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('.env support (real files)', () => {
  it('fills in variables from .env, with comments and quotes handled by node', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, '.env'),
      '# comment\nBOT_MODE=http\nPORT="9000"\nHOST=0.0.0.0 # inline comment\n',
    );
    expect(withEnvFile({}, dir)).toEqual({ BOT_MODE: 'http', PORT: '9000', HOST: '0.0.0.0' });
  });

  it('lets the real environment win over the file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.env'), 'PORT=9000\nLOG_LEVEL=debug\n');
    expect(withEnvFile({ PORT: '8000' }, dir)).toEqual({ PORT: '8000', LOG_LEVEL: 'debug' });
  });

  it('returns the environment untouched when there is no .env', () => {
    const env = { PORT: '8000' };
    expect(withEnvFile(env, tempDir())).toBe(env);
  });

  it('names an unreadable .env (here a directory by that name) and how to fix it', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.env'));
    expect(() => withEnvFile({}, dir)).toThrow(ConfigError);
    expect(() => withEnvFile({}, dir)).toThrow(
      /\.env exists but cannot be read \(EISDIR.*\)\. Fix its permissions or remove it\./,
    );
  });
});
