import type { ArticleGenre } from '../src/schema/types';
import { type ArchiveSnapshot, outletsOf } from './archive/archive-snapshot';
import { cleanText } from './clean/clean-text';
import { fieldMetadata } from './clean/field-table';
import { type CleaningContext, firstMatch } from './clean/match-rule';
import type { Removal } from './clean/removal';
import { removeFurnitureAroundStory } from './clean/story-core';
import { citationAtHead, citationYear } from './court/citation-line';
import {
  caseAndCourt,
  judgeOfAuthorLine,
  readCaseHeading,
  readDocketHeading,
  titleCase,
} from './court/court-caption';
import { findOverlaps, type OverlapVerdict } from './dedupe/find-overlaps';
import { checkDraft, type DraftFrontmatter, renderDraft } from './draft/render-draft';
import { buildReviewNotes } from './draft/review-notes';
import { firstFreeId, proposeDraftId } from './draft/slug';
import type { IngestFlags } from './flags';
import type { InputFormat } from './input/decode-input';
import { type HtmlHints, htmlToText } from './input/html-to-text';
import { datelineDate } from './metadata/dateline-date';
import { detectLanguage } from './metadata/detect-language';
import { detectTruncation } from './metadata/detect-truncation';
import type { MetadataProposals } from './metadata/metadata-proposals';
import {
  headerAboveDateline,
  headerAtHeadline,
  headlineNearStory,
  headlinePrintedAboveStory,
  type PageHeader,
  splitPageHeader,
  unlikeHeadline,
} from './metadata/page-header';
import { dateInAddress, parsePrintedDate } from './metadata/parse-date';
import { type Proposal, quote, ruleLabel } from './metadata/proposal';
import {
  nameAboveJob,
  namesAPerson,
  personInMarkup,
  proposeAuthors,
  splitNameList,
} from './metadata/propose-authors';
import {
  type DateEvidence,
  datesFromRemovals,
  datesInFurniture,
  onlyDateIn,
  onlyPrintedDate,
  proposeDate,
} from './metadata/propose-date';
import { proposeGenre } from './metadata/propose-genre';
import { proposeOutlet } from './metadata/propose-outlet';
import { proposeRights } from './metadata/propose-rights';
import { resolveName } from './metadata/resolve-name';
import type { BoilerplateRule, RuleYield } from './rules/rule-schema';
import { collapseWhitespace, comparisonKey, PERSON_NAME_SOURCE, wordCount } from './text/words';

/** Rules that take blocks after the story that are not its text, unfinished by nature. */
const AFTER_STORY_RULES: ReadonlySet<string> = new Set(['furniture-after-story', 'list-after-story']);

/** How far down the page's blocks a case file's heading is looked for (a case-law site's furniture comes first). */
const DOCKET_WITHIN = 12;

/** A removed last block this long that stops mid-sentence shows the saved copy was cut (shorter ones are labels). */
const MIN_CUT_BLOCK_WORDS = 8;
/** A dateline is read in the body's first paragraphs: a deck or a label left above the story may precede it. */
const DATELINE_PARAGRAPHS = 3;

export type PageSource = {
  text: string;
  format: InputFormat;
  /** The saved file's name without its extension; recorded as the draft's `seed`. */
  name: string;
  /** The character encoding the bytes were read as, when it is worth a review note. */
  encoding?: string | undefined;
};

/** Everything ingest decided about one page: the draft to write and the evidence behind it. */
export type IngestPlan = {
  id: string;
  frontmatter: DraftFrontmatter;
  paragraphs: string[];
  /** The article file, ready to write. */
  fileText: string;
  overlaps: OverlapVerdict;
  removals: Removal[];
  proposals: MetadataProposals;
};

export type IngestOutcome =
  | { ok: true; plan: IngestPlan }
  | { ok: false; problem: 'no-body'; message: string };

/** The author groups of the first block of an element that a byline rule reads, or none. */
function bylineIn(
  blocks: readonly string[],
  blockRules: readonly BoilerplateRule[],
  context: CleaningContext,
): Record<string, string> {
  for (const block of blocks) {
    const groups = firstMatch(blockRules, block.trim(), context)?.groups ?? {};
    const names = Object.fromEntries(
      Object.entries(groups).filter(([key]) => key === 'author' || key === 'author2' || key === 'authors'),
    );
    if (Object.keys(names).length > 0) return names;
  }
  return {};
}

