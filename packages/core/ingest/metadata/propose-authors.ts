import type { KnownName } from '../archive/archive-snapshot';
import type { Removal } from '../clean/removal';
import { comparisonKey, PERSON_NAME, withoutAddressAfterName } from '../text/words';
import { type Proposal, quote, ruleLabel } from './proposal';
import { resolveName } from './resolve-name';

export type AuthorsProposal = {
  /** Person ids from data/people.yaml, each with where the page names them. */
  authors: Array<Proposal<string>>;
  /** Names the page gives as authors that data/people.yaml does not list. */
  unknownNames: Array<{ name: string; where: string }>;
};

/** Words that make a byline entry a desk or a job, not a person ("Washington Bureau", "Staff Writer", "Rédaction Africanews"). */
const NOT_A_PERSON =
  /\b(?:Bureau|Staff|Writer|Correspondent|Desk|Service|Services|Editor|Reporter|Wire|Press|Technologist|Director|Counsel|Attorney|Analyst|Fellow|Producer|Professor|Project|Manager|Officer|Columnist|Contributor|Photographer|Program|Department|Center|Centre|Institute|Council|University|Redacción|Rédaction|Redaktion|Redazione|Redação)(?![\p{L}])/u;

/**
 * What names an organisation, not a person, in any case: a publisher's or a newsroom's own word ("EIN News",
 * "LATEST NEWS", "Northeast Ohio Media Group", "Foster Books"), an article opening the name ("The Plain Dealer",
 * "EL PAÍS"; no person's name opens with one), a button's label ("Email This"), or a web address ("NOLA.com",
 * "Infobae.com": a site names itself so, a person never is one).
 */
const ORGANISATION =
  /^(?:the|el|los|las)\s|\b(?:news|noticias|media|group|grupo|books|publishing|publications|newspapers?|magazine|network|email|e-mail)(?![\p{L}])|\p{L}\.(?:com|org|net|gov|gob|edu|info|mx|es|co|us)(?:\.\p{L}{2})?$/iu;

/** Whether a name is a person's, not a desk's, a job's or an organisation's ("Al Jazeera Staff", "AP Wire"). */
export const namesAPerson = (name: string): boolean => !NOT_A_PERSON.test(name);

/** Whether a name is an organisation's or a label's ("EIN News", "The Plain Dealer"): never proposed as an author. */
export const namesAnOrganisation = (name: string): boolean => ORGANISATION.test(name.trim());

/** A name in the page's markup names a person only with a given name and a surname: "ChrisS" is a user's handle. */
export const markupNamesAPerson = (name: string): boolean =>
  namesAPerson(name) && !namesAnOrganisation(name) && /\S\s+\S/u.test(name.trim());

const PERSON_LETTERS = /^\p{L}[\p{L}\p{M}'’.,\- ]*$/u;

/**
 * The person an author field of the page's markup names, or null. The field names one author: what follows a
 * slash or bar is their group ("Jane Roe / Events Team"), what follows a comma their outlet in capitals or
 * their job ("Jane Roe, USA TODAY"); a field that names the page's own publisher ("Deutsche Welle") names no
 * person, nor does a handle or a desk (`markupNamesAPerson`).
 */
export function personInMarkup(field: string, publishers: readonly string[] = []): string | null {
  const bare = (text: string) => comparisonKey(withoutAddressAfterName(text));
  const organisations = new Set(publishers.map(bare));
  if (organisations.has(bare(field))) return null;
  let name =
    withoutAddressAfterName(field)
      .split(/\s+[/|]\s+/u)[0]
      ?.trim() ?? '';
  const comma = /^(?<name>[^,]+),\s*(?<after>[^,]+)$/u.exec(name)?.groups;
  if (
    comma?.name &&
    comma.after &&
    /\p{Ll}/u.test(comma.name) &&
    ((/\p{Lu}{2}/u.test(comma.after) && !/\p{Ll}/u.test(comma.after)) ||
      NOT_A_PERSON.test(comma.after) ||
      namesAnOrganisation(comma.after) ||
      organisations.has(bare(comma.after)))
  )
    name = comma.name.trim();
  // A name is letters, with initials, hyphens and apostrophes: "© Adobe Stock/Celt Studio" is an image's credit.
  return PERSON_LETTERS.test(name) && !organisations.has(bare(name)) && markupNamesAPerson(name)
    ? name
    : null;
}

/** "Dan Forbes, GoLocalProv Contributor": a person's name, a comma, then the job (a desk or job word). */
const NAME_THEN_JOB = /^(?<name>\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,2}),\s+(?<job>[^,]{2,60})$/u;

