import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BOT_VARIABLES } from '../../src/config/variables';

const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');

describe('.env.example', () => {
  it('lists every variable the bot reads, and nothing else', () => {
    expect(Object.keys(parseEnv(example)).sort()).toEqual(Object.keys(BOT_VARIABLES).sort());
  });

  it('explains each variable in a comment above it', () => {
    for (const name of Object.keys(BOT_VARIABLES)) {
      const lines = example.split('\n');
      const index = lines.findIndex((line) => line.startsWith(`${name}=`) || line.startsWith(`# ${name}=`));
      expect(index, name).toBeGreaterThan(0);
      expect(lines[index - 1], name).toMatch(/^#\s+\S/);
    }
  });

  it('holds no real secret: the token line is empty', () => {
    expect(parseEnv(example).DISCORD_TOKEN).toBe('');
  });
});
