/** Turns the bytes of a saved page into text, or says why they are not a page ingest can read. */

export type InputFormat = 'text' | 'html';

export type DecodedInput =
  | { ok: true; text: string; format: InputFormat; encoding: string }
  | { ok: false; problem: 'empty' | 'binary'; message: string };

/** Larger than any saved article page; a file this size is something else. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

const SIGNATURES: Array<{ bytes: number[]; kind: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'a PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive (or a Word/OpenDocument file)' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'a program' },
];

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

const HOW_TO_SAVE = 'save the article from the browser as plain text (.txt) or as a web page (.html)';

function looksLikeHtml(text: string, fileName: string): boolean {
  if (/\.x?html?$/i.test(fileName)) return true;
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(?:head|body|meta)\b/.test(head);
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node's TextDecoder decodes that label as Latin-1,
// which would turn curly quotes into control characters, so the range is mapped here (unassigned bytes stay
// C1 controls and count against the text).
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte);
  }
  return text;
}

function decode(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.subarray(0, 65536).includes(0)) return null;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    // Older saved pages are often Windows-1252; every byte decodes, so the control-character check below decides.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Share of characters that no text file contains (controls other than tab, newline, carriage return, form feed). */
function controlShare(text: string): number {
  const sample = text.slice(0, 65536);
  if (sample.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    const allowed = code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
    if ((code < 0x20 && !allowed) || (code >= 0x7f && code <= 0x9f)) controls++;
  }
  return controls / sample.length;
}

/** Pure: the bytes and the file's name in, the page's text (or the reason it cannot be read) out. */
export function decodeInput(bytes: Uint8Array, fileName: string): DecodedInput {
  const binary = (what: string): DecodedInput => ({
    ok: false,
    problem: 'binary',
    message: `${fileName} is ${what}, not a saved page: ${HOW_TO_SAVE}`,
  });
  for (const { bytes: signature, kind } of SIGNATURES) if (startsWith(bytes, signature)) return binary(kind);
  const decoded = decode(bytes);
  if (decoded === null || controlShare(decoded.text) > 0.01) return binary('a binary file');
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    return { ok: false, problem: 'empty', message: `${fileName} is empty: ${HOW_TO_SAVE}` };
  }
  return {
    ok: true,
    text,
    format: looksLikeHtml(text, fileName) ? 'html' : 'text',
    encoding: decoded.encoding,
  };
}
