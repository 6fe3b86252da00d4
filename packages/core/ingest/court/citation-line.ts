/*
 * A law report's citation of a decision, standing on a line of its own at the head of a page: the page is that
 * decision (or a copy or brief of it), which a news story or blog post never opens with. Two shapes:
 * - a reporter citation: volume, the reporter's abbreviation (with a full stop or ampersand, as every reporter's
 *   has: "I. & N. Dec.", "F.3d", "U.S."), first page, and the court and year in brackets ("27 I. & N. Dec. 316
 *   (2018)", "Cite as 26 I&N Dec. 208 (BIA 2014) Interim Decision #3794");
 * - a neutral citation: year, the court's capital letters, the decision's number, alone ("2013 FC 332",
 *   "Citation: 2025 FC 1624", "[2020] UKSC 5").
 * A date ("2 Aug 2018 | Publication") is neither: no reporter abbreviation and no bracketed year.
 */

/** How many of the page's first lines (not blank) are looked at: a case's heading stands above its text. */
export const CITATION_WITHIN_LINES = 8;

const REPORTER_CITATION =
  /^(?:(?:Cite as|Citation)\s*:?\s+)?\d{1,4}\s+(?<reporter>\p{Lu}[\p{L}\d]*\.?(?:\s?(?:&|[\p{Lu}\d][\p{L}\d]*\.?))*)\s+\d{1,5}\s*\((?:[^()]{1,24}\s)?(?<year>\d{4})\)(?:\s.*)?$/u;
const MONTHS = /^(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)$/;
const NEUTRAL_CITATION = /^(?:Citation\s*:?\s+)?\[?(?<year>\d{4})\]?\s+(?<court>[A-Z]{2,6})\s+\d{1,5}$/u;

/** The line read as a decision's citation alone (see above), with the year it gives the decision, or null. */
function readCitation(line: string): { year: string } | null {
  const text = line.replace(/\s+/gu, ' ').trim();
  if (text.length > 120) return null;
  const reported = REPORTER_CITATION.exec(text)?.groups;
  if (reported?.reporter !== undefined && reported.year !== undefined && /[.&]/u.test(reported.reporter))
    return { year: reported.year };
  const neutral = NEUTRAL_CITATION.exec(text)?.groups;
  return neutral?.year !== undefined && !MONTHS.test(neutral.court ?? '') ? { year: neutral.year } : null;
}

/** The line is a decision's citation alone (see above). */
export function isCitationLine(line: string): boolean {
  return readCitation(line) !== null;
}

/** The year a citation line gives its decision: the bracketed year of a reporter citation, the leading one of a neutral one. */
export function citationYear(line: string): string | null {
  return readCitation(line)?.year ?? null;
}

/** The first citation line among the page's first lines, or null. */
export function citationAtHead(text: string): string | null {
  const lines = text
    .split(/\r\n?|\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, CITATION_WITHIN_LINES);
  return lines.find(isCitationLine) ?? null;
}
