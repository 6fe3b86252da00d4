import { furnitureAbove, isProse } from '../clean/menu-runs';
import { isStoryText } from '../clean/story-core';
import {
  comparisonKey,
  endsSentence,
  firstSentence,
  isListItem,
  MAX_HEADLINE_WORDS,
  opensWithDateline,
  opensWithListMark,
  wordCount,
} from '../text/words';
import { datelineDate } from './dateline-date';
import { type Proposal, quote } from './proposal';
import { nameBeforeJob } from './propose-authors';
import { holdsDate } from './propose-date';

/** The blocks at the top of a page that are not body text: headline, subtitle, image labels. */
export type PageHeader = {
  title: Proposal<string> | null;
  dek: Proposal<string> | null;
  /** Short unpunctuated labels between the headline and the body (image alt text, kickers), dropped. */
  labels: string[];
  body: string[];
  /** The page is a letter: its header is the addressee's lines, and it has no headline to look for. */
  letter?: boolean;
  /** Blocks between the headline and the story's dateline (a deck's second part, key points, a label), dropped. */
  aboveDateline?: string[];
};

export type HeaderHints = {
  title?: string | undefined;
  titleSource?: 'h1' | 'og:title' | 'title' | 'flag' | undefined;
  /** For each block, whether a removed block (caption, credit, byline, stamp) stood right after it. */
  gapAfter?: readonly boolean[] | undefined;
  /** Blocks an HTML page's markup sets beside its headline, apart from the story's paragraphs. */
  besideHeadline?: readonly string[] | undefined;
  /** Blocks the page's markup sets as section headings (<h2>–<h6>): never a subtitle. */
  headings?: readonly string[] | undefined;
  /** The index of the block right above the page's first byline. */
  bylineAfter?: number | null | undefined;
  /** The index of a headline-like block the page printed twice near its top (the first copy was taken out). */
  printedTwiceAt?: number | null | undefined;
};

/** A headline found by where it stands (under a site's label, above a byline, printed twice) has this many words. */
const MIN_HEADLINE_WORDS = 3;
/** How far down the page's blocks the headline the markup names is looked for (menus and site names come first). */
const HEADLINE_WITHIN = 12;
const MAX_DEK_WORDS = 40;
/** A deck said in one statement is a few words: a story's first paragraph, even a one-sentence one, says more. */
const MIN_DECK_STATEMENT_WORDS = 6;
const MAX_DECK_STATEMENT_WORDS = 15;
const MAX_LABEL_WORDS = 6;