/** A credit line's size: a few blocks of a few words ("By Jane Roe", "April 6, 2015"). */
const MAX_CREDIT_BLOCKS = 3;
const MAX_CREDIT_BLOCK_WORDS = 12;

/**
 * The byline and date of an element the markup made furniture that is only a credit line: a few short blocks, one
 * a byline ("By Jane Roe" / "April 6, 2015" in a `masthead__credits` list). A credit names its story's authors
 * and date wherever the page's class names put it; a longer element (a teaser list) is not read.
 */
function creditIn(
  blocks: readonly string[],
  blockRules: readonly BoilerplateRule[],
  context: CleaningContext,
): Record<string, string> {
  if (blocks.length > MAX_CREDIT_BLOCKS || blocks.some((block) => wordCount(block) > MAX_CREDIT_BLOCK_WORDS))
    return {};
  const names = bylineIn(blocks, blockRules, context);
  if (Object.keys(names).length === 0) return {};
  const date = onlyPrintedDate(blocks.join(' \n '));
  return { ...names, ...(date === null ? {} : { date }) };
}

/** "Kim Gump, Dallas": a person's name and a town, as a letter to the editor is signed. */
const NAME_AND_TOWN = new RegExp(
  `^(?<name>${PERSON_NAME_SOURCE}),\\s+\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){0,2}$`,
  'u',
);

/**
 * The signature right under the story: the first block taken out after it, when it is a name and a town (a
 * letter's "Kim Gump, Dallas"). That name signs the text.
 */
function signatureAfterStory(removals: readonly Removal[]): Array<{ name: string; where: string }> {
  const first = removals.find((removal) => AFTER_STORY_RULES.has(removal.ruleId));
  const name = first ? NAME_AND_TOWN.exec(first.text.trim())?.groups?.name : undefined;
  return first && name && namesAPerson(name)
    ? [{ name, where: `the signature under the story: ${quote(first.text)}` }]
    : [];
}

/**
 * What a judgment's case-file heading states after its case file and parties, in any copy of the heading on the
 * page (a site's copy at the top may be cut short): the decision date, when it prints one ("… 10 DE AGOSTO DE
 * 2022. MAYORÍA …"), and the judge its "PONENTE:" field names (read as the field table reads that field).
 */
function docketFacts(
  docket: string | null,
  blocks: readonly string[],
): { dates: DateEvidence[]; judges: Array<{ name: string; where: string }> } {
  const headings = docket === null ? [] : blocks.filter((block) => readDocketHeading(block) === docket);
  const dates = headings.flatMap((block) => {
    const date = onlyDateIn(block);
    return date === null
      ? []
      : [{ date, label: 'decided', where: `the case file's heading: ${quote(block)}` }];
  });
  const judges = headings.flatMap((block) =>
    block.split(/\.\s+/u).flatMap((part) => {
      const field = /^(?<label>[\p{L} ]{3,30}):\s*(?<value>.+)$/u.exec(part.trim())?.groups;
      const name = field?.label && field.value ? fieldMetadata(field.label, field.value).authors : undefined;
      return name ? [{ name: titleCase(name), where: `the case file's heading: ${quote(part)}` }] : [];
    }),
  );
  return { dates, judges: judges.slice(0, 1) };
}

/** The name a credit stack above the story gives (a testimony's "• Chris Swecker" over "• Assistant Director, …"). */
function creditStackAbove(removals: readonly Removal[]): Array<{ name: string; where: string }> {
  const above = removals.filter((removal) => removal.ruleId === 'furniture-before-story');
  for (const [i, removal] of above.entries()) {
    const name = nameAboveJob(removal.text, above[i + 1]?.text ?? '');
    if (name !== null)
      return [{ name, where: `the name above a job title over the story: ${quote(removal.text)}` }];
  }
  return [];
}

