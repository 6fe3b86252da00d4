import { z } from 'zod';
import { PartialDateSchema } from '../src/schema/primitives';
import { type ArchiveSnapshot, outletsOf } from './archive/archive-snapshot';
import { parsePrintedDate } from './metadata/parse-date';
import { resolveName } from './metadata/resolve-name';

/** Metadata the maintainer states on the command line; each overrides the proposal from the page. */
export type IngestFlags = {
  url?: string | undefined;
  title?: string | undefined;
  /** An organization id (validated against data/organizations.yaml). */
  outlet?: string | undefined;
  date?: string | undefined;
};

export type RawFlags = {
  url?: string | undefined;
  title?: string | undefined;
  outlet?: string | undefined;
  date?: string | undefined;
};

const HttpUrl = z.url({ protocol: /^https?$/ });

/** A real calendar date at YYYY, YYYY-MM or YYYY-MM-DD precision. */
function isCalendarDate(value: string): boolean {
  if (!PartialDateSchema.safeParse(value).success) return false;
  return value.length < 10 || parsePrintedDate(value) === value;
}

/**
 * Checks the command-line metadata: a URL must be http(s), a date real, an outlet one the archive lists
 * (by id or name). Returns the flags with the outlet resolved to its id, or the problems, each with a fix.
 */
export function validateFlags(
  raw: RawFlags,
  snapshot: ArchiveSnapshot,
): { ok: true; flags: IngestFlags } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const flags: IngestFlags = {};
  if (raw.url !== undefined) {
    if (HttpUrl.safeParse(raw.url).success) flags.url = raw.url;
    else
      problems.push(
        `--url "${raw.url}" is not an http(s) address; pass the page's full address, e.g. --url https://example.org/story`,
      );
  }
  if (raw.title !== undefined) {
    const title = raw.title.trim();
    if (title === '')
      problems.push(
        '--title is empty; pass the headline in quotes, e.g. --title "Court Denies Asylum Appeal"',
      );
    else flags.title = title;
  }
  if (raw.date !== undefined) {
    if (isCalendarDate(raw.date)) flags.date = raw.date;
    else
      problems.push(
        `--date "${raw.date}" is not a real date; use YYYY-MM-DD (or YYYY-MM, YYYY), e.g. --date 2019-03-20`,
      );
  }
  if (raw.outlet !== undefined) {
    const outlets = outletsOf(snapshot);
    const byId = outlets.find((outlet) => outlet.id === raw.outlet);
    const record = byId ?? resolveName(raw.outlet, outlets);
    if (record) flags.outlet = record.id;
    else {
      problems.push(
        `--outlet "${raw.outlet}" is not an outlet in data/organizations.yaml; add it there first (kind: outlet), or use one of: ${outlets.map((outlet) => outlet.id).join(', ')}`,
      );
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, flags };
}
