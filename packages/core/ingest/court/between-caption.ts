import type { Removal } from '../clean/removal';
import { parsePrintedDate } from '../metadata/parse-date';
import { collapseWhitespace } from '../text/words';
import { type CaptionSplit, titleCase } from './court-caption';

/*
 * The caption of a Canadian (or other Commonwealth) court's judgment: a place-and-date line ("Ottawa,
 * Ontario, February 18, 2010"), "PRESENT:" the judge, then "BETWEEN:" the parties, each side closed by its
 * role ("Applicants" / "and" / "Respondent"), then the document's title ("REASONS FOR JUDGMENT AND JUDGMENT")
 * and the author ("O’KEEFE J."). It is metadata, not judgment text: taken out, every line reported, and read
 * for the title, date and judge.
 */

const BETWEEN = /^BETWEEN\s*:?$/i;
const FIRST_ROLE = /^(?:Applicants?|Appellants?|Plaintiffs?|Petitioners?|Claimants?)(?:\s+and)?$/i;
const SECOND_ROLE = /^(?:Respondents?|Defendants?)$/i;
const PLACE_AND_DATE =
  /^\p{Lu}[\p{L} .'’-]{1,40},\s*\p{Lu}[\p{L} .'’-]{1,40},\s*(?<date>\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})$/u;
const DOCUMENT_TITLE =
  /^(?:(?:REASONS FOR |AMENDED )?(?:JUDGMENT|JUDGEMENT|ORDER|DECISION)(?: AND (?:REASONS|JUDGMENT|JUDGEMENT|ORDER))?|REASONS)$/i;
/** "O’KEEFE J.", "STRATAS J.A.", "CRAMPTON C.J." */
const AUTHOR = /^(?<name>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s+(?:C\.)?J\.(?:A\.)?$/u;
const MAX_HEAD_LINES = 40;
/** A database's heading above a judgment: a few words, no sentence or field ("Decision Content"). */
const MAX_LABEL_WORDS = 4;
export const isHeadingLabel = (line: string) =>
  line.split(' ').length <= MAX_LABEL_WORDS && /^\p{Lu}[\p{L} ]*$/u.test(line);

/** A caption's line taken out, reported under the caption's rule (every caption reader's). */
export const captionRemoval = (text: string): Removal => ({
  ruleId: 'court-caption',
  action: 'drop',
  text: collapseWhitespace(text),
  groups: {},
  yields: [],
});

/** "THE MINISTER OF CITIZENSHIP" / "AND IMMIGRATION" is one name; two names are on lines of their own. */
function parties(lines: readonly string[]): string[] {
  const names: string[] = [];
  for (const line of lines) {
    if (names.length > 0 && /^(?:and|of|&)\s/i.test(line)) names[names.length - 1] += ` ${line}`;
    else names.push(line);
  }
  return names;
}

export function splitBetweenCaption(lines: readonly string[]): CaptionSplit | null {
  const at = lines.slice(0, MAX_HEAD_LINES).findIndex((line) => BETWEEN.test(line.trim()));
  if (at < 0) return null;
  const firstSide: string[] = [];
  const secondSide: string[] = [];
  let cursor = at + 1;
  let side = firstSide;
  for (; cursor < lines.length && cursor < at + 20; cursor++) {
    const line = collapseWhitespace(lines[cursor] ?? '');
    if (line === '') continue;
    if (side === firstSide && FIRST_ROLE.test(line)) {
      side = secondSide;
      continue;
    }
    if (side === secondSide && line.toLowerCase() === 'and' && secondSide.length === 0) continue;
    if (side === secondSide && SECOND_ROLE.test(line)) break;
    side.push(line);
  }
  if (cursor >= lines.length || firstSide.length === 0 || secondSide.length === 0) return null;
  let end = cursor + 1;
  let judge: { name: string; where: string } | null = null;
  while (end < lines.length) {
    const line = collapseWhitespace(lines[end] ?? '');
    const author = AUTHOR.exec(line);
    if (line === '' || DOCUMENT_TITLE.test(line)) end++;
    else if (author?.groups?.name) {
      judge = { name: author.groups.name, where: `'${line}'` };
      end++;
    } else break;
  }
  // Above "BETWEEN:": the place-and-date line and the judge's "PRESENT:" line, when a table did not take them.
  let start = at;
  let date: { value: string; where: string } | null = null;
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const line = collapseWhitespace(lines[i] ?? '');
    if (line === '') continue;
    const placed = PLACE_AND_DATE.exec(line);
    const printed = placed?.groups?.date ? parsePrintedDate(placed.groups.date) : null;
    if (printed) date = { value: printed, where: `'${line}'` };
    else if (!/^PRESENT\s*:/i.test(line)) break;
    start = i;
  }
  // Above it, up to the top of the page: the decisions database's headings ("Federal Court Decisions", "Decision
  // Information"), short labels, none a sentence. Taken out with the caption only when nothing else stands there.
  const above = lines.slice(0, start).map((line) => collapseWhitespace(line));
  if (above.every((line) => line === '' || isHeadingLabel(line))) start = 0;
  const title = `${parties(firstSide)[0]} v. ${parties(secondSide)[0]}`;
  const name = judge ? titleCase(judge.name) : null;
  return {
    lines: [...lines.slice(0, start), ...lines.slice(end)],
    removals: lines
      .slice(start, end)
      .filter((line) => line.trim() !== '')
      .map(captionRemoval),
    opinion: {
      title: { value: title, where: "the judgment's parties ('BETWEEN: … and …')" },
      court: null,
      date,
      judges: name && judge ? { names: [name], where: judge.where } : { names: [], where: 'not named' },
    },
  };
}
