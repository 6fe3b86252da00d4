/**
 * What went wrong, as a stable code a program can branch on; the message is for people and may be reworded.
 * - `invalid-argument`: a function was called with a value of the wrong type (`search(undefined)`,
 *   `formatResult(result, 'html')`): a bug in the calling code, which the message names.
 * - `invalid-data`: `createArchive` was given data that does not conform to the schema (see `ArchiveDataError`).
 */
export type ArchiveErrorCode = 'invalid-argument' | 'invalid-data';

/**
 * The error core and the query library throw on purpose, never a bare `TypeError`. Text a person typed is not a
 * wrong argument: an empty, odd or unknown query answers with an empty result and its `reason` instead.
 */
export class ArchiveError extends Error {
  override readonly name: string = 'ArchiveError';
  readonly code: ArchiveErrorCode;

  constructor(code: ArchiveErrorCode, message: string) {
    super(message);
    this.code = code;
  }

  /** `where` (`"search: options.limit"`) is not what it must be (`"a number"`): says what it is instead. */
  static invalidArgument(where: string, wanted: string, value: unknown): ArchiveError {
    return new ArchiveError('invalid-argument', `${where} must be ${wanted}, not ${describeValue(value)}`);
  }
}

/** What a JavaScript value is, as a person would name it: "null", "a number", "a list"… */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : 'a number';
  if (typeof value === 'boolean') return 'true/false';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** kindOf, with short text and numbers shown as they are: `"html"`, `42`. */
function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return value.length <= 40 ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, 40))}…`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return kindOf(value);
}