/** A headline may end in an initialism ("… FLEE TO U.S.") but not in a sentence's full stop. */
const ENDS_LIKE_SENTENCE = /(?<!(?:^|[\s(])(?:\p{Lu}\.)+\p{Lu})[.,;:]$/u;

/**
 * How long the page's first block may be and still be its headline when the story's prose follows it (a Spanish
 * headline runs to 22 words); from 25 words a line above running text is a document's title only with its issuer
 * under it (`isDocumentTitle`).
 */
const MAX_FIRST_HEADLINE_WORDS = 24;

function looksLikeHeadline(block: string, maxWords = MAX_HEADLINE_WORDS): boolean {
  const words = wordCount(block);
  return (
    words >= 1 &&
    words <= maxWords &&
    /\p{L}/u.test(block) &&
    !ENDS_LIKE_SENTENCE.test(block) &&
    !opensWithDateline(block)
  );
}

/** A report's or a response's title may run to this many words ("Mexico: Police corruption, including …"). */
const MAX_DOCUMENT_TITLE_WORDS = 40;

/**
 * A document's long title at the top of a page: one clause (no sentence ends in it or at its end) longer than a
 * headline, with a block under it that is not running text (the issuing office, a date, a number).
 */
function isDocumentTitle(block: string, next: string): boolean {
  const words = wordCount(block);
  return (
    words > MAX_HEADLINE_WORDS &&
    words <= MAX_DOCUMENT_TITLE_WORDS &&
    !ENDS_LIKE_SENTENCE.test(block) &&
    !endsSentence(block) &&
    firstSentence(block) === block &&
    !opensWithDateline(block) &&
    // "… Ports of Entry - October 27, 2020 - DHS OIG": a page's <title> line with its date, not a document's title.
    !holdsDate(block) &&
    next !== '' &&
    !isStoryText(next)
  );
}

/** Crumbs a breadcrumb trail may hold before the headline ("Home › News › World › …"). */
const MAX_CRUMB_WORDS = 8;

/** "Blog Insights 3 surprising findings…" above that headline: the page's trail of sections ending in it. */
function isBreadcrumbTo(block: string, headline: string): boolean {
  const key = comparisonKey(block);
  const end = comparisonKey(headline);
  return (
    key.length > end.length &&
    key.endsWith(end) &&
    wordCount(block) - wordCount(headline) <= MAX_CRUMB_WORDS &&
    !/[.!?:;,]/u.test(block.slice(0, block.length - headline.length))
  );
}

/** A script's placeholder: a word or two ending in an ellipsis ("Loading...", "Cargando…"). */
const isPlaceholder = (block: string): boolean => /^\S+(?:\s+\S+)?(?:\.\.\.|…)$/u.test(block.trim());

/**
 * An image's label where a text copy keeps it (its alt text), never a headline: a few words opening with the word
 * for a picture ("Logo Studenta", "Image Article"), or two words closing with it ("U.S. flag", "loader image").
 */
const isImageLabel = (block: string): boolean => {
  const words = wordCount(block);
  return (
    (words <= 4 && /^(?:logo|image|icon|banner)\s/iu.test(block.trim())) ||
    (words === 2 && /\s(?:logo|image|icon|flag|banner)$/iu.test(block.trim()))
  );
};

/** A site or section name above the headline: a few words, the block after it a longer headline. */
const MAX_SITE_LABEL_WORDS = 5;

function looksLikeDek(block: string): boolean {
  const words = wordCount(block);
  return (
    words >= 3 &&
    words <= MAX_DEK_WORDS &&
    !opensWithDateline(block) &&
    !isListItem(block) &&
    // "Dan Forbes, GoLocalProv Contributor" is a byline, not a subtitle.
    nameBeforeJob(block) === null
  );
}

/**
 * A label-like block that the body repeats the shape of further down: in capitals like another heading of the
 * body, or in title case like two others. Image labels and kickers are not repeated through a story.
 */
function isSectionHeading(block: string, after: readonly string[]): boolean {
  const capitals = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  const titleCase = (text: string) => /^\p{Lu}/u.test(text) && !capitals(text);
  const headings = after.filter(looksLikeLabel);
  if (capitals(block)) return headings.some(capitals);
  return titleCase(block) && headings.filter(titleCase).length >= 2;
}

/**
 * A label-like block that is the first of the body's section headings: further down, a block of the same
 * shape (in capitals, or capitalised) stands above text ("Refugees" … "Asylum" / "Asylum status may be…").
 * Then the block before it is the body's opening, not a subtitle.
 */
function headsASection(block: string, after: readonly string[]): boolean {
  const capitals = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  return after.some(
    (later, i) =>
      looksLikeLabel(later) &&
      capitals(later) === capitals(block) &&
      /^\p{Lu}/u.test(later) &&
      !looksLikeLabel(after[i + 1] ?? '') &&
      (after[i + 1] ?? '') !== '',
  );
}

function looksLikeLabel(block: string): boolean {
  return wordCount(block) <= MAX_LABEL_WORDS && !/[.,;:!?"“”()]/.test(block);
}

/** A button's label alone on its line ("Learn More", "Shop now", "Más información"). */
const CALL_TO_ACTION =
  /^(?:learn more|read more|find out more|click here|shop now|buy now|sign up(?: now)?|subscribe(?: now)?|donate(?: now)?|get started|más información|leer más|saber más|conoce más)[.!»›→ ]*$/iu;

/** The header of the blocks below the first `count`, which leave as labels (reported) ahead of its own. */
function headerBelowLabels(blocks: readonly string[], hints: HeaderHints, count: number): PageHeader {
  const shift = (at: number | null | undefined) =>
    at === null || at === undefined || at < count ? null : at - count;
  const header = splitPageHeader(blocks.slice(count), {
    ...hints,
    gapAfter: hints.gapAfter?.slice(count),
    bylineAfter: shift(hints.bylineAfter),
    printedTwiceAt: shift(hints.printedTwiceAt),
  });
  return { ...header, labels: [...blocks.slice(0, count), ...header.labels] };
}

/**
 * Tells the headline, dek and image labels at the top of the cleaned page from the body. The headline is
 * the page's first short block without a closing full stop (or the HTML <h1>); the dek is a short block
 * right after it; every guess is reported so the maintainer can move a block back.
 */
export function splitPageHeader(paragraphs: readonly string[], hints: HeaderHints = {}): PageHeader {
  const blocks = [...paragraphs];
  let title: Proposal<string> | null = null;
  let index = 0;

  const hinted = hints.title?.trim();
  if (hinted) {
    const where =
      hints.titleSource === 'flag'
        ? '--title'
        : hints.titleSource === 'h1' || hints.titleSource === undefined
          ? '<h1>'
          : `<${hints.titleSource}>`;
    // A <title> often ends with the site's name ("Story | AZPM"); the headline in the text does not.
    const candidates = [hinted, hinted.split(/\s+[|–—-]\s+/u)[0]?.trim() ?? hinted];
    for (const candidate of candidates) {
      const at = blocks
        .slice(0, HEADLINE_WITHIN)
        .findIndex((block) => comparisonKey(block) === comparisonKey(candidate));
      if (at < 0) continue;
      title = { value: candidate, basis: `the page's headline (its ${where}): ${quote(candidate)}` };
      // Short labels above the headline (a kicker, a section name, a breadcrumb trail ending in the headline)
      // go with it; anything longer stays body.
      const above = blocks.slice(0, at);
      // Above an HTML page's own headline, what is not prose is page furniture its markup did not mark (a site
      // name, a tagline, a menu); prose stays in the body, so no sentence is lost.
      const labels = above.every((block) => looksLikeLabel(block) || isBreadcrumbTo(block, candidate))
        ? above
        : hints.titleSource === 'h1'
          ? above.filter((block) => !isProse(block))
          : [];
      // A headline the maintainer gave says nothing about a subtitle: no block below it is guessed to be one.
      const header = finishHeader(
        blocks.slice(at + 1),
        title,
        hints.titleSource !== 'flag',
        labels,
        hints.gapAfter?.slice(at + 1),
        hints.besideHeadline,
        hints.headings,
      );
      return labels.length === above.length
        ? header
        : { ...header, body: [...above.filter((block) => !labels.includes(block)), ...header.body] };
    }
    title = { value: hinted, basis: `the page's ${where}, not found in its text: ${quote(hinted)}` };
    return finishHeader(blocks, title, false, [], hints.gapAfter);
  }

  // A script's placeholder at the top ("Loading...", "Cargando…": a word or two and an ellipsis) is no headline.
  if (blocks.length > 2 && (isPlaceholder(blocks[0] ?? '') || isImageLabel(blocks[0] ?? '')))
    return headerBelowLabels(blocks, hints, 1);
  // A promotion at the top with its button under it ("Michael Lowe is Celebrating Over 20 YEARS of Service" above
  // "Learn More"): neither is the headline; both leave as labels, reported.
  if (blocks.length > 3 && CALL_TO_ACTION.test(blocks[1] ?? '')) return headerBelowLabels(blocks, hints, 2);
  const letter = letterHeader(blocks);
  if (letter) return letter;
  const byByline = headerAboveByline(blocks, hints);
  if (byByline) return byByline;
  const printedTwice = headerAtPrintedTwice(blocks, hints);
  if (printedTwice) return printedTwice;

  const second = blocks[1];
  if (
    blocks.length > 2 &&
    second !== undefined &&
    looksLikeHeadline(blocks[0] ?? '') &&
    looksLikeHeadline(second) &&
    wordCount(blocks[0] ?? '') <= MAX_SITE_LABEL_WORDS &&
    wordCount(second) > wordCount(blocks[0] ?? '') &&
    wordCount(second) >= MIN_HEADLINE_WORDS &&
    // "Travel Alert" above "U.S. DEPARTMENT OF STATE": a line in capitals under a title-cased one is its issuer.
    !(/\p{Ll}/u.test(blocks[0] ?? '') && !/\p{Ll}/u.test(second))
  ) {
    // "Desert Invasion - U.S." above "Mexico to distribute maps to aid illegal immigrants": the label is dropped (and reported).
    const header = splitPageHeader(blocks.slice(1), { ...hints, gapAfter: hints.gapAfter?.slice(1) });
    return { ...header, labels: [blocks[0] ?? '', ...header.labels] };
  }
  const first = blocks[index];
  // The page's first block may be a long headline (a Spanish one runs past twenty words) when prose follows it.
  if (
    first !== undefined &&
    blocks.length > 1 &&
    (looksLikeHeadline(first) ||
      (looksLikeHeadline(first, MAX_FIRST_HEADLINE_WORDS) && isProse(blocks[1] ?? '')))
  ) {
    title = {
      value: first,
      basis: `the page's first block, a short line without a closing full stop: ${quote(first)}`,
    };
    index++;
  } else if (first !== undefined && isDocumentTitle(first, blocks[1] ?? '')) {
    title = {
      value: first,
      basis: `the page's first block, one long unfinished clause above a block that is not text (a document's title): ${quote(first)}`,
    };
    index++;
  }
  return finishHeader(blocks.slice(index), title, title !== null, [], hints.gapAfter?.slice(index));
}

/** A letter's salutation ("Dear Mr. Cuffari and Ms. Quinn:", "Estimada Secretaria:"), a line of its own. */
const SALUTATION = /^(?:Dear|Estimad[oa]s?|Querid[oa]s?|To whom it may concern)\b[^!?]{0,100}[:,]$/iu;
/** A letter's subject line ("Re: …", "Asunto: …"), which may stand above the salutation. */
const SUBJECT_LINE = /^(?:Re|Ref|Subject|Asunto)\s*:/iu;

/**
 * A letter (a complaint, an open letter) saved as text: its salutation near the top, and above it (and its
 * subject line) only the addressee's and sender's lines, no prose. Those lines are its header, not a headline:
 * they leave as labels and the letter has no title. Null when the page is not such a letter.
 */
function letterHeader(blocks: readonly string[]): PageHeader | null {
  const salutation = blocks.slice(0, HEADLINE_WITHIN).findIndex((block) => SALUTATION.test(block.trim()));
  if (salutation < 1) return null;
  const start = SUBJECT_LINE.test(blocks[salutation - 1] ?? '') ? salutation - 1 : salutation;
  const above = blocks.slice(0, start);
  if (above.length === 0 || above.some(isProse)) return null;
  return { title: null, dek: null, labels: above, body: blocks.slice(start), letter: true };
}

/**
 * A page saved as text whose site furniture (a column of links, a masthead, a copyright line) comes before the
 * story: the byline shows where the story's header is. The block right above it is the headline, or the dek
 * under a headline above it; the blocks above the headline are page furniture when none of them is prose, so
 * no sentence is lost. Null when the byline does not show that (no block above the headline, or prose there).
 */
function headerAboveByline(blocks: readonly string[], hints: HeaderHints): PageHeader | null {
  const at = hints.bylineAfter;
  if (at === null || at === undefined || at < 1) return null;
  const last = blocks[at] ?? '';
  const above = blocks[at - 1] ?? '';
  // A stamp or a byline's label left above it ("6 Jun", "• Por") is no headline.
  if (!looksLikeHeadline(last) || wordCount(last) < MIN_HEADLINE_WORDS || /^\P{L}/u.test(last)) return null;
  const withDek = looksLikeHeadline(above) && looksLikeDek(last) && wordCount(above) < wordCount(last);
  const headlineAt = withDek ? at - 1 : at;
  const furniture = blocks.slice(0, headlineAt);
  if (furniture.length === 0 || furniture.some(isProse)) return null;
  const headline = blocks[headlineAt] ?? '';
  return {
    title: {
      value: headline,
      basis: `the block right above the page's byline${withDek ? ' and its subtitle' : ''}: ${quote(headline)}`,
    },
    dek: withDek
      ? { value: last, basis: `the short block between the headline and the byline: ${quote(last)}` }
      : null,
    labels: furniture,
    body: blocks.slice(at + 1),
  };
}

/**
 * A headline the page printed twice near its top (a teaser or sticky header above the story) is the headline.
 * Above it, the page's furniture (by shape and neighbours) leaves as labels; any other block stays in the body.
 */
function headerAtPrintedTwice(blocks: readonly string[], hints: HeaderHints): PageHeader | null {
  const at = hints.printedTwiceAt;
  if (at === null || at === undefined) return null;
  const headline = blocks[at] ?? '';
  // Printed twice, a headline may end in a full stop ("… This Is What I Saw.").
  const words = wordCount(headline);
  if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS || opensWithDateline(headline)) return null;
  const above = blocks.slice(0, at);
  const furniture = furnitureAbove(above);
  const title = {
    value: headline,
    basis: `the headline the page prints twice above its story: ${quote(headline)}`,
  };
  const header = finishHeader(
    blocks.slice(at + 1),
    title,
    true,
    above.filter((_, i) => furniture.has(i)),
    hints.gapAfter?.slice(at + 1),
  );
  return { ...header, body: [...above.filter((_, i) => !furniture.has(i)), ...header.body] };
}

/** The share of `dek`'s words the lede's first sentence repeats ("… almost out of ways to avoid deportation"). */
function restatedShare(dek: string, lede: string): number {
  const words = (text: string) =>
    comparisonKey(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 3);
  const ledeWords = new Set(words(firstSentence(lede)));
  const dekWords = words(dek);
  return dekWords.length === 0 ? 0 : dekWords.filter((word) => ledeWords.has(word)).length / dekWords.length;
}

/**
 * A short block under the headline is only a dek when the page shows that its header goes on past it: a
 * label or a removed block (caption, credit, byline, stamp) comes between it and the story, or the story's
 * first paragraph restates it. Otherwise it is the story's (or a blogger's) first paragraph.
 */
function dekEvidence(
  rest: readonly string[],
  index: number,
  gapAfter: readonly boolean[] | undefined,
  besideHeadline: readonly string[] = [],
): string | null {
  const next = rest[index + 1] ?? '';
  if (gapAfter?.[index])
    return 'a removed block (caption, credit, byline or stamp) separates it from the story';
  const key = comparisonKey(rest[index] ?? '');
  if (besideHeadline.some((block) => comparisonKey(block) === key))
    return "the page's markup sets it beside the headline, apart from the story's paragraphs";
  if (looksLikeLabel(next) && rest.length > index + 2 && !headsASection(next, rest.slice(index + 2)))
    return `a label follows it (${quote(next)})`;
  if (restatedShare(rest[index] ?? '', next) >= 0.6) return "the story's first sentence restates it";
  // A standfirst: one statement (a blogger's opening questions are the post's), under half the length of each
  // of the two paragraphs after it.
  const block = rest[index] ?? '';
  const words = wordCount(block);
  if (
    firstSentence(block) === block &&
    !/\?[^\p{L}\p{N}]*$/u.test(block) &&
    rest.length > index + 2 &&
    [rest[index + 1] ?? '', rest[index + 2] ?? ''].every(
      (block) => wordCount(block) >= 2 * words && isProse(block),
    )
  )
    return 'the story below it opens with paragraphs more than twice as long';
  // A deck said in one short statement ("Nine journalists have been killed in Mexico since the start of the year.")
  // needs only the paragraph right under it to be more than twice as long; a blogger's line introducing a wire
  // story stands above its dateline.
  if (
    firstSentence(block) === block &&
    /\.["'”’)]*$/u.test(block.trim()) &&
    words >= MIN_DECK_STATEMENT_WORDS &&
    words <= MAX_DECK_STATEMENT_WORDS &&
    rest.length > index + 2 &&
    isProse(next) &&
    wordCount(next) >= 2 * words &&
    !opensWithDateline(next)
  )
    return 'it is one short statement, and the paragraph under it more than twice as long';
  // The story opens at its dateline ("EL PASO — …"): an unfinished line above it is the header's.
  if (opensWithDateline(next) && !endsSentence(rest[index] ?? ''))
    return 'the story opens right after it with its dateline';
  return null;
}

function finishHeader(
  rest: string[],
  title: Proposal<string> | null,
  headlineInText: boolean,
  labels: string[],
  gapAfter?: readonly boolean[] | undefined,
  besideHeadline?: readonly string[] | undefined,
  headings: readonly string[] = [],
): PageHeader {
  let dek: Proposal<string> | null = null;
  let index = 0;
  const dropped = [...labels];
  if (headlineInText) {
    const candidate = rest[index];
    if (
      candidate !== undefined &&
      rest.length > index + 1 &&
      looksLikeDek(candidate) &&
      !looksLikeLabel(candidate) &&
      !headings.some((heading) => comparisonKey(heading) === comparisonKey(candidate))
    ) {
      const evidence = dekEvidence(rest, index, gapAfter, besideHeadline);
      if (evidence) {
        dek = {
          value: candidate,
          basis: `the short block right after the headline, a subtitle because ${evidence}: ${quote(candidate)}`,
        };
        index++;
      }
    }
    // The rest of a subtitle the markup sets beside the headline (a deck in a list) is the header's too.
    const beside = new Set(besideHeadline?.map(comparisonKey));
    while (index + 1 < rest.length) {
      const block = rest[index];
      if (block !== undefined && beside.has(comparisonKey(block))) {
        dropped.push(block);
        index++;
        continue;
      }
      if (block === undefined || !looksLikeLabel(block) || isListItem(block)) break;
      // "INTRODUCTION" right above "[1] This is the decision…", with "DETERMINATION" and "ALLEGATIONS" further
      // down: the body's first section heading, not an image label.
      if (!looksLikeLabel(rest[index + 1] ?? '') && isSectionHeading(block, rest.slice(index + 1))) break;
      dropped.push(block);
      index++;
    }
  }
  return { title, dek, labels: dropped, body: rest.slice(index) };
}

/** A byline's label with its colon ("Por: Redacción/", "By: Jane Roe"): a headline never opens so. */
const BYLINE_LABEL = /^(?:(?:written\s+)?by|(?:escrito\s+)?por|autor|author)\s*:/iu;

/**
 * A title no headline has: a list's or bullet's mark first ("4. Smuggling…", "• No items yet"), no word of three
 * letters ("38.3 F"), or a byline's label first ("Por: Redacción/").
 */
export function unlikeHeadline(title: string | null): boolean {
  return title === null || opensWithListMark(title) || !/\p{L}{3}/u.test(title) || BYLINE_LABEL.test(title);
}

/**
 * The headline by where it stands, for a page whose first blocks are no headline: above the story's core (its
 * first two blocks of text in a row), a block of a headline's shape — three to twenty words, no list mark, no
 * date, no sentence's end — the one the page prints again there (a teaser, a breadcrumb ending in it) first, else
 * the one nearest the story. Null when the core has nothing of that shape above it.
 */
export function headlineNearStory(blocks: readonly string[]): string | null {
  const core = blocks.findIndex((block, i) => isStoryText(block) && isStoryText(blocks[i + 1] ?? ''));
  const above = blocks.slice(0, Math.max(core, 0));
  const candidates = above.flatMap((block, i) =>
    wordCount(block) >= MIN_HEADLINE_WORDS &&
    looksLikeHeadline(block) &&
    !isProse(block) &&
    !unlikeHeadline(block) &&
    !holdsDate(block)
      ? [i]
      : [],
  );
  const printedAgain = (i: number) =>
    above.some((other, j) => j !== i && comparisonKey(other).endsWith(comparisonKey(above[i] ?? '')));
  const at = candidates.find(printedAgain) ?? candidates.at(-1);
  return at === undefined ? null : (above[at] ?? null);
}

/**
 * The header rebuilt around a headline found by where it stands: the block first taken for the headline and the
 * furniture above the new one (by shape and neighbours, as above any headline) leave as labels, and so do the
 * headline's other copies and a teaser that runs it into its summary ("Headline As the drug war grinds on…"); prose
 * above it stays in the body, so no sentence is lost.
 */
export function headerAtHeadline(header: PageHeader, headline: string, basis: string): PageHeader {
  const key = comparisonKey(headline);
  const at = header.body.findIndex((block) => comparisonKey(block) === key);
  const above = header.body.slice(0, Math.max(at, 0));
  const below = header.body.slice(at + 1);
  const furniture = furnitureAbove(above);
  const teaser = (block: string) => comparisonKey(block).startsWith(`${key} `);
  const leaves = (block: string, i: number) =>
    furniture.has(i) || teaser(block) || comparisonKey(block) === key;
  return {
    title: { value: headline, basis },
    dek: header.dek,
    labels: [
      ...(header.title ? [header.title.value] : []),
      ...header.labels,
      ...above.filter(leaves),
      ...below.filter((block) => comparisonKey(block) === key),
    ],
    body: [
      ...above.filter((block, i) => !leaves(block, i)),
      ...below.filter((block) => comparisonKey(block) !== key),
    ],
  };
}

/** How many blocks a page sets between its headline and the story's dateline: a deck, key points, a label. */
const MAX_ABOVE_DATELINE = 3;
/** A deck or a key point runs to this many words; a longer block above a dateline is the story's own. */
const MAX_ABOVE_DATELINE_WORDS = 60;

/**
 * Whether a block opens the story with its dateline: a place in capitals and a dash ("TIJUANA – …"), the Spanish
 * press's ".-" ("Tijuana.- …"), or a place and a date ("Tuxtla Gutiérrez; 12/Noviembre/2021.- …").
 */
const opensStory = (block: string): boolean =>
  /^\p{L}/u.test(block) && (opensWithDateline(block) || datelineDate(block) !== null);

/**
 * A story's dateline opens its first paragraph: nothing of the story stands above it. So the few short blocks
 * between the headline and a paragraph that opens with a dateline, near the top, are the header's — a deck (the
 * first, when the header has none yet), key points, a label ("Comunicado.") — and leave the body, each reported.
 * A longer block above the dateline is text, and so is anything a blogger writes above a story the post reposts
 * (`blog`: the page's furniture is a blog's): then every block stays, and no sentence is lost.
 */
export function headerAboveDateline(header: PageHeader, blocks: readonly string[], blog = false): PageHeader {
  if (blog) return header;
  const at = header.body.slice(0, MAX_ABOVE_DATELINE + 1).findIndex(opensStory);
  if (at < 1) return header;
  const above = header.body.slice(0, at);
  if (above.some((block) => wordCount(block) > MAX_ABOVE_DATELINE_WORDS)) return header;
  // Only blocks under the headline (or, with none, at the page's top under its labels): prose a page sets above
  // its headline (a reposter's introduction) stays.
  const title = header.title === null ? null : comparisonKey(header.title.value);
  const headlineAt = title === null ? -1 : blocks.findIndex((block) => comparisonKey(block) === title);
  const firstAt = blocks.indexOf(above[0] ?? '');
  if (
    firstAt < 0 ||
    (title === null ? firstAt > header.labels.length : headlineAt < 0 || firstAt < headlineAt)
  )
    return header;
  const [first = '', ...rest] = above;
  const dek =
    header.dek === null && looksLikeDek(first)
      ? {
          value: first,
          basis: `the block right above the story's dateline, a subtitle because the story opens below it: ${quote(first)}`,
        }
      : null;
  return {
    ...header,
    dek: header.dek ?? dek,
    aboveDateline: [...(header.aboveDateline ?? []), ...(dek ? rest : above)],
    body: header.body.slice(at),
  };
}

/** How much of the story's first paragraph finds it in the page's text. */
const STORY_OPENING = 40;

/**
 * The headline among lines taken out as a running header (`repeated`, one entry per copy): the one of a headline's
 * shape (three to twenty words, no sentence's end, no date) printed word for word more than once, when every such
 * line in the page's text stands above the story's first paragraph. A printed page's head recurs between the story's
 * paragraphs (or differs by its page number); a headline printed again as a teaser or a sticky header does neither.
 * Null when no such line is found.
 */
export function headlinePrintedAboveStory(
  repeated: readonly string[],
  pageText: string,
  firstParagraph: string,
): string | null {
  // The paragraph's opening words: the cleaned paragraph may join lines the text broke.
  const storyAt = firstParagraph === '' ? -1 : pageText.indexOf(firstParagraph.slice(0, STORY_OPENING));
  if (storyAt < 0) return null;
  const lastCopyAt = (line: string) => pageText.lastIndexOf(line);
  // A page's heads that recur inside the story (or that differ by a page number) make it a printed page's.
  if (repeated.some((line) => lastCopyAt(line) >= storyAt)) return null;
  const copies = (line: string) => repeated.filter((other) => other === line).length;
  return (
    [...new Set(repeated)].find(
      (line) =>
        copies(line) >= 2 &&
        wordCount(line) >= MIN_HEADLINE_WORDS &&
        looksLikeHeadline(line) &&
        !holdsDate(line) &&
        !unlikeHeadline(line) &&
        lastCopyAt(line) >= 0,
    ) ?? null
  );
}
