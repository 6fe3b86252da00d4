import { type CourtOpinion, splitCourtCaption } from '../court/court-caption';
import { namesAPerson } from '../metadata/propose-authors';
import type { BoilerplateRule } from '../rules/rule-schema';
import {
  AFTER_SENTENCE_END,
  comparisonKey,
  endsSentence,
  endsSentenceOrClause,
  isListItem,
  lowerCaseShare,
  opensWithDateline,
  PERSON_NAME,
  wordCount,
} from '../text/words';
import { assembleParagraphs, joinBrokenWords, joinWrapped, pageVocabulary } from './assemble-paragraphs';
import { findFieldTable } from './field-table';
import { joinLabelValues } from './label-values';
import { normalizeLayout } from './layout';
import { stripLineNumbers } from './line-numbers';
import { type CleaningContext, firstMatch, type RuleMatch } from './match-rule';
import { isProse, removeMenuRuns, removePrintedTwice } from './menu-runs';
import type { Removal } from './removal';
import { splitRunTogetherHeader } from './reprint-header';
import { splitAtSeams, splitOpeningStamp } from './run-together';
import { findRunningHeadsInSentences, findRunningLines } from './running-lines';
import { contentWords, functionWordShare, isRunningText, isStoryText } from './story-core';

export type CleanedText = {
  /** The remaining blocks in page order: headline, dek and body are told apart later. */
  paragraphs: string[];
  /**
   * For each kept block, whether a removed block (a caption, credit, byline, stamp…) stood between it and the
   * next kept block: evidence that the page's header goes on past it.
   */
  gapAfter: boolean[];
  /** Blocks a `caption` rule recognised as photo captions. */
  captions: string[];
  removals: Removal[];
  /** Whether the text was hard-wrapped and its lines were joined. */
  wrapped: boolean;
  /** The court opinion's caption, when the page is one. */
  court: CourtOpinion | null;
  /** The index in `paragraphs` of the block right above the page's first byline (a removal naming authors). */
  bylineAfter: number | null;
  /** The index in `paragraphs` of a headline-like block the page printed twice near its top (its headline). */
  printedTwiceAt: number | null;
};

/** Rules that remove a photo's label or credit, after which (above the story) comes its caption. */
const CREDIT_RULES: ReadonlySet<string> = new Set(['photo-credit', 'agency-credit-line']);
const MAX_CAPTION_WORDS = 60;
/** A caption printed again is a caption's length, not a word or two it shares with any text. */
const MIN_CAPTION_AGAIN_WORDS = 5;

/** How many blocks at the top of a page may hold its header's elements run together. */
const HEADER_BLOCKS = 3;

/** A comment policy can only end an article that has begun: at least one real paragraph must come first. */
const MIN_BODY_WORDS_BEFORE_DROP_REST = 20;

function removalOf(match: RuleMatch, text: string): Removal {
  return {
    ruleId: match.rule.id,
    action: match.rule.action,
    text,
    groups: match.groups,
    yields: match.rule.yields,
  };
}

function normalizeNewlines(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\u2028|\u2029|\f/g, '\n')
    .replaceAll('\u0000', '');
}

