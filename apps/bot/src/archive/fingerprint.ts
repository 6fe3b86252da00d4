/**
 * A short, stable digest of any JSON-serialisable value (FNV-1a, 32 bits, as 8 hex digits). Not for
 * security: it only lets people tell two dataset releases apart in /about.
 */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
