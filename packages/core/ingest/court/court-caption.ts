import { isProse } from '../clean/menu-runs';
import type { Removal } from '../clean/removal';
import { parsePrintedDate } from '../metadata/parse-date';
import { collapseWhitespace, PERSON_NAME, wordCount } from '../text/words';
import { splitBetweenCaption } from './between-caption';
import { splitReportedCaption } from './reported-caption';

/*
 * A court opinion's caption: the block above the opinion that names the court, the parties ("X v. Y"), the
 * docket number, the filing or decision date and the panel ("Before A, B, and C, Circuit Judges."), often
 * set in two columns that a text copy runs together. Case-law sites add a heading ("X v. Y, 18-9513 (2019)")
 * and their own furniture above it. The caption is metadata, not opinion text: it is taken out of the body
 * (every line reported) and read for the title, court, date and judges.
 */

export type CourtOpinion = {
  /** The case heading the page gives, else "<petitioner> v. <respondent>" from the caption. */
  title: { value: string; where: string } | null;
  /** "United States Court of Appeals for the Tenth Circuit", as the caption spells it. */
  court: string | null;
  date: { value: string; where: string } | null;
  /** The opinion's author judge when named, else the panel. */
  judges: { names: string[]; where: string };
};

export type CaptionSplit = { lines: string[]; removals: Removal[]; opinion: CourtOpinion | null };

/**
 * A party's role, on a line of its own or after the party's name ("R.R.D., Petitioner,"), alone or as the
 * role below and the role on appeal ("Plaintiffs-Appellees,", "Defendant-Appellant.").
 */