/** Line-level pass: line numbers, running headers and footers, line-scope rules. Lines are removed, not blanked. */
function cleanLines(
  text: string,
  rules: readonly BoilerplateRule[],
  context: CleaningContext,
  removals: Removal[],
): { lines: string[]; footnoteAt: number[]; pageBreakAt: number[] } {
  let lines = joinLabelValues(splitRunTogetherHeader(normalizeNewlines(text).split('\n')));
  for (const rule of rules) {
    if (rule.kind !== 'line-number') continue;
    const result = stripLineNumbers(lines, rule);
    lines = result.lines;
    if (result.removal) removals.push(result.removal);
  }
  const dropped = new Set<number>();
  const droppedBy = new Map<number, string>();
  /** Takes a whole line out for a structural rule (running lines, metadata tables), once. */
  const dropLine = (index: number, rule: BoilerplateRule, groups: Record<string, string> = {}) => {
    if (dropped.has(index)) return;
    dropped.add(index);
    droppedBy.set(index, rule.id);
    removals.push({
      ruleId: rule.id,
      action: 'drop',
      text: lines[index]?.trim() ?? '',
      groups,
      yields: rule.yields,
    });
  };
  for (const rule of rules) {
    if (rule.kind !== 'repeated-line') continue;
    for (const index of findRunningLines(lines, rule)) dropLine(index, rule);
  }
  const lineRules = rules.filter((rule) => rule.scope === 'line');
  lines.forEach((line, index) => {
    if (dropped.has(index) || line.trim() === '') return;
    const match = firstMatch(lineRules, line.trim(), context);
    if (!match) return;
    dropped.add(index);
    droppedBy.set(index, match.rule.id);
    removals.push(removalOf(match, line.trim()));
  });
  // A metadata table's lines that a precise rule (a reprint's Pubdate:, Source:…) did not take.
  for (const rule of rules) {
    if (rule.kind !== 'field-table') continue;
    for (const { index, groups } of findFieldTable(lines, rule)) dropLine(index, rule, groups);
  }
  // A running head the copy prints too few times to count as repeated, where it cuts a sentence in two.
  for (const rule of rules) {
    if (rule.kind !== 'repeated-line') continue;
    for (const index of findRunningHeadsInSentences(lines, dropped)) dropLine(index, rule);
  }
  // Where (in the kept lines) a footnote mark or a page's running head was: footnotes are moved from there.
  const footnoteAt: number[] = [];
  const pageBreakAt: number[] = [];
  let keptSoFar = 0;
  lines.forEach((_, index) => {
    if (!dropped.has(index)) {
      keptSoFar++;
      return;
    }
    const rule = droppedBy.get(index);
    if (rule === 'footnote-marker') footnoteAt.push(keptSoFar);
    else if (rule !== undefined && PAGE_BREAK_RULES.has(rule)) pageBreakAt.push(keptSoFar);
  });
  return { lines: lines.filter((_, index) => !dropped.has(index)), footnoteAt, pageBreakAt };
}

/** Rules whose removed line marks a page break of a printed document. */
const PAGE_BREAK_RULES: ReadonlySet<string> = new Set([
  'running-header',
  'running-head-with-page-number',
  'court-filing-stamp',
  'page-number',
]);

/** A paragraph this long is printed lines a copy ran together, which may hold a page's running stamp. */
const MIN_RUN_TOGETHER_WORDS = 60;

/**
 * A page-break rule's line pattern as it stands inside run-together text, compiled once per loaded rule (rules
 * are compiled when the rules file is read, and one rule set cleans every page of a run), not once per page.
 * Global, so `replace` restarts it from the start on every paragraph. Null for a rule that marks no page break.
 */
const inlinePageBreaks = new WeakMap<BoilerplateRule, RegExp | null>();

function inlinePageBreak(rule: BoilerplateRule): RegExp | null {
  let inline = inlinePageBreaks.get(rule);
  if (inline === undefined) {
    inline =
      rule.kind === 'pattern' && rule.scope === 'line' && PAGE_BREAK_RULES.has(rule.id)
        ? new RegExp(
            `${AFTER_SENTENCE_END}\\s+(?:${rule.pattern.replace(/^\^/, '').replace(/\$$/, '')})(?=\\s+\\S)`,
            `g${rule.flags}u`,
          )
        : null;
    inlinePageBreaks.set(rule, inline);
  }
  return inline;
}

/**
 * A page-break stamp inside a paragraph whose printed lines a copy ran together ("… a protected ground.
 * Appellate Case: 16-3711 Page: 1 Date Filed: 06/27/2018 Entry ID: 4676554 However, the Board …"): taken out
 * where it stands between two sentences (after a sentence's end, before a capital), reported with its rule. In place.
 */
