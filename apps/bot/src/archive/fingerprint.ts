import { hashText } from '@asylum-archive/core';

/**
 * A short, stable digest of any JSON-serialisable value (core's `hashText` of its JSON). Not for security:
 * it only lets people tell two dataset releases apart in /about, and makes error references.
 */
export function fingerprint(value: unknown): string {
  return hashText(JSON.stringify(value) ?? '');
}
