import { PassThrough } from 'node:stream';
import { people } from '@asylum-archive/core';
import { query } from '@asylum-archive/query';
import { describe, expect, it } from 'vitest';
import { localeFromEnv, runConsoleSession } from '../../src/console/session';
import { handleInteraction } from '../../src/index';

/** Runs a whole session on in-memory streams and returns its exit code and transcript. */
async function session(lines: string[], options: { tty?: boolean; env?: Record<string, string> } = {}) {
  const input = Object.assign(new PassThrough(), { isTTY: options.tty === true, setRawMode: () => input });
  const output = Object.assign(new PassThrough(), { isTTY: options.tty === true, columns: 120 });
  let transcript = '';
  output.on('data', (chunk: Buffer) => {
    transcript += chunk.toString('utf8');
  });
  const running = runConsoleSession({ handler: handleInteraction, input, output, env: options.env ?? {} });
  for (const line of lines) {
    input.write(line);
    // A person types slower than a test: give readline time to finish (e.g. a Tab completion) before more keys.
    if (options.tty === true) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  input.end();
  const code = await running;
  return { code, transcript };
}

describe('terminal session with piped input', () => {
  it('answers each line, echoes it, pages with next, and exits 0 at the end of input', async () => {
    const total = query('juarez denied').totalHits;
    const { code, transcript } = await session([
      '/search juarez denied\n',
      'next\n',
      '/person name:wiesinger\n',
    ]);
    expect(code).toBe(0);
    expect(transcript).toContain('› /search juarez denied');
    expect(transcript).toContain(`passages 1–5 of ${total} · page 1`);
    expect(transcript).toContain('› next');
    expect(transcript).toContain(`passages 6–${Math.min(10, total)} of ${total} · page 2`);
    expect(transcript).toContain(people.find((person) => person.aliases.includes('Wiesinger'))?.name);
    // Piped output is plain text: no ANSI escapes.
    expect(transcript).not.toContain('\x1b[');
  });

  it('explains a bad line in one line and goes on', async () => {
    const { code, transcript } = await session(['/teleport\n', 'prev\n', '/search year:abc\n', '/about\n']);
    expect(code).toBe(0);
    expect(transcript).toMatch(/✖ Unknown command \/teleport\./);
    expect(transcript).toMatch(/✖ There is no “prev” to press right now\./);
    expect(transcript).toContain('That query cannot be read:');
    expect(transcript).toContain('About asylum-archive');
  });

  it('stops at /exit and ignores what follows', async () => {
    const { code, transcript } = await session(['/exit\n', '/about\n']);
    expect(code).toBe(0);
    expect(transcript).not.toContain('About asylum-archive');
  });

  it('speaks Spanish when the locale says so', async () => {
    const { transcript } = await session(['/ayuda\n'], { env: { LANG: 'es_MX.UTF-8' } });
    expect(transcript).toContain('Cómo usar asylum-archive');
    expect(localeFromEnv({ LANG: 'es_ES.UTF-8' })).toBe('es-ES');
    expect(localeFromEnv({ LC_ALL: 'C', LANG: 'es_ES.UTF-8' })).toBe('en-US');
  });

  it('writes its own complaints in Spanish with the Spanish command and option names', async () => {
    const { transcript } = await session(['/persona\n', '/buscar asilo ocultar:quizá\n', '/ayuda algo\n'], {
      env: { LANG: 'es_MX.UTF-8' },
    });
    expect(transcript).toContain('✖ Falta nombre. Uso: /persona nombre:…');
    expect(transcript).toContain('✖ ocultar debe ser sí o no');
    expect(transcript).toContain('✖ /ayuda no admite opciones.');
    for (const english of ['name:', 'hide', 'true', '/person ', '/help'])
      expect(transcript).not.toContain(english);
  });

  it('shows the reply’s emphasis as **bold** when piped', async () => {
    const { transcript } = await session(['/search juarez denied\n']);
    expect(transcript).toMatch(/\*\*[^*\n]+\*\*/);
  });
});

describe('terminal session on a TTY (simulated: a PassThrough that says it is a TTY)', () => {
  it('shows a banner, colours the reply and completes a name with Tab', async () => {
    const { code, transcript } = await session(['/person wies\t', '\r', '/exit\r'], { tty: true });
    expect(code).toBe(0);
    expect(transcript).toContain('terminal mode');
    expect(transcript).toContain('\x1b[1m');
    const person = people.find((candidate) => candidate.aliases.includes('Wiesinger'));
    // readline redraws the line with the completed id, then the card follows.
    expect(transcript).toContain(`/person ${person?.id}`);
    expect(transcript).toContain(person?.name ?? '∅');
  }, 20_000);

  it('greets in Spanish with the Spanish commands when the locale is Spanish', async () => {
    const { transcript } = await session(['/salir\r'], { tty: true, env: { LANG: 'es_ES.UTF-8' } });
    expect(transcript).toContain('/ayuda');
    expect(transcript).not.toContain('/help');
  }, 20_000);
});