function liftInlinePageBreaks(
  paragraphs: string[],
  rules: readonly BoilerplateRule[],
  removals: Removal[],
): void {
  const stamps = rules.flatMap((rule) => {
    const inline = inlinePageBreak(rule);
    return inline ? [{ rule, inline }] : [];
  });
  paragraphs.forEach((paragraph, i) => {
    if (wordCount(paragraph) < MIN_RUN_TOGETHER_WORDS) return;
    let text = paragraph;
    for (const { rule, inline } of stamps) {
      text = text.replace(inline, (stamp: string, at: number, whole: string) => {
        // Before a capital: a sentence begins after it (tested apart, for the rule's "i" flag folds case).
        if (!/^\s+\p{Lu}/u.test(whole.slice(at + stamp.length))) return stamp;
        removals.push({
          ruleId: rule.id,
          action: 'drop',
          text: stamp.trim(),
          groups: {},
          yields: rule.yields,
        });
        return '';
      });
    }
    paragraphs[i] = text;
  });
}

/**
 * A numbered section heading inside printed lines a copy ran together ("… We deny his petition for review. I.
 * Background Lopez-Cortaza first entered …"): after a sentence's end, a Roman numeral and the fewest capitalised
 * words after which a sentence begins (a capitalised word, then one in lower case). The heading becomes a
 * paragraph of its own and the text after it another; nothing is removed. In place.
 */
const INLINE_HEADING = new RegExp(
  `${AFTER_SENTENCE_END}\\s+((?:[IVX]{1,4})\\.\\s+\\p{Lu}\\p{Ll}+(?:\\s+(?:(?:of|and|the|for|in|on)\\s+)?\\p{Lu}\\p{Ll}+){0,4}?)\\s+(?=\\p{Lu}[\\p{L}’'-]*\\s+\\p{Ll})`,
  'u',
);

function splitInlineHeadings(paragraphs: string[]): void {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const paragraph = paragraphs[i] ?? '';
    if (wordCount(paragraph) < MIN_RUN_TOGETHER_WORDS) continue;
    const parts: string[] = [];
    let rest = paragraph;
    for (let match = INLINE_HEADING.exec(rest); match; match = INLINE_HEADING.exec(rest)) {
      parts.push(rest.slice(0, match.index).trim(), (match[1] ?? '').trim());
      rest = rest.slice(match.index + match[0].length);
    }
    if (parts.length > 0) paragraphs.splice(i, 1, ...[...parts, rest.trim()].filter((part) => part !== ''));
  }
}

/**
 * Footnotes printed at the foot of a page interrupt the sentence that runs on to the next page. When a
 * footnote mark follows an unfinished line and a page break follows the footnotes, the footnotes are set
 * after the paragraph the sentence finishes in, so the sentence is whole. Returns the lines without the
 * footnotes and, separately, the footnote lines with the line index they follow.
 */
function liftFootnotes(
  lines: readonly string[],
  footnoteAt: readonly number[],
  pageBreakAt: readonly number[],
): { lines: string[]; footnotes: Array<{ after: number; lines: string[] }> } {
  const out: string[] = [];
  const footnotes: Array<{ after: number; lines: string[] }> = [];
  let cursor = 0;
  for (const start of footnoteAt) {
    if (start < cursor) continue;
    const before = lines.slice(0, start).findLast((line) => line.trim() !== '') ?? '';
    const end = pageBreakAt.find((at) => at > start);
    if (end === undefined || endsSentenceOrClause(before)) continue;
    out.push(...lines.slice(cursor, start));
    footnotes.push({ after: out.length, lines: lines.slice(start, end) });
    cursor = end;
  }
  out.push(...lines.slice(cursor));
  return { lines: out, footnotes };
}

/** A teaser repeats this many of the story's first words. */
const REPEATED_WORDS = 5;

/** A paragraph that stops without a sentence's end, before one that starts in lower case, is one sentence. */
const CONTINUES = /^[\p{Ll}]/u;

/**
 * A block of running text (long enough to be prose without a sentence's end) that stops on a word, as a
 * sentence a blank line broke does ("… by immigration-rights advocates. President Donald").
 */
