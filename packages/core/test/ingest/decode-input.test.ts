import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../ingest/index';
import { readSeed } from './helpers';

const bytes = (text: string) => new TextEncoder().encode(text);
const seed = readSeed('002_c0c8923120210115.txt');

describe('decodeInput: what ingest accepts as a saved page', () => {
  it('reads UTF-8 text, dropping a byte-order mark', () => {
    const result = decodeInput(bytes(`\uFEFF${seed}`), 'page.txt');
    expect(result).toEqual({ ok: true, text: seed, format: 'text', encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte-order mark (both byte orders)', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(seed, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(seed, 'utf16le').swap16()]);
    for (const input of [le, be]) {
      const result = decodeInput(input, 'page.txt');
      expect(result.ok && result.text).toBe(seed);
    }
  });

  it('falls back to Windows-1252 for a page that is not UTF-8, keeping its curly quotes', () => {
    // “Juárez” in Windows-1252: 0x93 J u 0xE1 r e z 0x94
    const result = decodeInput(new Uint8Array([0x93, 0x4a, 0x75, 0xe1, 0x72, 0x65, 0x7a, 0x94]), 'old.txt');
    expect(result).toEqual({ ok: true, text: '“Juárez”', format: 'text', encoding: 'windows-1252' });
  });

  it('recognises HTML by extension or by its opening', () => {
    expect(decodeInput(bytes('<p>Hi</p>'), 'page.htm')).toMatchObject({ ok: true, format: 'html' });
    expect(decodeInput(bytes('  <!DOCTYPE html><p>Hi</p>'), 'page.txt')).toMatchObject({
      ok: true,
      format: 'html',
    });
    expect(decodeInput(bytes('Seven police officers <b> in a text file'), 'page.txt')).toMatchObject({
      ok: true,
      format: 'text',
    });
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty', 'is empty'],
    ['a file of blank lines', bytes('\n  \n\t\n'), 'empty', 'is empty'],
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'binary', 'is a PDF'],
    [
      'a PNG image',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'binary',
      'is a PNG image',
    ],
    ['a file with NUL bytes', new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x43]), 'binary', 'is a binary file'],
    [
      'control characters throughout',
      bytes('\u0001\u0002\u0003abc\u0004\u0005'),
      'binary',
      'is a binary file',
    ],
  ])('refuses %s with a message that says how to save the page', (_what, input, problem, message) => {
    const result = decodeInput(input, 'saved.txt');
    expect(result).toMatchObject({ ok: false, problem });
    if (!result.ok) {
      expect(result.message).toContain(`saved.txt ${message}`);
      expect(result.message).toContain(
        'save the article from the browser as plain text (.txt) or as a web page (.html)',
      );
    }
  });
});