/** The person a byline set as "Name, Job" names, or null: the job must say it is one, the name must be a person's. */
export function nameBeforeJob(block: string): string | null {
  const match = NAME_THEN_JOB.exec(block.trim());
  const name = match?.groups?.name;
  const job = match?.groups?.job;
  return name && job && NOT_A_PERSON.test(job) && namesAPerson(name) ? name : null;
}

/**
 * The person a credit stack names: a block that is a name alone right above one that opens with a job ("Chris
 * Swecker" over "Assistant Director, Criminal Investigative Division"), list marks aside; else null.
 */
export function nameAboveJob(nameBlock: string, jobBlock: string): string | null {
  const bare = (block: string) => block.replace(/^[•·*–-]\s*/u, '').trim();
  const name = bare(nameBlock);
  const job = bare(jobBlock).split(',')[0] ?? '';
  return PERSON_NAME.test(name) && namesAPerson(name) && !namesAnOrganisation(name) && NOT_A_PERSON.test(job)
    ? name
    : null;
}

/** A lawyer's or doctor's suffix ("Esq.", "Ph.D."), which follows a name and is not part of it. */
const PROFESSIONAL_SUFFIX = /^(?:Esq|Ph\.?\s?D|J\.?\s?D|M\.?\s?D)\.?$/u;
const SUFFIX_AFTER_NAME = /\s+(?:Esq|Ph\.?\s?D|J\.?\s?D)\.?$/u;

/**
 * "Jane Roe, John Doe and Ana Ruiz" → the three names. The list ends at the first entry that is a job or a
 * desk: what follows describes the last name ("Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech,
 * Privacy, and Technology Project" names one person).
 */
export function splitNameList(list: string): string[] {
  const entries = list
    .split(/\s*,\s*|\s+(?:and|&|y)\s+/u)
    // A list that ends a sentence ("… by Jane Roe.") leaves its full stop on the last name, not on an initial.
    .map((name) =>
      name
        .replace(SUFFIX_AFTER_NAME, '')
        .replace(/(\p{L}{2,})\.$/u, '$1')
        .trim(),
    )
    // "Sara Campos, Esq." — a professional suffix set off by a comma is not a name of its own.
    .filter((name) => name !== '' && !PROFESSIONAL_SUFFIX.test(name));
  const end = entries.findIndex((name) => NOT_A_PERSON.test(name));
  return end < 0 ? entries : entries.slice(0, end);
}

/**
 * Authors named by a byline or an author bio the cleaning step removed (groups `author`/`authors`), or by
 * the page's markup or a court caption (`named`). Never guessed: a name the archive does not know is reported, not invented.
 */
export function proposeAuthors(
  removals: readonly Removal[],
  people: readonly KnownName[],
  named: ReadonlyArray<{ name: string; where: string }> = [],
): AuthorsProposal {
  const candidates: Array<{ name: string; where: string }> = [];
  for (const removal of removals) {
    const where = `the page's ${ruleLabel(removal.ruleId)}: ${quote(removal.text)}`;
    // A bio of two authors names the second as `author2`.
    for (const name of [removal.groups.author, removal.groups.author2])
      if (name) candidates.push({ name, where });
    if (removal.groups.authors) {
      for (const name of splitNameList(removal.groups.authors)) candidates.push({ name, where });
    }
  }
  candidates.push(...named);
  // However a rule or the markup found it, a name that is a desk's or an organisation's is no author.
  const persons = candidates.filter(({ name }) => !namesAnOrganisation(name));

  const authors: AuthorsProposal['authors'] = [];
  const unknownNames: AuthorsProposal['unknownNames'] = [];
  for (const { name, where } of persons) {
    const person = resolveName(name, people);
    if (person) {
      if (!authors.some((author) => author.value === person.id)) {
        authors.push({ value: person.id, basis: `${name} is named in ${where}` });
      }
    } else if (!unknownNames.some((unknown) => comparisonKey(unknown.name) === comparisonKey(name))) {
      // "O'Keefe" in one place and "O’Keefe" in another are one name.
      unknownNames.push({ name, where });
    }
  }
  return { authors, unknownNames };
}