const stopsOnAWord = (block: string): boolean =>
  /\p{L}$/u.test(block.trim()) && isProse(block) && !isListItem(block);

/** Running text that a line break cut inside a sentence has at least this many words before the break. */
const MIN_BROKEN_CLAUSE_WORDS = 6;

/**
 * A line of running text that stops inside its sentence, on a word in lower case or a comma ("… a victim of
 * politically motivated", "“We will find them,”"), and not a sentence's end: most of its words in lower case and
 * dense in function words, as prose is (a table's row or a menu's label is not).
 */
const stopsInsideSentence = (block: string): boolean =>
  /(?:\p{Ll}|\p{Ll},["'”’]?)$/u.test(block.trim()) &&
  wordCount(block) >= MIN_BROKEN_CLAUSE_WORDS &&
  isRunningText(block);

/** The rest of that sentence: it opens on a word in lower case ("violence, a tough task.", "said Melson."). */
const OPENS_ON_LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}’'-]*[\s,;:.]/u;

/**
 * A paragraph break inside a sentence is taken out again: on a page whose page numbers or running heads were
 * removed, where one stood ("… under their "plata o plomo"" / "policy--" …", the second half in lower case), and
 * on any page, a blank line that broke a block of running text on a word before more story text ("… advocates.
 * President Donald" / "Trump has repeatedly criticized …"). The halves are joined (a line-break hyphen kept or
 * dropped on the page's own evidence). In place.
 */
function rejoinBrokenSentences(
  paragraphs: string[],
  vocabulary: ReadonlySet<string>,
  pageBreaks: boolean,
  ruled: (block: string) => boolean,
  markupParagraphs: ReadonlySet<string>,
): void {
  // A teaser cut on a word repeats the story's opening below it ("By Jane Roe The continuing conundrum of…" /
  // "The continuing conundrum of…"): two blocks, not one sentence.
  const repeats = (left: string, right: string) =>
    comparisonKey(left).includes(comparisonKey(right.split(/\s+/u).slice(0, REPEATED_WORDS).join(' ')));
  for (let i = paragraphs.length - 2; i >= 0; i--) {
    const left = paragraphs[i] ?? '';
    const right = paragraphs[i + 1] ?? '';
    // A paragraph the page's markup sets whole (a <p> of the story's element) starts there: no sentence runs into it.
    if (markupParagraphs.has(comparisonKey(right))) continue;
    const acrossPageBreak =
      pageBreaks && left.trim() !== '' && !endsSentenceOrClause(left) && CONTINUES.test(right.trim());
    const brokenByBlankLine =
      stopsOnAWord(left) &&
      // A block a rule reads whole (a caption ending in its credit's name) ends there.
      !ruled(left) &&
      isStoryText(right) &&
      !isListItem(right) &&
      !ruled(right) &&
      !repeats(left, right);
    // On any page, a line of running text that stops inside its sentence, before a line that carries the sentence
    // on in lower case ("… a victim of politically motivated" / "violence, a tough task. In 2012, …").
    const brokenInsideSentence =
      stopsInsideSentence(left) &&
      OPENS_ON_LOWER_CASE_WORD.test(right.trim()) &&
      (isStoryText(right) || endsSentence(right)) &&
      !isListItem(right) &&
      !ruled(right);
    if (acrossPageBreak || brokenByBlankLine || brokenInsideSentence) {
      paragraphs.splice(i, 2, joinWrapped(left.trimEnd(), right.trimStart(), vocabulary));
    }
  }
}

/**
 * A star page inside a sentence, as case-law sites mark where a printed report's page begins ("… from
 * transferring Petitioner *3 from the District of Oregon …"): taken out between two words, reported with its rule.
 * In place.
 */
const STAR_PAGE = /(?<=[\p{L}\d,;)”’"])\s\*(\d{1,4})(?=\s[\p{L}(“"])/gu;

