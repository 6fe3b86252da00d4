import { DATE_BASES, URL_BASES } from '../../schema/vocabulary';
import type { DataIssue, PathKey } from '../issue';
import type { SourceData } from '../parse-sources';

type Basis = { kind: string; evidence: string };

/** `inferred from text: 'In early January'` → kind and evidence; null when it does not start with a kind. */
export function parseBasis(text: string, kinds: readonly string[]): Basis | null {
  for (const kind of kinds) {
    if (!text.startsWith(`${kind}:`)) continue;
    return { kind, evidence: text.slice(kind.length + 1).trim() };
  }
  return null;
}

const KNOWN_DATE_BASES = DATE_BASES.filter((kind) => kind !== 'unknown');
const list = (kinds: readonly string[]) => kinds.map((kind) => `"${kind}: …"`).join(', ');

/**
 * Dates and addresses say how they are known, in a fixed vocabulary followed by the evidence: a known date
 * is stated on the page, inferred from text, inferred from the address or taken from other reporting; an
 * unknown one is null with an "unknown: …" basis; an address is stated on the page or checked at the address.
 */
export function checkDatesAndAddresses(data: SourceData): DataIssue[] {
  const issues: DataIssue[] = [];
  const checkDate = (file: string, path: PathKey[], date: string | null, basis: string | null) => {
    if (date === null) {
      if (basis === null || parseBasis(basis, ['unknown'])?.evidence) return;
      issues.push({
        file,
        path,
        message: `the date is null, so its basis must start with "unknown:" (it says "${basis}")`,
        tip: 'write "unknown: <why the reporting gives no date>", or give the date with its evidence',
      });
      return;
    }
    if (basis === null) {
      issues.push({
        file,
        path,
        message: 'a date needs a basis saying how it is known',
        tip: `write one of ${list(KNOWN_DATE_BASES)} followed by the evidence (quote the words), or set the date to null`,
      });
      return;
    }
    const parsed = parseBasis(basis, KNOWN_DATE_BASES);
    if (parsed?.evidence) return;
    issues.push({
      file,
      path,
      message: parsed
        ? `"${parsed.kind}:" must be followed by its evidence`
        : `"${basis.length > 60 ? `${basis.slice(0, 60)}…` : basis}" does not say how the date is known`,
      tip: `start the basis with one of ${list(KNOWN_DATE_BASES)} and give the evidence after the colon, e.g. "stated on the page: 'Modified mar 22, 2019'"; a date that is only likely is unknown, or less precise (2008 rather than 2008-05)`,
    });
  };

  for (const { file, frontmatter } of data.articles) {
    checkDate(file, ['published', 'basis'], frontmatter.published.date, frontmatter.published.basis);
    const { url, urlBasis } = frontmatter;
    if (url === null && urlBasis !== null) {
      issues.push({
        file,
        path: ['urlBasis'],
        message: 'there is a basis for an address, but no url',
        tip: 'add the url it is the basis of, or remove urlBasis',
      });
    } else if (url !== null && !parseBasis(urlBasis ?? '', URL_BASES)?.evidence) {
      issues.push({
        file,
        path: ['urlBasis'],
        message:
          urlBasis === null
            ? 'an address needs a basis saying how it is known'
            : `"${urlBasis}" does not say how the address is known`,
        tip: `write one of ${list(URL_BASES)} and the evidence, e.g. "checked at the address: the page there opens with the same paragraphs (checked 2026-11-30)"; an address that is only likely stays null`,
      });
    }
  }
  for (const { file, path, record } of data.cases) {
    record.events.forEach((event, i) => {
      checkDate(file, [...path, 'events', i, 'dateBasis'], event.date, event.dateBasis);
    });
  }
  return issues;
}