const ROLE = '(?:Petitioners?|Respondents?|Appellants?|Appellees?|Plaintiffs?|Defendants?)';
const PARTY_ROLE = new RegExp(`(?:^\\s*|\\S,\\s+)${ROLE}(?:[-‐–]${ROLE})?[,.]?(?:\\s|$)`);
const PARTY_ROLE_LINE = new RegExp(`^${ROLE}(?:[-‐–]${ROLE})?[,.]?(?:\\s|$)`, 'i');
const COURT_LINE = /\bCOURT OF APPEALS\b|\bCourt of Appeals\b/;
/** "Before BACHARACH, PHILLIPS, and EID, Circuit Judges." (possibly wrapped before "Judges."). */
const PANEL_START = /^Before:?\s+/;
const RULE_LINE = /^[_\-–—=*\s]+$/;
const AUTHOR_LINE =
  /^(?<name>\p{Lu}[\p{L}.'’ -]{1,40}?),\s+(?:Senior\s+)?(?:Circuit|District|Chief|Bankruptcy)?\s*Judge\.\s*/u;
const OPINION_BY = /^(?:Opinion|Memorandum) by Judges? (?<name>[^;.]+(?:\.\s*Jr\.)?)[;.]?$/u;
/** An opinion's heading run into its first words ("PER CURIAM. Abel Lopez-Cortaza petitions…"). */
const OPINION_OPENING = /^(?:PER CURIAM|OPINION|ORDER|MEMORANDUM)[.:]\s+(?=\p{Lu}\p{Ll})/u;
const NOT_BODY_AFTER_PANEL =
  /^(?:OPINION|ORDER AND JUDGMENT|MEMORANDUM|ORDER|JUDGMENT|PER CURIAM|Concurrence by .*|Dissent by .*|Page \d+)\s*[*.:;]*$/;

/** A case heading: "Aguilar-Perez v. Sessions, 18-9513 (2019)", "R. R. D. v. Eric Holder, Jr. , 746 F.3d 807 ( 2014 )". */
const CASE_HEADING =
  /^(?<title>[^\s].{1,120}?\sv\.\s.{1,120}?)(?:\s*,\s*(?:No\.\s*)?\d[\d-]{3,}\b.*|\s*,\s*\d+\s+F\.(?:\s?\d?d|\s?4th|\s?Supp\.)?\s*\d+.*|\s*\(\s*(?:[^()]*?\s)?(?<year>\d{4})\s*\)\s*)$/u;
const BARE_HEADING = /^(?<title>\p{Lu}[^,;:]{1,80}?\sv\.\s\p{Lu}[^;:]{1,80}?)$/u;
const MAX_HEADING_WORDS = 20;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const PRINTED_DATE = new RegExp(`${MONTH}\\s+\\d{1,2},?\\s+\\d{4}`, 'i');
const LABELLED_DATE = new RegExp(
  `\\b(?<label>filed|decided|date filed|entered|decision date|date of decision)(?![a-z]):?\\s*(?<date>${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4})`,
  'i',
);
const EXCLUDED_DATE_LABEL = /\b(?:argued|submitted|latest update|updated)\b[^,]*$/i;

/** "O’KEEFE" → "O’Keefe"; a name already in mixed case stays as printed. */
export function titleCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** "BACHARACH, PHILLIPS, and EID" / "Michael Daly Hawkins, Milan D. Smith, Jr., and Andrew D. Hurwitz" → names. */
export function splitJudges(list: string): string[] {
  return (
    list
      .replace(/,\s*(Jr|Sr|II|III)\.?(?=,|\s|$)/g, ' $1.')
      .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
      .map((name) => collapseWhitespace(name).replace(/(?<!\b(?:Jr|Sr))[.,;]+$/, ''))
      .filter((name) => /\p{L}{2}/u.test(name))
      // A mixed panel names its judges' courts between them ("A and B, Circuit Judges, and C, District Judge").
      .filter(
        (name) => !/^(?:Senior\s+)?(?:Circuit|District|Chief|Bankruptcy|Magistrate)?\s*Judges?$/i.test(name),
      )
      .map(titleCase)
  );
}

/**
 * A case heading as case-law sites print it: "Aguilar-Perez v. Sessions, 18-9513 (2019)", "Duran-Rodriguez
 * v. Barr, No. 16-72957 (9th Cir. 2019)", "R. R. D. v. Eric Holder, Jr. , 746 F.3d 807 ( 2014 )". Without
 * the citation, docket or year only when `bare` (the first line of a page that has a caption).
 */
export function readCaseHeading(line: string, bare = false): { title: string; year: string | null } | null {
  const text = collapseWhitespace(line);
  if (wordCount(text) > MAX_HEADING_WORDS || PARTY_ROLE_LINE.test(text) || /^(?:Summary|Court):/i.test(text))
    return null;
  const match = CASE_HEADING.exec(text) ?? (bare ? BARE_HEADING.exec(text) : null);
  const title = match?.groups?.title;
  if (!title) return null;
  const year = /\((?:[^()]*\s)?(\d{4})\s*\)\s*$/.exec(text)?.[1] ?? null;
  return { title: collapseWhitespace(title).replace(/\s+,$/, ''), year };
}

/**
 * The judge an opinion's author line names ("AIKEN, District Judge.", after a star page "*1 " as case-law sites
 * print it), title-cased, or null: the whole line is that, and nothing else.
 */
export function judgeOfAuthorLine(line: string): string | null {
  const text = collapseWhitespace(line).replace(/^\*\d+\s+/, '');
  const match = AUTHOR_LINE.exec(text);
  const name = match?.groups?.name;
  return match && name && match[0].trim() === text && wordCount(name) <= 4 ? titleCase(name) : null;
}

/** "Xochihua-Jaimes v. Barr – Ninth Circuit Court of Appeals": a case's name, a dash, and the court that decided it. */
const CASE_AND_COURT =
  /^(?<title>\p{Lu}[^,;:–—]{1,80}?\sv\.\s\p{Lu}[^;:–—]{1,80}?)\s+[–—-]\s+(?<court>[^–—]*\b(?:Court|Circuit)\b[^–—]*)$/u;

/** The case a headline names with its court, or null: the headline of a page that is that case's opinion. */
export function caseAndCourt(headline: string): { title: string; court: string } | null {
  const groups = CASE_AND_COURT.exec(collapseWhitespace(headline))?.groups;
  return groups?.title && groups.court ? { title: groups.title, court: groups.court } : null;
}

/**
 * A case file's heading as courts that number their files by year print it: the kind of case in capitals and its
 * number over the year ("AMPARO EN REVISIÓN 275/2019", "CONTRADICCIÓN DE CRITERIOS 353/2021. ENTRE LAS …"). The
 * heading is that opening, whatever follows it.
 */
const DOCKET_HEADING = /^(?<title>\p{Lu}{2,}(?:\s+\p{Lu}{1,})*\s+\d{1,6}\/\d{4})(?=[.,;:]?(?:\s|$))/u;
const MAX_DOCKET_KIND_WORDS = 6;

export function readDocketHeading(block: string): string | null {
  const title = DOCKET_HEADING.exec(collapseWhitespace(block))?.groups?.title;
  return title !== undefined && wordCount(title) <= MAX_DOCKET_KIND_WORDS + 1 ? title : null;
}

/** ISO date of a printed date, also "SEP 29 2020" and (for a "Date Filed:" stamp) "07/14/2022". */
function readDate(printed: string): string | null {
  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(printed.trim());
  if (numeric) {
    return parsePrintedDate(`${numeric[3]}-${numeric[1]?.padStart(2, '0')}-${numeric[2]?.padStart(2, '0')}`);
  }
  return parsePrintedDate(printed.replace(/\s+/g, ' '));
}

type DateCandidate = { value: string; where: string; rank: number };

function datesIn(line: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  const text = collapseWhitespace(line);
  for (const match of text.matchAll(new RegExp(LABELLED_DATE.source, 'gi'))) {
    const value = readDate(match.groups?.date ?? '');
    if (value)
      found.push({
        value,
        where: `'${text}'`,
        rank: /decided|decision/i.test(match.groups?.label ?? '') ? 0 : 1,
      });
  }
  if (found.length > 0) return found;
  for (const match of text.matchAll(new RegExp(PRINTED_DATE.source, 'gi'))) {
    const before = text.slice(0, match.index);
    if (EXCLUDED_DATE_LABEL.test(before)) continue;
    const value = readDate(match[0]);
    // A bare date in the caption is the clerk's filing stamp (beside "FOR THE TENTH CIRCUIT") or the decision date.
    if (value) found.push({ value, where: `'${text}'`, rank: 2 });
  }
  return found;
}

function courtName(lines: readonly string[]): string | null {
  const text = collapseWhitespace(lines.join(' '));
  const circuit = /\bFOR THE ([A-Z]+(?: [A-Z]+)?) CIRCUIT\b|\bfor the (\w+(?: \w+)?) Circuit\b/i.exec(text);
  if (circuit && /COURT OF APPEALS/i.test(text)) {
    const name = (circuit[1] ?? circuit[2] ?? '').toLowerCase().replace(/\b\p{L}/gu, (l) => l.toUpperCase());
    return `United States Court of Appeals for the ${name} Circuit`;
  }
  const seventh = /United States Court of Appeals,? (?:for the )?(\w+) Circuit/i.exec(text);
  return seventh ? `United States Court of Appeals for the ${seventh[1]} Circuit` : null;
}

/** Words that make a party an institution, not a person ("U.S. DEPARTMENT OF HOMELAND SECURITY"). */
const INSTITUTION =
  /\b(?:department|office|services?|united|states|state|city|county|board|agency|administration|bureau|commission|center|council|clinic|inc|llc|corp|association|union|lab|school|university)\b/i;
/** What shows a name is a person's: a middle initial, or the office that follows it ("…, Acting Secretary"). */
const INITIAL = /\s\p{Lu}\.\s/u;
const OFFICE_AFTER =
  /^,\s*(?:Acting\s+|Deputy\s+|Former\s+)?(?:Secretary|Director|Attorney General|Commissioner|Chief|Warden|Administrator|Officer|Sheriff|Governor|Mayor|Field Office Director)\b/;

/**
 * A caption that lists several parties on a side ("INNOVATION LAW LAB; CENTRAL AMERICAN RESOURCE CENTER; …,
 * Plaintiffs-Appellees, v. CHAD F. WOLF, Acting Secretary …; U.S. DEPARTMENT OF …") is named as the court
 * names it: the first party on each side, a person by surname ("INNOVATION LAW LAB v. WOLF"). Null when a
 * side names one party, or its first party cannot be told from the second column beside it.
 */
function severalPartiesTitle(cells: readonly string[], roleAt: number, versusAt: number): string | null {
  let start = roleAt;
  // The parties begin below the court's name, the clerk's stamp and its date ("MAR 4 2020").
  const aboveParties = (line: string) =>
    /clerk|^filed$|court of appeals|circuit|publication/i.test(line) ||
    /^\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}$/u.test(line);
  while (start > 0 && !aboveParties(cells[start - 1] ?? '')) start--;
  const firstSide = collapseWhitespace(cells.slice(start, roleAt).join(' '));
  const secondSide = collapseWhitespace(cells.slice(versusAt + 1).join(' '));
  if (!firstSide.includes(';') && !/^[^;]{1,120}?,[^;]{1,120};/.test(secondSide)) return null;
  const left = /^([^;,]+?)(?:\s+No\.\s.*)?(?=[;,])/.exec(firstSide)?.[1]?.trim() ?? '';
  const right = /^([^;,]+?)(?=[;,])/.exec(secondSide)?.[1]?.trim() ?? '';
  if (left === '' || right === '' || wordCount(left) > 8 || wordCount(right) > 8) return null;
  const short = (party: string, side: string) => {
    const person =
      PERSON_NAME.test(party) &&
      !INSTITUTION.test(party) &&
      (INITIAL.test(` ${party} `) || OFFICE_AFTER.test(side.slice(side.indexOf(party) + party.length)));
    return person ? (party.split(/\s+/).at(-1) ?? party) : party;
  };
  return `${short(left, firstSide)} v. ${short(right, secondSide)}`;
}

/** "JUAN LUIS AGUILAR-PEREZ" v. "MATTHEW G. WHITAKER", from the lines around "Petitioner," and "v.". */
function partiesTitle(caption: readonly string[]): string | null {
  const cells = caption.map((line) => line.trim()).filter((line) => line !== '' && !RULE_LINE.test(line));
  const roleAt = cells.findIndex((line) => PARTY_ROLE_LINE.test(line));
  const versusAt = cells.findIndex((line, i) => i > roleAt && /^v\.(?:\s|$)/.test(line));
  if (roleAt < 1 || versusAt < 0) return null;
  const first: string[] = [];
  for (let i = roleAt - 1; i >= 0; i--) {
    const line = cells[i] ?? '';
    if (
      /clerk of court|^filed$|court of appeals|circuit|publication|^\(|\d{4}$/i.test(line) ||
      first.length >= 2
    )
      break;
    first.unshift(line);
    if (i > 0 && /,$/.test(cells[i - 1] ?? '')) break;
  }
  const several = severalPartiesTitle(cells, roleAt, versusAt);
  if (several) return several;
  let second = '';
  for (const line of cells.slice(versusAt + 1)) {
    if (/^\(/.test(line)) continue;
    second = line;
    break;
  }
  // "LUIS ALBERTO VASQUEZ-HERNANDEZ, also known as Luisd Alberyo Vasquez-Hernandez,": the alias is no part of the title.
  const left = collapseWhitespace(first.join(' '))
    .replace(/,?\s+(?:also known as|formerly known as|a\/k\/a|f\/k\/a)\s.*$/iu, '')
    .replace(/,$/, '')
    .replace(/\s{2,}.*$/, '');
  // "Jefferson B. Sessions, III, Attorney General": a generational suffix after the comma is the name's.
  const right =
    /^[^,]+(?:,\s*(?:Jr\.?|Sr\.?|JR\.?|SR\.?|II|III|IV)(?=,|$))?/u
      .exec(second)?.[0]
      ?.replace(/\s{2,}.*$/, '')
      .trim() ?? '';
  return left !== '' && right !== '' && wordCount(left) <= 8 && wordCount(right) <= 8
    ? `${left} v. ${right}`
    : null;
}

/** Where the parties begin: the first line naming a party's role. */
function partiesAt(caption: readonly string[]): number {
  const at = caption.findIndex((line) => PARTY_ROLE.test(`${line.trim()} `));
  return at < 0 ? caption.length : at;
}

/** A short line standing alone, not a sentence (no closing full stop or comma). */
const isBareLine = (line: string) => wordCount(line) <= 12 && !/[.,;:]$/.test(line.trim());

/** A panel inside a line: "Before:" and judges' names up to "Circuit Judges" ("Before the hearing, …" is not one). */
const PANEL_IN_LINE =
  /\sBefore:?\s+\p{Lu}[\p{L}.'’ ,-]{1,200}?,?\s+(?:Senior\s+)?(?:Circuit|District|Chief)?\s*Judges?\b/u;

/** A caption a text copy ran into one long line, its parts set apart by rules of underscores. */
const FLATTENED_CAPTION_MIN_WORDS = 20;

/**
 * A PDF's form rules as its text layer gives them: runs of the letter l ("lllllllllllllllllllllPetitioner"), which
 * no word holds five times over; read as a rule of underscores.
 */
const flattenRules = (line: string): string =>
  collapseWhitespace(line.replace(/(?<=^|\s)l{5,}(?=\p{Lu}|\s|$)/gu, ' ____ '));

function flattenedCaptionAt(lines: readonly string[]): number {
  return lines.slice(0, 40).findIndex((line) => {
    const text = flattenRules(line);
    return (
      wordCount(text) >= FLATTENED_CAPTION_MIN_WORDS &&
      // Parts set apart by rules of underscores, or a caption run into its first paragraph up to the panel.
      (/_{3,}/.test(text) || PANEL_IN_LINE.test(text)) &&
      COURT_LINE.test(text) &&
      // A party's role after a comma, or opening a part a rule sets apart ("____ Petitioner v. …").
      text.split(/\s*_{3,}\s*/).some((part) => PARTY_ROLE.test(`${part} `)) &&
      (PANEL_IN_LINE.test(text) || LABELLED_DATE.test(text))
    );
  });
}

/** A run-together caption's text cut where its lines were: after the court's name, around roles and "v.". */
function captionCells(text: string): string[] {
  return text
    .split(
      new RegExp(
        `(?<=\\bCIRCUIT\\b|\\bCircuit\\b)\\s+(?=\\p{Lu}{2})|(?<=,)\\s+(?=${ROLE}(?:[-‐–]${ROLE})?[,.](?:\\s|$))|(?<=\\b${ROLE}[,.])\\s+|\\s+(?=v\\.\\s)|(?<=(?:^|\\s)v\\.)\\s+`,
        'u',
      ),
    )
    .filter((cell) => cell !== '');
}

/**
 * A caption run together on one line (a case-law site's copy): its parts, split at the rules, are read as a
 * caption of their own. Only that line is taken out; the case heading, if the page's first line is one, is
 * the title.
 */
function splitFlattenedCaption(lines: readonly string[]): CaptionSplit | null {
  const at = flattenedCaptionAt(lines);
  if (at < 0) return null;
  const parts = flattenRules(lines[at] ?? '')
    .split(/\s*_{3,}\s*/)
    .flatMap((part) => part.split(/\s+(?=Before:?\s)/))
    // The panel ends at its "Judge(s)." when the opinion's first words follow on the same line, and a heading
    // such as "PER CURIAM." may stand before them.
    .flatMap((part) => (PANEL_START.test(part) ? part.split(/(?<=\bJudges?\.)\s+(?=\S)/) : [part]))
    .flatMap((part) => {
      const opening = OPINION_OPENING.exec(part);
      return opening ? [opening[0].trim(), part.slice(opening[0].length)] : [part];
    })
    .map((part, i, all) =>
      i > 0 && PANEL_START.test(all[i - 1] ?? '') ? part.replace(/^[*†‡]+\s+/, '') : part,
    )
    // Above the panel, the caption's own lines again: the court's name, each side's parties, its role, "v.".
    .flatMap((part) => (PANEL_START.test(part) || !PARTY_ROLE.test(`${part} `) ? [part] : captionCells(part)))
    .filter((part) => part !== '');
  const inner = splitCourtCaption(parts, false);
  if (!inner.opinion) return null;
  const firstAt = lines.findIndex((line) => line.trim() !== '');
  const heading = firstAt >= 0 && firstAt < at ? readCaseHeading(lines[firstAt] ?? '', true) : null;
  const opinion = heading
    ? {
        ...inner.opinion,
        title: {
          value: heading.title,
          where: `the page's case heading: '${collapseWhitespace(lines[firstAt] ?? '')}'`,
        },
      }
    : inner.opinion;
  const removals = heading
    ? [
        {
          ruleId: 'court-caption',
          action: 'drop' as const,
          text: collapseWhitespace(lines[firstAt] ?? ''),
          groups: {},
          yields: [],
        },
        ...inner.removals,
      ]
    : inner.removals;
  // Above the caption, lines that are none of them prose are the site's furniture ("Total Page:16").
  const above = lines.slice(0, at).filter((line, i) => line.trim() !== '' && !(heading && i === firstAt));
  const furniture = above.length > 0 && !above.some(isProse);
  const kept = lines.filter((_, i) => i !== at && !(heading && i === firstAt) && !(furniture && i < at));
  const insertAt = furniture ? 0 : at - (heading ? 1 : 0);
  return {
    lines: [...kept.slice(0, insertAt), ...inner.lines, ...kept.slice(insertAt)],
    removals: [
      ...(furniture
        ? above.map((line) => ({
            ruleId: 'court-caption',
            action: 'drop' as const,
            text: collapseWhitespace(line),
            groups: {},
            yields: [],
          }))
        : []),
      ...removals,
    ],
    opinion,
  };
}

/**
 * Finds a federal appellate caption in the first lines of a page and takes it (and the site furniture above
 * it) out; returns the opinion's metadata. A caption run together on one line is read too (only that line is
 * taken out). Pages without a caption are returned unchanged.
 */
export function splitCourtCaption(lines: readonly string[], lookForFlattened = true): CaptionSplit {
  const head = lines.slice(0, 120);
  const panelAt = head.findIndex((line) => PANEL_START.test(line.trim()));
  const hasParties = head.some((line) => PARTY_ROLE.test(`${line.trim()} `));
  const hasCourt = head.some((line) => COURT_LINE.test(line));
  if (panelAt < 0 || !hasParties || !hasCourt) {
    const flattened = lookForFlattened ? splitFlattenedCaption(lines) : null;
    return (
      flattened ??
      splitBetweenCaption(lines) ??
      splitReportedCaption(lines) ?? { lines: [...lines], removals: [], opinion: null }
    );
  }

  // The panel line may wrap ("…, Circuit" / "Judges.").
  let end = panelAt;
  let panelText = collapseWhitespace(lines[panelAt] ?? '');
  while (!/\bJudges?\b\.?/.test(panelText) && end + 1 < lines.length && end - panelAt < 2) {
    end++;
    panelText = `${panelText} ${collapseWhitespace(lines[end] ?? '')}`;
  }
  // A copy that stops inside the panel line may have lost "Judges." after "Circuit".
  const panelList = panelText
    .replace(PANEL_START, '')
    .replace(/,?\s*(?:Senior\s+)?(?:(?:Circuit|District)\s*(?:Judges?\.?)?|Judges?\.?)\s*$/, '');
  let judges = { names: splitJudges(panelList), where: `the panel: '${panelText}'` };

  // After the panel: rules, "OPINION", "Opinion by Judge X;", and an author line that may begin the first paragraph.
  const rest = [...lines];
  let cursor = end + 1;
  const removedAfter: string[] = [];
  while (cursor < rest.length) {
    const line = (rest[cursor] ?? '').trim();
    if (line === '' || RULE_LINE.test(line) || NOT_BODY_AFTER_PANEL.test(line)) {
      if (line !== '') removedAfter.push(line);
      cursor++;
      continue;
    }
    const by = OPINION_BY.exec(line);
    if (by?.groups?.name) {
      judges = { names: splitJudges(by.groups.name), where: `'${line}'` };
      removedAfter.push(line);
      cursor++;
      continue;
    }
    const author = AUTHOR_LINE.exec(collapseWhitespace(line));
    if (author?.groups?.name && wordCount(author.groups.name) <= 4) {
      judges = { names: [titleCase(author.groups.name)], where: `'${collapseWhitespace(author[0])}'` };
      removedAfter.push(collapseWhitespace(author[0]));
      const remainder = collapseWhitespace(line).slice(author[0].length);
      if (remainder === '') cursor++;
      else rest[cursor] = (rest[cursor] ?? '').replace(/^(\s*).*$/, `$1${remainder}`);
    }
    break;
  }

  const caption = lines.slice(0, end + 1);
  let title: CourtOpinion['title'] = null;
  const firstLine = caption.findIndex((line) => line.trim() !== '');
  for (const [i, line] of caption.entries()) {
    // A bare "X v. Y" is a heading as the page's first line, or as a line of its own above the parties.
    const heading = readCaseHeading(line, i === firstLine || (i < partiesAt(caption) && isBareLine(line)));
    if (heading) {
      title = { value: heading.title, where: `the page's case heading: '${collapseWhitespace(line)}'` };
      break;
    }
  }
  if (!title) {
    const parties = partiesTitle(caption);
    if (parties) title = { value: parties, where: "the caption's parties" };
  }
  const dates = caption.flatMap(datesIn).sort((a, b) => a.rank - b.rank);
  const date = dates[0] ? { value: dates[0].value, where: dates[0].where } : null;

  const removals: Removal[] = [...caption, ...removedAfter]
    .map((line) => collapseWhitespace(line))
    .filter((line) => line !== '')
    .map((text) => ({ ruleId: 'court-caption', action: 'drop' as const, text, groups: {}, yields: [] }));
  return {
    lines: rest.slice(cursor),
    removals,
    opinion: { title, court: courtName(caption), date, judges },
  };
}