function liftStarPages(paragraphs: string[], removals: Removal[]): void {
  paragraphs.forEach((paragraph, i) => {
    paragraphs[i] = paragraph.replace(STAR_PAGE, (mark: string) => {
      removals.push({ ruleId: 'star-page', action: 'drop', text: mark.trim(), groups: {}, yields: [] });
      return '';
    });
  });
}

/**
 * A footnote's reference set against the word or the sentence's end it notes, in brackets, as web copies of
 * decisions print them ("… under the Act (the “IRPA”).[1] The panel …", "… in evidence.[2]"): taken out, so the
 * sentence reads whole; reported with its rule. A paragraph's own number ("[5] The specifics …") stands apart, after
 * no word, and stays. In place.
 */
const FOOTNOTE_REFERENCE = /(?<=[.,;:!?”"’)\p{Ll}])\[\d{1,3}\](?=\s|$)/gu;

function liftFootnoteReferences(paragraphs: string[], removals: Removal[]): void {
  paragraphs.forEach((paragraph, i) => {
    paragraphs[i] = paragraph.replace(FOOTNOTE_REFERENCE, (mark: string) => {
      removals.push({ ruleId: 'footnote-reference', action: 'drop', text: mark, groups: {}, yields: [] });
      return '';
    });
  });
}

/**
 * A publishing system's tag its template never filled, run into the sentence after it ("{mosads}The ruling will go
 * into effect on Friday."): a brace-wrapped name in lower case with no space, where a sentence begins. Taken out,
 * reported with its rule; braces inside a sentence (code, a formula) stay. In place.
 */
const TEMPLATE_TAG = /(?:^|(?<=[.!?]["”’)]?\s+))\{\/?[a-z][a-z0-9_]{1,30}\}(?=\p{Lu}|["“‘¿¡])/gu;

function liftTemplateTags(paragraphs: string[], removals: Removal[]): void {
  paragraphs.forEach((paragraph, i) => {
    paragraphs[i] = paragraph.replace(TEMPLATE_TAG, (tag: string) => {
      removals.push({ ruleId: 'template-tag', action: 'drop', text: tag, groups: {}, yields: [] });
      return '';
    });
  });
}

/**
 * A writer's signature at the end of a post's last paragraphs ("… on residential streets. -- Jane Roe in
 * Mexico City"): the signature is a byline, not text. Only after a finished sentence, and only near the end.
 */
const SIGNATURE =
  /^(?<text>.*[.!?”"’)])\s+(?:--|—|–)\s*(?<author>\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3})(?:\s+in\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})?$/u;
const SIGNATURE_NEAR_END = 3;
const MIN_SIGNED_WORDS = 8;

function splitSignatures(paragraphs: string[], removals: Removal[]): void {
  for (let i = Math.max(0, paragraphs.length - SIGNATURE_NEAR_END); i < paragraphs.length; i++) {
    const match = SIGNATURE.exec(paragraphs[i] ?? '');
    const text = match?.groups?.text;
    const author = match?.groups?.author;
    if (!text || !author || wordCount(text) < MIN_SIGNED_WORDS) continue;
    paragraphs[i] = text;
    const signature = (match[0] ?? '').slice(text.length).trim();
    removals.push({ ruleId: 'signature', action: 'drop', text: signature, groups: { author }, yields: [] });
  }
}

/**
 * A teaser's link run onto its last words ("… and the Northern District of Georgia...[more]"): after an ellipsis
 * that ends a paragraph, a bracketed "more" / "read more" / "continue reading" is the link's label, not text.
 * Taken out and reported with its rule; the link says the page shows only part of the story. In place.
 */
const RUN_ON_MORE_LINK =
  /(?<=(?:\.\.\.|…))\s*\[(?:read |see )?(?:more|continue(?: reading)?|full (?:story|article))\]$/iu;

function liftRunOnMoreLinks(paragraphs: string[], removals: Removal[]): void {
  paragraphs.forEach((paragraph, i) => {
    const match = RUN_ON_MORE_LINK.exec(paragraph.trimEnd());
    if (!match) return;
    paragraphs[i] = paragraph.trimEnd().slice(0, match.index);
    removals.push({
      ruleId: 'run-on-more-link',
      action: 'drop',
      text: match[0].trim(),
      groups: {},
      yields: ['truncation'],
    });
  });
}

/** How far down the page, and how far above the paragraph that repeats it, a teaser of the lede is looked for. */
const TEASER_WITHIN = 6;
const TEASER_SPAN = 4;
/** A teaser is a sentence or two of some length (a deck, not a paragraph of the story)… */
const MIN_TEASER_WORDS = 10;
const MAX_TEASER_WORDS = 60;
/** …in sentence case, which the lede says again nearly word for word: each has this share of the other's words. */
const MIN_TEASER_SHARE = 0.9;
/** A paragraph further down that says the teaser again may add a few words of its own (a source, an acronym). */
const MIN_TEASER_SHARE_FURTHER_DOWN = 0.8;
const MIN_TEASER_LOWER_CASE_SHARE = 0.5;

/** The share of `a`'s content words that `b` holds too. */
function sharedShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return a.size === 0 ? 0 : [...a].filter((word) => b.has(word)).length / a.size;
}

/**
 * A teaser that says the story's first paragraph again, nearly word for word, above it ("A federal appeals
 * court's ruling Friday will allow …" over "A U.S. federal appeals court's ruling Friday will allow …"): a
 * deck the page printed before the story, not its text; so is one that a paragraph further down says again with a
 * few words more ("… was killed in military operation." / "… was killed during a military operation, according
 * to El Universal."). Only the page's first block of prose can be one (a
 * quotation the story repeats further down is the story's), and never a title-cased headline ("… in U.S.").
 * Taken out, reported. In place.
 */
function removeTeaserOfLede(kept: string[], gapAfter: boolean[], removals: Removal[]): void {
  const i = kept.findIndex((block) => isProse(block));
  const block = kept[i] ?? '';
  if (
    i < 0 ||
    i >= TEASER_WITHIN ||
    wordCount(block) < MIN_TEASER_WORDS ||
    wordCount(block) > MAX_TEASER_WORDS ||
    !endsSentence(block) ||
    lowerCaseShare(block) < MIN_TEASER_LOWER_CASE_SHARE
  )
    return;
  const words = contentWords(block);
  const repeated = kept.slice(i + 1, i + 1 + TEASER_SPAN).some((later, k) => {
    if (!isProse(later)) return false;
    const laterWords = contentWords(later);
    // The paragraph right under it may carry it on ("… met them there" / "… met them there and a lawyer"): that
    // is the story's; said again further down, with a few words of its own, it was the deck.
    const laterShare = k === 0 ? MIN_TEASER_SHARE : MIN_TEASER_SHARE_FURTHER_DOWN;
    return sharedShare(words, laterWords) >= MIN_TEASER_SHARE && sharedShare(laterWords, words) >= laterShare;
  });
  if (!repeated) return;
  removals.push({ ruleId: 'teaser-of-lede', action: 'drop', text: block, groups: {}, yields: [] });
  kept.splice(i, 1);
  gapAfter.splice(i, 1);
  if (i > 0) gapAfter[i - 1] = true;
}

/**
 * Pure cleaning of a saved page's text: strips line numbers and running headers, joins hard-wrapped
 * lines, then removes (or moves to captions) every block a boilerplate rule matches. Every removal is
 * reported with its rule so the maintainer can check it.
 */
export function cleanText(
  text: string,
  rules: readonly BoilerplateRule[],
  context: CleaningContext,
  markupParagraphs: readonly string[] = [],
): CleanedText {
  const removals: Removal[] = [];
  const cleanedLines = cleanLines(text, rules, context, removals);
  const lifted = liftFootnotes(cleanedLines.lines, cleanedLines.footnoteAt, cleanedLines.pageBreakAt);
  const caption = splitCourtCaption(lifted.lines);
  removals.push(...caption.removals);
  const removedAbove = lifted.lines.length - caption.lines.length;
  const layout = normalizeLayout(caption.lines);
  const main = assembleParagraphs(layout);
  const paragraphs = [...main.paragraphs];
  const wrapped = main.wrapped;
  // Each footnote block goes after the paragraph that holds the line it interrupted.
  for (const footnote of [...lifted.footnotes].reverse()) {
    const line = footnote.after - removedAbove;
    const at = main.lastLines.findIndex((last) => last >= line);
    if (line < 0 || at < 0) continue;
    const notes = assembleParagraphs(normalizeLayout(footnote.lines), {
      wrapWidth: main.wrapWidth,
    }).paragraphs;
    paragraphs.splice(at + 1, 0, ...notes);
  }
  liftInlinePageBreaks(paragraphs, rules, removals);
  splitInlineHeadings(paragraphs);
  const vocabulary = pageVocabulary(caption.lines);
  const blockRules = rules.filter((rule) => rule.scope === 'block');
  rejoinBrokenSentences(
    paragraphs,
    vocabulary,
    cleanedLines.pageBreakAt.length > 0,
    (block) => firstMatch(blockRules, block, context) !== null,
    new Set(markupParagraphs.map(comparisonKey)),
  );
  paragraphs.forEach((paragraph, i) => {
    paragraphs[i] = joinBrokenWords(paragraph, vocabulary);
  });
  liftStarPages(paragraphs, removals);
  liftFootnoteReferences(paragraphs, removals);
  liftRunOnMoreLinks(paragraphs, removals);
  liftTemplateTags(paragraphs, removals);
  splitSignatures(paragraphs, removals);
  // "April 12, 2017Enforcement and Removal": elements a text copy ran together, split where a rule reads a part.
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const paragraph = paragraphs[i] ?? '';
    if (firstMatch(blockRules, paragraph, context)) continue;
    const reads = (part: string) => firstMatch(blockRules, part, context) !== null;
    // At the top of the page, a stamp may also have run into the headline ("date 2019-10-02 UN refugee…").
    const parts =
      splitAtSeams(paragraph, reads) ?? (i < HEADER_BLOCKS ? splitOpeningStamp(paragraph, reads) : null);
    if (parts) paragraphs.splice(i, 1, ...parts);
  }

  const kept: string[] = [];
  const gapAfter: boolean[] = [];
  const captions: string[] = [];
  let droppingRest: RuleMatch | null = null;
  let aboveByline: string | null = null;
  let previous: string | null = null;
  /** The caption a rule took right above the block being read, if any. */
  let lastCaption: string | null = null;
  for (const paragraph of paragraphs) {
    const match = firstMatch(blockRules, paragraph, context);
    if (droppingRest) {
      // Everything after a comment policy is comments and footer; keep the more precise rule's name when one matches.
      removals.push({ ...removalOf(match ?? droppingRest, paragraph), action: 'drop' });
      continue;
    }
    if (!match) {
      // A caption printed again right under itself, as a slideshow's list item ("• Eduardo Beckett, attorney …"
      // under "click to flip through (3) Eduardo Beckett, attorney …"): the same caption.
      const again = comparisonKey(paragraph.replace(/^\s*[-+*•·–—▪►]\s+/u, ''));
      const captionRule =
        lastCaption !== null &&
        wordCount(paragraph) >= MIN_CAPTION_AGAIN_WORDS &&
        comparisonKey(lastCaption).includes(again)
          ? 'caption-again'
          : // Above the story, the block right after a photo label or credit is that photo's caption.
            kept.length === 0 &&
              previous !== null &&
              CREDIT_RULES.has(previous) &&
              wordCount(paragraph) <= MAX_CAPTION_WORDS
            ? 'caption-after-credit'
            : null;
      if (captionRule !== null) {
        removals.push({ ruleId: captionRule, action: 'caption', text: paragraph, groups: {}, yields: [] });
        captions.push(paragraph);
        if (kept.length > 0) gapAfter[kept.length - 1] = true;
        previous = null;
        continue;
      }
      lastCaption = null;
      kept.push(paragraph);
      gapAfter.push(false);
      previous = null;
      continue;
    }
    previous = match.rule.id;
    lastCaption = match.rule.action === 'caption' ? paragraph : null;
    // The same caption printed right above its credited copy ("… en moto. (Manuel Ocaño)" over "… en moto. (Manuel
    // Ocaño) Crédito: …"): the first copy is the caption too.
    const above = kept.at(-1);
    if (
      lastCaption !== null &&
      above !== undefined &&
      gapAfter.at(-1) === false &&
      wordCount(above) >= MIN_CAPTION_AGAIN_WORDS &&
      comparisonKey(lastCaption).startsWith(comparisonKey(above))
    ) {
      kept.pop();
      gapAfter.pop();
      removals.push({ ruleId: 'caption-again', action: 'caption', text: above, groups: {}, yields: [] });
      captions.push(above);
    }
    const nameAbove = kept.at(-1);
    if (match.rule.id === 'desk-line' && nameAbove !== undefined && PERSON_NAME.test(nameAbove)) {
      // "Chris Hawley" above "Republic Mexico City Bureau": the name is the byline.
      kept.pop();
      gapAfter.pop();
      removals.push({
        ruleId: 'byline-above-desk',
        action: 'drop',
        text: nameAbove,
        groups: { author: nameAbove },
        yields: ['news'],
      });
    }
    const endsArticle =
      match.rule.action === 'drop-rest' &&
      kept.some((block) => wordCount(block) >= MIN_BODY_WORDS_BEFORE_DROP_REST);
    // Above the article ("View Comments" under the headline) a comment link takes only itself, and says so.
    const removal = {
      ...removalOf(match, paragraph),
      ...(match.rule.action === 'drop-rest' && !endsArticle ? { action: 'drop' as const } : {}),
    };
    removals.push(removal);
    if (aboveByline === null && (removal.groups.author ?? removal.groups.authors) !== undefined)
      aboveByline = kept.at(-1) ?? null;
    if (kept.length > 0) gapAfter[kept.length - 1] = true;
    if (match.rule.action === 'caption') captions.push(paragraph);
    else if (endsArticle) droppingRest = match;
  }
  // "Lauren Villagran" right above "JUÁREZ ― Maria A. sits…": a name standing alone over the story's dateline,
  // at the top of the page, is the story's byline.
  const bylineAt = caption.opinion
    ? -1
    : kept.findIndex(
        (block, i) =>
          i <= HEADER_BLOCKS &&
          PERSON_NAME.test(block) &&
          namesAPerson(block) &&
          // "From Archive Data" is a label: a name has no function words.
          functionWordShare(block) === 0 &&
          opensWithDateline(kept[i + 1] ?? ''),
      );
  if (bylineAt >= 0) {
    const [name = ''] = kept.splice(bylineAt, 1);
    gapAfter.splice(bylineAt, 1);
    removals.push({
      ruleId: 'byline-above-dateline',
      action: 'drop',
      text: name,
      groups: { author: name },
      yields: ['news'],
    });
    if (bylineAt > 0) gapAfter[bylineAt - 1] = true;
    aboveByline ??= kept[bylineAt - 1] ?? null;
  }
  // A court opinion's caption and closing lines ("AFFIRMED.", the panel) are read by its own rules.
  if (!caption.opinion) removeMenuRuns(kept, gapAfter, removals);
  const printedTwice = caption.opinion ? null : removePrintedTwice(kept, gapAfter, removals);
  if (!caption.opinion) removeTeaserOfLede(kept, gapAfter, removals);
  const aboveBylineAt = aboveByline === null ? -1 : kept.indexOf(aboveByline);
  const printedTwiceAt = printedTwice === null ? -1 : kept.indexOf(printedTwice);
  return {
    paragraphs: kept,
    gapAfter,
    captions,
    removals,
    wrapped,
    court: caption.opinion,
    bylineAfter: aboveBylineAt < 0 ? null : aboveBylineAt,
    printedTwiceAt: printedTwiceAt < 0 ? null : printedTwiceAt,
  };
}