function htmlDate(hints: HtmlHints): { date: string; where: string } | null {
  if (!hints.published) return null;
  const date =
    parsePrintedDate(hints.published.value) ?? parsePrintedDate(hints.published.value.slice(0, 10));
  return date ? { date, where: hints.published.where } : null;
}

/**
 * Pure: a saved page, the maintainer's flags, a snapshot of the archive and the boilerplate rules in;
 * the draft article (or why there is none) out. The CLI's --dry-run prints exactly this plan, and a real
 * run writes `plan.fileText` — so tests of this function test what maintainers get.
 */
export function ingestPage(
  page: PageSource,
  flags: IngestFlags,
  archive: ArchiveSnapshot,
  rules: readonly BoilerplateRule[],
): IngestOutcome {
  const outlets = outletsOf(archive);
  const html = page.format === 'html' ? htmlToText(page.text) : null;
  // The page as text: a saved HTML page's text, a stored text as it is.
  const pageText = html ? html.text : page.text;
  const hints: HtmlHints = html?.hints ?? { authors: [], captions: [] };
  const context = { outletNames: outlets.flatMap((outlet) => [outlet.name, ...outlet.aliases]) };
  const cleaned = cleanText(pageText, rules, context, hints.storyParagraphs);
  const blockRules = rules.filter((rule) => rule.scope === 'block');
  const removals: Removal[] = [
    ...(html?.removedElements ?? []).map((element) => ({
      ruleId: `html-${element.tag}`,
      action: 'drop' as const,
      text: element.text,
      groups: {
        ...(element.why === undefined ? {} : { element: element.why }),
        // An article's own <footer> may sign it ("Posted by Jane Roe."): its byline names the authors.
        ...(element.tag === 'footer' && element.inArticle
          ? bylineIn(element.blocks ?? [], blockRules, context)
          : element.tag === 'furniture'
            ? creditIn(element.blocks ?? [], blockRules, context)
            : {}),
      },
      // A page footer names the site it belongs to ("© 2019 Arizona Public Media"); a dropped element that a
      // rule would have taken says what the rule says of the page (a government site's banner, blog furniture).
      yields: [
        ...(element.tag === 'footer' ? (['site'] as RuleYield[]) : []),
        ...(firstMatch(blockRules, element.text, context)?.rule.yields ?? []).filter(
          (kind) => kind === 'government' || kind === 'blog',
        ),
      ],
    })),
    ...cleaned.removals,
  ];
  const court = cleaned.court;
  // A case-law page without a caption still opens with its case heading ("X v. Y, No. 16-72957 (9th Cir. 2019)").
  const heading = court || html ? null : readCaseHeading(cleaned.paragraphs[0] ?? '');
  let header: PageHeader = court
    ? {
        title: court.title
          ? { value: court.title.value, basis: `the court opinion's caption: ${court.title.where}` }
          : null,
        dek: null,
        labels: [],
        body: cleaned.paragraphs,
      }
    : heading
      ? {
          title: { value: heading.title, basis: `the page's case heading: '${cleaned.paragraphs[0] ?? ''}'` },
          dek: null,
          labels: [],
          body: cleaned.paragraphs.slice(1),
        }
      : flags.title
        ? // The maintainer gave the headline: a block is taken as the headline only if it is that headline, and
          // no other block is guessed to be a headline or dek, so nothing leaves the body unannounced.
          splitPageHeader(cleaned.paragraphs, { title: flags.title, titleSource: 'flag' })
        : splitPageHeader(cleaned.paragraphs, {
            title: hints.title,
            titleSource: hints.titleSource,
            gapAfter: cleaned.gapAfter,
            besideHeadline: hints.besideHeadline,
            headings: hints.headings,
            bylineAfter: html ? null : cleaned.bylineAfter,
            printedTwiceAt: html ? null : cleaned.printedTwiceAt,
          });
  // A page whose first blocks are no headline ("38.3 F", "• No items yet"): the headline by where it stands.
  const near =
    court || heading || html || flags.title || header.letter || !unlikeHeadline(header.title?.value ?? null)
      ? null
      : headlineNearStory(cleaned.paragraphs);
  if (near !== null)
    header = headerAtHeadline(
      header,
      near,
      `the headline-shaped block nearest the story's first paragraphs: ${quote(near)}`,
    );
  else if (
    !court &&
    !heading &&
    !html &&
    !flags.title &&
    !header.letter &&
    header.title !== null &&
    unlikeHeadline(header.title.value)
  )
    // A first block that is no headline ("• Hours & Info") and none near the story: the page states no headline,
    // and inventing one is worse than none. The block leaves as a label, reported.
    header = { ...header, title: null, labels: [header.title.value, ...header.labels] };
  // A judgment headed by its case file ("AMPARO EN REVISIÓN 275/2019") near the top: that heading is its title,
  // whatever block was first taken for one (which stays reported as a label).
  const docketBlock =
    court || heading || flags.title
      ? undefined
      : cleaned.paragraphs.slice(0, DOCKET_WITHIN).find((block) => readDocketHeading(block) !== null);
  const docket = docketBlock === undefined ? null : readDocketHeading(docketBlock);
  if (docket !== null && docketBlock !== undefined && header.title?.value !== docket)
    header = {
      ...header,
      title: {
        value: docket,
        basis: `the case file's heading near the top of the page: ${quote(docketBlock)}`,
      },
      labels: header.title ? [header.title.value, ...header.labels] : header.labels,
    };
  // A headline that names a case and its court ("X v. Y – Ninth Circuit Court of Appeals"): the case is the title.
  const caseTitle =
    court || heading || flags.title || !header.title ? null : caseAndCourt(header.title.value);
  if (caseTitle && header.title)
    header = {
      ...header,
      title: {
        value: caseTitle.title,
        basis: `the headline names a case and its court: ${quote(header.title.value)}`,
      },
    };
  // Around the story's core, what is not text is the page's furniture (a court opinion's blocks are its own rules').
  const aroundStory =
    court || heading
      ? header.body
      : removeFurnitureAroundStory(
          header.body,
          removals,
          hints.headings,
          header.title?.value ?? null,
          hints.storyParagraphs,
        );
  // A story's dateline opens its first paragraph: the short blocks between it and the headline are the header's
  // (deck, key points), except on a blog, where they are the blogger's words above the story the post reposts.
  if (!court && !heading && !flags.title)
    header = headerAboveDateline(
      { ...header, body: aroundStory },
      cleaned.paragraphs,
      removals.some((removal) => removal.yields.includes('blog')),
    );
  const paragraphs = court || heading || flags.title ? aroundStory : header.body;
  // No headline, but a line taken out as a running header stands only above the story, each copy of it: the page
  // printed its headline again there (a teaser, a sticky header), which a printed page's head never does.
  if (header.title === null && !court && !heading && !flags.title && !header.letter) {
    const printed = headlinePrintedAboveStory(
      removals.filter((removal) => removal.ruleId === 'running-header').map((removal) => removal.text),
      pageText,
      paragraphs[0] ?? '',
    );
    if (printed !== null)
      header = {
        ...header,
        title: {
          value: printed,
          basis: `the line the page prints again and again above its story, and nowhere in it: ${quote(printed)}`,
        },
      };
  }
  if (paragraphs.length === 0) {
    return {
      ok: false,
      problem: 'no-body',
      message:
        'no article text is left after removing boilerplate; check that the file is the article page (not an index or a login page), or add the text by hand',
    };
  }

  // Above the story, an opinion's author line ("*1 AIKEN, District Judge.") names its judge: the page is that opinion.
  const authorLine = court
    ? undefined
    : removals.find(
        (removal) => removal.ruleId === 'furniture-before-story' && judgeOfAuthorLine(removal.text),
      );
  const judge = authorLine ? judgeOfAuthorLine(authorLine.text) : null;

  const docketed = docketFacts(docket, [...cleaned.paragraphs, ...removals.map((removal) => removal.text)]);
  const outlet = proposeOutlet({ removals, body: paragraphs, siteName: hints.siteName }, outlets);
  if (court?.court) {
    // A court opinion's outlet is the court (an organization of kind court).
    const courts = archive.organizations.filter((organization) => organization.kind === 'court');
    const circuit = /the (\w+) Circuit$/.exec(court.court)?.[1];
    const record =
      resolveName(court.court, courts) ??
      courts.find(
        (c) => circuit !== undefined && [c.name, ...c.aliases].some((name) => name === `${circuit} Circuit`),
      );
    if (record)
      outlet.outlet = { value: record.id, basis: `the court named in the caption: '${court.court}'` };
    else {
      outlet.outlet = {
        value: null,
        basis: `the court named in the caption, '${court.court}', is not in data/organizations.yaml`,
      };
      outlet.unknownNames.push({
        name: court.court,
        where: "the opinion's caption (add it with kind: court)",
      });
    }
  }
  if (flags.outlet) outlet.outlet = { value: flags.outlet, basis: 'given with --outlet' };
  if (outlet.via.value !== null && outlet.via.value === outlet.outlet.value) {
    outlet.via = { value: null, basis: 'no other site named' };
  }
  // Markup names a site's desk as its author as readily as a person ("Al Jazeera Staff"): only persons count.
  const personsIn = (fields: readonly string[], what: string) =>
    fields.flatMap((field) => {
      const name = personInMarkup(field, hints.publishers);
      return name === null
        ? []
        : [{ name, where: name === field ? `the page's ${what}` : `the page's ${what}: ${quote(field)}` }];
    });
  const namedInMarkup = personsIn(hints.authors, 'markup (author meta or JSON-LD)');
  // When the meta names only the publisher ("Ediciones El País"), the persons its elements name are the authors.
  const markupAuthors =
    namedInMarkup.length > 0
      ? namedInMarkup
      : personsIn(hints.elementAuthors ?? [], 'author links (rel="author", itemprop="author")');
  // The markup names the byline's authors again in its own way: as one field ("Jane Roe and John Doe", read as
  // the names it lists) or with a button's text run into a name ("Jane RoeFollow", the name the byline shows).
  const shown = proposeAuthors(removals, archive.people);
  const shownKeys = [
    ...shown.unknownNames.map((unknown) => unknown.name),
    ...shown.authors.flatMap(
      (author) => archive.people.find((person) => person.id === author.value)?.name ?? [],
    ),
  ].map(comparisonKey);
  // Beside a shown byline, a markup name that is the site's own (og:site_name) is the publisher's, not a person's
  // (a personal blog's site name may be its author's: without a shown byline it stays).
  const siteKey = shownKeys.length > 0 && hints.siteName ? comparisonKey(hints.siteName) : null;
  const sameAsShown = (candidates: ReadonlyArray<{ name: string; where: string }>) =>
    candidates
      .flatMap((candidate) => splitNameList(candidate.name).map((name) => ({ ...candidate, name })))
      .filter(({ name }) => {
        const key = comparisonKey(name);
        return (
          key !== siteKey &&
          (!shownKeys.some((shownKey) => key.startsWith(shownKey)) || shownKeys.includes(key))
        );
      });
  const authors = proposeAuthors(removals, archive.people, [
    ...sameAsShown(
      markupAuthors.length > 0
        ? markupAuthors
        : personsIn(hints.bylines ?? [], 'byline (an element whose class names it one)'),
    ),
    ...(court?.judges.names ?? []).map((name) => ({ name, where: court?.judges.where ?? 'the caption' })),
    ...(judge && authorLine
      ? [{ name: judge, where: `the opinion's author line: ${quote(authorLine.text)}` }]
      : []),
    ...docketed.judges,
    ...signatureAfterStory(removals),
    ...creditStackAbove(removals),
  ]);

  const fromHtml = htmlDate(hints);
  // Where the headline stands in the page's text: a stamp printed before it is above it.
  const headlineAt = header.title === null ? -1 : pageText.indexOf(header.title.value);
  const aboveHeadline = (text: string) => {
    const at = pageText.indexOf(text);
    return headlineAt > 0 && at >= 0 && at < headlineAt;
  };
  // A law report's citation on a line of its own at the head ("27 I. & N. Dec. 316 (2018)", "Citation: 2013 FC 332").
  const citation = citationAtHead(pageText);
  let date = proposeDate([
    ...(court?.date ? [{ date: court.date.value, label: 'filed', where: court.date.where }] : []),
    ...(heading?.year
      ? [
          {
            date: heading.year,
            label: 'decided',
            where: `the case heading's year: '${cleaned.paragraphs[0] ?? ''}'`,
          },
        ]
      : []),
    ...docketed.dates,
    ...(fromHtml ? [{ date: fromHtml.date, label: 'published', where: fromHtml.where }] : []),
    ...datesFromRemovals(removals, aboveHeadline),
    ...datesInFurniture(removals, 'furniture-before-story'),
    // A byline element that dates its story ("Jane Roe | Apr 19, 2013"): the one date it prints.
    ...(hints.bylines ?? []).flatMap((byline) => {
      const date = onlyDateIn(byline);
      return date === null ? [] : [{ date, label: null, where: `the page's byline: ${quote(byline)}` }];
    }),
  ]);
  // The story opens with it; a deck or label the page sets above the story may still stand before it in the body.
  const dateline =
    date.value === null && !court
      ? (paragraphs
          .slice(0, DATELINE_PARAGRAPHS)
          .map(datelineDate)
          .find((found) => found !== null) ?? null)
      : null;
  if (dateline)
    date = {
      value: dateline.date,
      basis: `the dateline that opens the story: ${quote(dateline.dateline)}`,
      from: 'stated',
    };
  // Nothing else dates the page but the year its decision's citation gives ("27 I. & N. Dec. 316 (2018)").
  const citedYear = date.value === null && !court && citation ? citationYear(citation) : null;
  if (citedYear !== null && citation)
    date = {
      value: citedYear,
      basis: `the year of the decision's citation at the head of the page: ${quote(citation)}`,
      from: 'stated',
    };
  // Nothing else dates the page, but its own address carries the day ("/2017/03/09/"): an inference, said so.
  const ownAddress = flags.url ?? hints.url?.value;
  const addressDate = date.value === null && ownAddress ? dateInAddress(ownAddress) : null;
  if (addressDate !== null)
    date = {
      value: addressDate,
      basis: `inferred from the page's own address, which carries the day (the page states no date): ${ownAddress}`,
      from: 'address',
    };
  if (flags.date)
    date = {
      value: flags.date,
      basis: `given with --date ${flags.date}; replace with where it is stated or how it is inferred`,
      from: 'given',
    };

  const pageTitle: Proposal<string | null> = header.title ?? {
    value: null,
    basis: 'the page has no headline',
  };
  const foundInPage = flags.title !== undefined && /^the page's headline/.test(pageTitle.basis);
  const title: Proposal<string | null> = flags.title
    ? {
        value: flags.title,
        basis: foundInPage
          ? `given with --title and found in the page (${pageTitle.basis})`
          : 'given with --title',
      }
    : pageTitle;
  const titleSource: DraftFrontmatter['titleSource'] =
    title.value !== null && (flags.title ? foundInPage : title.value === pageTitle.value)
      ? 'outlet'
      : 'editorial';
  const dek: Proposal<string | null> = header.dek ?? { value: null, basis: 'no subtitle found' };
  const outletKind = archive.organizations.find(
    (organization) => organization.id === outlet.outlet.value,
  )?.kind;
  // A decision's metadata table names the tribunal that decided it ("Tribunal: Refugee Protection Division").
  const decidedBy = removals.find((removal) => removal.groups.court !== undefined);
  const genre: Proposal<ArticleGenre | null> = proposeGenre({
    court: court
      ? (court.court ?? 'its caption')
      : heading
        ? `its case heading '${heading.title}'`
        : caseTitle
          ? `its headline names a case and its court, ${caseTitle.court}`
          : judge && authorLine
            ? `its author line names the judge: ${quote(authorLine.text)}`
            : docket
              ? `its case file's heading '${docket}'`
              : decidedBy
                ? `its ${ruleLabel(decidedBy.ruleId)} names the deciding body: ${quote(decidedBy.text)}`
                : citation
                  ? `a decision's citation stands alone at the head of the page: ${quote(citation)}`
                  : null,
    articleType: hints.articleType,
    articleTypeWhere: hints.articleTypeWhere,
    removals,
    outletKind,
    url: flags.url ?? hints.url?.value,
    generators: hints.generators,
  });
  const lastLine = collapseWhitespace(
    pageText.split(/\r\n?|\n/).findLast((line) => line.trim() !== '') ?? '',
  );
  // The page's last line, when a rule took it out: a copy that stops inside a caption or inside an
  // advertisement under the story was cut there, and the saved page may lack the story's end too.
  const removedEnd = removals.find(
    (removal) =>
      removal.action === 'drop' &&
      // Furniture after the story (other stories' headlines, widgets) is not text by its shape: a page may end on
      // it without being cut.
      !AFTER_STORY_RULES.has(removal.ruleId) &&
      // Nor is the site's own footer line ("Copyright by …. All rights reserved. ©2024"): a page ends on it whole.
      !removal.yields.some((kind) => kind === 'site' || kind === 'rights') &&
      (removal.ruleId === 'court-caption' || wordCount(removal.text) >= MIN_CUT_BLOCK_WORDS) &&
      lastLine.endsWith(collapseWhitespace(removal.text)),
  );
  const truncated = detectTruncation(
    paragraphs,
    removals,
    removedEnd && { text: lastLine, ruleId: removedEnd.ruleId },
  );
  const url: Proposal<string | null> = flags.url
    ? { value: flags.url, basis: 'given with --url' }
    : hints.url && /^https?:\/\//i.test(hints.url.value)
      ? { value: hints.url.value, basis: `stated in the page's ${hints.url.where}` }
      : { value: null, basis: 'the page does not state its address' };
  const language: Proposal<string> = hints.language
    ? { value: hints.language, basis: `the page's <html lang="${hints.language}">` }
    : detectLanguage(paragraphs);
  const publisherNames = [outlet.outlet.value, outlet.via.value].flatMap(
    (id) => outlets.find((o) => o.id === id)?.name ?? [],
  );
  const rights = proposeRights(removals, publisherNames);
  const captions = [...hints.captions, ...cleaned.captions];

  const overlaps = findOverlaps(paragraphs, page.name, archive.articles);
  const taken = new Set(archive.articles.map((article) => article.id));
  const id = firstFreeId(
    proposeDraftId({ title: title.value, outlet: outlet.outlet.value, inputName: page.name }),
    (candidate) => taken.has(candidate),
  );

  const review = buildReviewNotes({
    removals,
    labels: header.labels,
    aboveDateline: header.aboveDateline ?? [],
    title,
    titleSource,
    dek,
    genre,
    captions,
    outlet,
    authors,
    date,
    url,
    language,
    rights,
    overlaps,
    paragraphs,
    wrapped: cleaned.wrapped,
    truncated,
    encoding: page.encoding,
    idFromTitle: title.value !== null,
    archiveProblems: archive.problems,
  });

  const frontmatter: DraftFrontmatter = {
    id,
    draft: true,
    review,
    seed: page.name,
    title: title.value,
    titleSource,
    dek: dek.value,
    genre: genre.value,
    outlet: outlet.outlet.value,
    via: outlet.via.value,
    authors: authors.authors.map((author) => author.value),
    published: { date: date.value, basis: date.basis },
    url: url.value,
    language: language.value,
    rights: rights.value,
    truncated: truncated.value,
    topics: [],
    summary: null,
    captions,
  };
  const fileText = renderDraft(frontmatter, paragraphs);
  const check = checkDraft(fileText, paragraphs);
  if (!check.ok) {
    // A defect in ingest itself, not in the page: say so plainly rather than write a file the compiler rejects.
    throw new Error(`ingest produced a draft that fails the article schema: ${check.problems.join('; ')}`);
  }
  return {
    ok: true,
    plan: {
      id,
      frontmatter,
      paragraphs,
      fileText,
      overlaps,
      removals,
      proposals: { title, dek, genre, outlet, authors, date, url, language, rights },
    },
  };
}

/** The draft written under another id (the CLI's answer to a file appearing under the first one). */
export function withId(plan: IngestPlan, id: string): IngestPlan {
  const frontmatter = { ...plan.frontmatter, id };
  return { ...plan, id, frontmatter, fileText: renderDraft(frontmatter, plan.paragraphs) };
}
