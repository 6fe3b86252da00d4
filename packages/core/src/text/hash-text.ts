import { ArchiveError } from '../errors';

/**
 * A short, stable digest of a text (FNV-1a, 32 bits, as 8 hex digits): tells two datasets or releases apart
 * cheaply. Not for security.
 */
export function hashText(text: string): string {
  if (typeof text !== 'string') throw ArchiveError.invalidArgument('hashText: the text', 'text', text);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1)
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
