import { onlyPrintedDate } from '../metadata/propose-date';
import {
  comparisonKey,
  endsSentence,
  endsSentenceOrClause,
  isListItem,
  MAX_HEADLINE_WORDS,
  wordCount,
} from '../text/words';
import type { Removal } from './removal';

/*
 * Furniture told by the shape of the text, not its words: a page saved as text keeps its menus and its
 * "related stories" lists as runs of short lines that are not sentences. Only runs OUTSIDE the story are
 * taken: a run of menu items before the first line of prose (the last block above the prose stays, for it
 * may be the headline), and a run of two or more unfinished lines after the story's last sentence (headlines
 * of other stories), unless that sentence introduces them ("Further reading:").
 */

/** Prose: a finished sentence of some length, or a long block whatever its end (a page cut mid-sentence). */
const MIN_PROSE_WORDS = 8;
const LONG_BLOCK_WORDS = 25;
/** A menu item: a few words, no sentence punctuation. */
const MAX_MENU_WORDS = 3;
const MIN_MENU_RUN = 3;
/** A label standing alone this often is a link printed for every post. */
const MIN_REPEATS = 2;
const MIN_LIST_RUN = 2;

export function isProse(block: string): boolean {
  const words = wordCount(block);
  return words >= LONG_BLOCK_WORDS || (words >= MIN_PROSE_WORDS && endsSentence(block));
}

/**
 * The blocks above a page's headline that are its furniture, by a block's own shape and its neighbours' (as
 * jusText classifies short blocks): a block that is not prose, and a short one (under a long block's length)
 * whose neighbours above and below are both furniture, the top of the page counting as furniture ("SUBSCRIBE" /
 * "Daily news, delivered to your inbox." / "* indicates required"). A long block, or prose beside prose, is not.
 */
export function furnitureAbove(blocks: readonly string[]): Set<number> {
  const found = new Set<number>();
  blocks.forEach((block, i) => {
    if (!isProse(block)) found.add(i);
  });
  blocks.forEach((block, i) => {
    const before = i === 0 || found.has(i - 1);
    const after = i + 1 < blocks.length && found.has(i + 1);
    if (wordCount(block) < LONG_BLOCK_WORDS && before && after) found.add(i);
  });
  return found;
}

