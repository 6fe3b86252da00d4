import { parsePrintedDate } from '../metadata/parse-date';
import { collapseWhitespace } from '../text/words';
import { captionRemoval, isHeadingLabel } from './between-caption';
import { type CaptionSplit, splitJudges } from './court-caption';

/*
 * A judgment's caption as a law report sets it (the Federal Courts Reports and their like): each party on a line of
 * its own with its roles in brackets ("Huor Chieu (Appellant) (Applicant)" / "v." / "The Minister of Citizenship and
 * Immigration (Respondent) (Respondent)"), an "Indexed as:" line, then the court, the panel and the dates of hearing
 * and decision on one line ("Court of Appeal, Isaac C.J., Strayer and Linden JJ.A.—Winnipeg, November 2; Ottawa,
 * December 3, 1998."). It is metadata, not judgment text: taken out with the report's headings above it, every line
 * reported, and read for the title, the judges and the date of decision (the last date the line prints).
 */

const ROLE =
  '\\((?:Appellants?|Applicants?|Respondents?|Plaintiffs?|Defendants?|Petitioners?|Interveners?|Intervenors?)\\)';
/** A party and its roles in brackets; the name is what stands before them. */
const PARTY_WITH_ROLES = new RegExp(`^(?<name>\\S.{0,120}?)\\s*(?:${ROLE}\\s*)+$`, 'u');
const VERSUS = /^(?:v\.?|c\.|vs\.?)$/i;
const INDEXED_AS = /^Indexed as\s*:/i;
/** The panel: judges each followed by their title ("Isaac C.J., Strayer and Linden JJ.A."). */
const PANEL =
  /(?<panel>\p{Lu}[\p{L}'’-]+(?:\s+(?:C\.J\.|J\.A\.|J\.))?(?:,\s*|\s+and\s+|\s*&\s*)?(?:\p{Lu}[\p{L}'’-]+(?:\s+(?:C\.J\.|J\.A\.|J\.))?(?:,\s*|\s+and\s+|\s*&\s*)?)*\s+(?:JJ\.A\.|J\.A\.|JJ\.|J\.|C\.J\.))/u;
/** The court's name opening the line ("Court of Appeal, …", "Trial Division, …"): no judge. */
const COURT_FIRST = /^[\p{L} ]*\b(?:Court|Division|Tribunal|Section)\b[\p{L} ]*,\s*/u;
const PRINTED_DATE = /\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}/gu;
/** How far down the page the caption's first party is looked for (a report's headings and docket come first). */
const MAX_HEAD_LINES = 20;
/** Above the caption, beside the database's headings (`isHeadingLabel`): its docket number ("A-1038-96"). */
const DOCKET = /^[A-Z]{1,5}-\d+(?:-\d+)*$/u;

/** The judges a panel names, without their titles: "Isaac C.J., Strayer and Linden JJ.A." → Isaac, Strayer, Linden. */
function panelJudges(panel: string): string[] {
  return splitJudges(panel.replace(/\s+(?:JJ\.A\.|J\.A\.|JJ\.|C\.J\.|J\.)(?=,|\s|$)/g, ''));
}

export function splitReportedCaption(lines: readonly string[]): CaptionSplit | null {
  const cells = lines
    .map((line, index) => ({ text: collapseWhitespace(line), index }))
    .filter((c) => c.text !== '');
  const at = cells
    .slice(0, MAX_HEAD_LINES)
    .findIndex(
      (cell, i) =>
        PARTY_WITH_ROLES.test(cell.text) &&
        VERSUS.test(cells[i + 1]?.text ?? '') &&
        PARTY_WITH_ROLES.test(cells[i + 2]?.text ?? ''),
    );
  if (at < 0) return null;
  // Nothing but a report's headings and docket number above the first party.
  const above = cells.slice(0, at);
  if (!above.every((cell) => isHeadingLabel(cell.text) || DOCKET.test(cell.text))) return null;
  const first = PARTY_WITH_ROLES.exec(cells[at]?.text ?? '')?.groups?.name ?? '';
  const second = PARTY_WITH_ROLES.exec(cells[at + 2]?.text ?? '')?.groups?.name ?? '';
  let last = at + 2;
  if (INDEXED_AS.test(cells[last + 1]?.text ?? '')) last++;
  const courtLine = cells[last + 1]?.text ?? '';
  const panel = PANEL.exec(courtLine.replace(COURT_FIRST, ''))?.groups?.panel;
  let judges: string[] = [];
  let date: { value: string; where: string } | null = null;
  if (panel) {
    last++;
    judges = panelJudges(panel);
    const decided = [...courtLine.matchAll(PRINTED_DATE)].map((match) => parsePrintedDate(match[0])).at(-1);
    if (decided) date = { value: decided, where: `the report's court and panel line: '${courtLine}'` };
  }
  const end = (cells[last]?.index ?? 0) + 1;
  return {
    lines: lines.slice(end),
    removals: lines
      .slice(0, end)
      .filter((line) => line.trim() !== '')
      .map(captionRemoval),
    opinion: {
      title: {
        value: `${first} v. ${second}`,
        where: "the report's caption (each party with its roles in brackets)",
      },
      court: null,
      date,
      judges:
        judges.length > 0
          ? { names: judges, where: `the report's panel: '${courtLine}'` }
          : { names: [], where: 'not named' },
    },
  };
}