const isMenuItem = (block: string) =>
  wordCount(block) <= MAX_MENU_WORDS && /\p{L}/u.test(block) && !/[.,;:!?"“”]/u.test(block);

const MIN_LISTED_WORDS = 4;
/** Another story's headline: four to twenty words, not all capitals (a court's "PETITION DENIED"), unfinished. */
const isListedHeadline = (block: string) =>
  wordCount(block) >= MIN_LISTED_WORDS &&
  wordCount(block) <= MAX_HEADLINE_WORDS &&
  /\p{Ll}/u.test(block) &&
  !endsSentenceOrClause(block);

/**
 * The indices of `blocks` that are menu runs or lists after the story, each with the rule that takes it.
 * Pure; the caller removes and reports them.
 */
export function findMenuRuns(
  blocks: readonly string[],
): Map<number, 'menu-lines' | 'list-after-story' | 'repeated-label'> {
  const found = new Map<number, 'menu-lines' | 'list-after-story' | 'repeated-label'>();
  const firstProse = blocks.findIndex(isProse);
  if (firstProse < 0) return found;
  // A link's label printed for every post or section ("Comment", "Reply", "Advertisement"): the same short
  // unpunctuated block standing alone twice or more is furniture wherever it stands.
  const seen = new Map<string, number>();
  for (const block of blocks)
    if (isMenuItem(block)) seen.set(comparisonKey(block), (seen.get(comparisonKey(block)) ?? 0) + 1);
  blocks.forEach((block, i) => {
    if (isMenuItem(block) && (seen.get(comparisonKey(block)) ?? 0) >= MIN_REPEATS)
      found.set(i, 'repeated-label');
  });
  // Menu items at the top of the page, up to (not including) the block right above the first prose.
  let run = 0;
  while (run < firstProse - 1 && isMenuItem(blocks[run] ?? '')) run++;
  if (run >= MIN_MENU_RUN) for (let i = 0; i < run; i++) found.set(i, found.get(i) ?? 'menu-lines');
  // Headlines of other stories after the last sentence of this one.
  const lastProse = blocks.findLastIndex(isProse);
  const after = blocks.slice(lastProse + 1);
  if (
    after.length >= MIN_LIST_RUN &&
    after.every(isListedHeadline) &&
    !/:["'”’)]*$/u.test((blocks[lastProse] ?? '').trim())
  ) {
    for (let i = lastProse + 1; i < blocks.length; i++) found.set(i, 'list-after-story');
  }
  return found;
}

/** Takes the menu runs and lists after the story out of `kept` (and `gapAfter`), reporting each. In place. */
export function removeMenuRuns(kept: string[], gapAfter: boolean[], removals: Removal[]): void {
  const found = findMenuRuns(kept);
  for (const [index, rule] of [...found].sort(([a], [b]) => a - b)) {
    removals.push({ ruleId: rule, action: 'drop', text: kept[index] ?? '', groups: {}, yields: [] });
  }
  for (let i = kept.length - 1; i >= 0; i--) {
    if (!found.has(i)) continue;
    kept.splice(i, 1);
    gapAfter.splice(i, 1);
    if (i > 0) gapAfter[i - 1] = true;
  }
}

/** How far down the page a header printed twice is looked for, and how far apart its two copies may stand. */
const PRINTED_TWICE_WITHIN = 12;
const PRINTED_TWICE_SPAN = 8;
/** Longer than a menu item: a label printed per post is the `repeated-label` rule's. */
const MIN_PRINTED_TWICE_WORDS = MAX_MENU_WORDS + 1;

/** A date line under a headline is a few words. */
const MAX_STAMP_WORDS = 12;

/** The words two copies of a headline share may be followed, in each, by at most this many of a label's or stamp's. */
const MAX_ADDED_WORDS = 10;
const wordKey = (word: string) => comparisonKey(word).replace(/[.,;:]+$/u, '');

/**
 * The headline two blocks print with a different label or stamp after it ("Headline Diario.mx" / "Headline.
 * Noticias en tiempo real 14 de Junio, 2025 06:32"): their shared opening words, a headline's length and most of
 * each block, each followed by a few words that are no sentence; or null.
 */
function sharedHeadline(first: string, second: string): string | null {
  const a = first.trim().split(/\s+/u);
  const b = second.trim().split(/\s+/u);
  let n = 0;
  while (n < a.length && n < b.length && wordKey(a[n] ?? '') === wordKey(b[n] ?? '')) n++;
  const restA = a.slice(n).join(' ');
  const restB = b.slice(n).join(' ');
  if (
    n < MIN_PRINTED_TWICE_WORDS ||
    n > MAX_HEADLINE_WORDS ||
    restA === '' ||
    restB === '' ||
    a.length - n > MAX_ADDED_WORDS ||
    b.length - n > MAX_ADDED_WORDS ||
    [restA, restB].some((rest) => endsSentence(rest) && wordCount(rest) >= MIN_PRINTED_TWICE_WORDS)
  )
    return null;
  return a
    .slice(0, n)
    .join(' ')
    .replace(/[.,;:]+$/u, '');
}

/**
 * A page's header printed twice (a teaser or a sticky header above the story: "Headline" / "EL PASO — Lede…" /
 * "Headline" / "EL PASO — Lede…"): of two identical blocks near the top, the first copy is furniture and is taken
 * out (reported); the text stays once, where the page prints it again. Returns the topmost block printed twice
 * that is a headline's length (the page's headline), or null. In place.
 */
export function removePrintedTwice(kept: string[], gapAfter: boolean[], removals: Removal[]): string | null {
  // Only the header: up to the page's first long block (a teaser's lede may be that block), never a list
  // item or a clause (lists of a page may share items: "- Are admissible to the United States;").
  // When that long block is itself printed twice ("Lede" / "Heading" / "Lede" / "Heading"), what stands between its
  // two copies is the header printed twice as well.
  const firstLong = kept.findIndex((block) => wordCount(block) >= LONG_BLOCK_WORDS);
  const longAgain =
    firstLong < 0
      ? -1
      : kept.findIndex(
          (later, j) =>
            j > firstLong &&
            j <= firstLong + PRINTED_TWICE_SPAN &&
            comparisonKey(later) === comparisonKey(kept[firstLong] ?? ''),
        );
  const headerEnd = longAgain > 0 ? longAgain - 1 : firstLong;
  let headline: string | null = null;
  for (let i = Math.min(headerEnd, PRINTED_TWICE_WITHIN - 1); i >= 0; i--) {
    const block = kept[i] ?? '';
    if (wordCount(block) < MIN_PRINTED_TWICE_WORDS || isListItem(block) || /[,;:]$/u.test(block)) continue;
    const key = comparisonKey(block);
    const again = kept.findIndex(
      (later, j) => j > i && j <= i + PRINTED_TWICE_SPAN && comparisonKey(later) === key,
    );
    if (again < 0) {
      // "Headline Diario.mx" / "Headline. Noticias en tiempo real 14 de Junio, 2025": the headline is what the
      // two copies share; the first copy leaves (reported whole) and the shared words stand in its place.
      const next = kept[i + 1] ?? '';
      const shared = sharedHeadline(block, next);
      if (shared === null) continue;
      removals.push({ ruleId: 'printed-twice', action: 'drop', text: block, groups: {}, yields: [] });
      kept[i] = shared;
      if (isProse(kept[i + 2] ?? '')) headline = shared;
      continue;
    }
    removals.push({ ruleId: 'printed-twice', action: 'drop', text: block, groups: {}, yields: [] });
    kept.splice(i, 1);
    gapAfter.splice(i, 1);
    if (i > 0) gapAfter[i - 1] = true;
    // The topmost block printed twice that is a headline's length and stands right above prose the second
    // time is the page's headline; printed twice, it may end in a full stop ("… This Is What I Saw.").
    // A picture's caption may stand between it and the prose.
    // A section heading printed twice after the story's first paragraph is no headline.
    if (
      i < firstLong &&
      wordCount(block) <= MAX_HEADLINE_WORDS &&
      (isProse(kept[again] ?? '') || isProse(kept[again + 1] ?? ''))
    )
      headline = block;
    // The stamp printed right under the first copy ("May 25, 2011 / 1:31 AM / 6 years ago") is the story's date
    // line: it leaves with its date, reported.
    const under = kept[i] ?? '';
    const date = i < again - 1 && wordCount(under) <= MAX_STAMP_WORDS ? onlyPrintedDate(under) : null;
    if (date !== null && !isProse(under)) {
      removals.push({
        ruleId: 'stamp-under-headline',
        action: 'drop',
        text: under,
        groups: { date },
        yields: [],
      });
      kept.splice(i, 1);
      gapAfter.splice(i, 1);
    }
  }
  return headline;
}
