import { STOP_WORDS } from '../../src/search/analysis/stop-words';
import { nameBeforeJob } from '../metadata/propose-authors';
import { holdsDate } from '../metadata/propose-date';
import {
  comparisonKey,
  endsSentence,
  endsSentenceOrClause,
  isListItem,
  lowerCaseShare,
  opensWithBullet,
  wordCount,
} from '../text/words';
import { isProse } from './menu-runs';
import type { Removal } from './removal';

/*
 * The story's core and the furniture around it, told by the shape of the text as jusText tells a page's blocks:
 * a story is a dense run of sentences; what a page sets around it (share and e-mail widgets, "Text size +",
 * contact lines, a source credit, "More:", an audio player's links) is short, not a sentence and nearly free of
 * the function words prose is made of. Judged on the blocks left after the headline and the subtitle, for any
 * site: no list of a site's phrases. A block of the story never leaves: every block from the first block of text
 * to the last stays, and a heading right above the first one stays when the story has other headings like it.
 */

/** A block with at least this share of function words ("the", "of", "que", "para"…) reads as running text. */
const MIN_TEXT_DENSITY = 0.3;
/** …and at least this share of words in lower case ("OIG Says CBP Limited Processing of Asylum Seekers" is a title). */
const MIN_LOWER_CASE_SHARE = 0.5;
/** …when it has this many words: a shorter run ("Your article has been sent.") is a widget's message. */
const MIN_TEXT_WORDS = 6;
/** A clause of this many words that ends in a colon or semicolon introduces what follows ("… fleeing across the border:"). */
const MIN_CLAUSE_WORDS = 8;
/** A short sentence has at least this many words. */
const MIN_SENTENCE_WORDS = 3;
/** A section heading: a few words, not a sentence. */
const MAX_HEADING_WORDS = 12;
/** …or up to this many in title case. */
const MAX_TITLE_CASE_HEADING_WORDS = 20;

/** A word as the stop-word list spells it: folded as page text is compared, without its punctuation. */
const foldWord = (word: string) => comparisonKey(word).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** The share of a block's words that are function words of English or Spanish (the search index's stop words). */
export function functionWordShare(block: string): number {
  const words = block.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return 0;
  return words.filter((word) => STOP_WORDS.has(foldWord(word))).length / words.length;
}

/**
 * Text of a story by its own shape: prose (a finished sentence of some length, or a long block), or a run of
 * words dense in function words, as a sentence the saved copy cut off is ("Pero el resultado fue distinto
 * para esta familia. Don esteban d").
 */
export function isStoryText(block: string): boolean {
  return (
    isProse(block) ||
    (wordCount(block) >= MIN_CLAUSE_WORDS && endsSentenceOrClause(block)) ||
    isRunningText(block)
  );
}

/** A run of words with running text's shape: most of them in lower case, dense in function words. */
export function isRunningText(block: string): boolean {
  return (
    wordCount(block) >= MIN_TEXT_WORDS &&
    lowerCaseShare(block) >= MIN_LOWER_CASE_SHARE &&
    functionWordShare(block) >= MIN_TEXT_DENSITY
  );
}

/** A section heading's shape: a few words, no sentence's or clause's end, no address or list mark. */
function isHeadingShaped(block: string, maxWords = MAX_HEADING_WORDS): boolean {
  const words = wordCount(block);
  return (
    words >= 1 &&
    words <= maxWords &&
    /^\P{Ll}*\p{Lu}/u.test(block) &&
    !/[.,;:]["'”’)]*$/u.test(block.trim()) &&
    !/@|:\/\/|\bwww\./u.test(block) &&
    !isListItem(block) &&
    // "Cedar Attanasio, The Associated Press" is a byline.
    nameBeforeJob(block) === null
  );
}

/** A count's shape: a few words holding a number after the first ("Visto 314 veces", "Comments 18"). */
const MAX_COUNT_WORDS = 4;
const isCount = (block: string): boolean =>
  wordCount(block) <= MAX_COUNT_WORDS && /^\P{N}+\p{N}/u.test(block.trim());

/** A numbered or bulleted block this long, with a finished sentence in it, is a paragraph. */
const MIN_PARAGRAPH_WORDS = 40;
const hasSentence = (block: string): boolean =>
  /\p{Ll}[.!?]["'”’)]*\s+\P{L}*\p{Lu}/u.test(block) || endsSentence(block);

/** A block set with a bullet or a number, as list items and menus are. */
const isBulleted = (block: string): boolean => opensWithBullet(block) || isListItem(block);

/**
 * The end of a copy cut off mid-sentence: words without an end ("This suggest"), and no label, address or bullet;
 * running text's shape, too: it stops on a word in lower case ("Duró solamente d"), most of its words are in lower
 * case ("“I think that’s what the judge saw,” Gonzale"), it is long, or it opens a quotation or bracket it never closes
 * ("“Est"). A widget's or a summary's label under the story ("Share page with AddThis", "Reduced by 66%", "Press
 * Release | Organization Chart") stops on a name or a number.
 */
const isCutSentence = (block: string): boolean =>
  /\p{L}/u.test(block) &&
  !isRelativeTime(block) &&
  !endsSentenceOrClause(block) &&
  !/:|\/\/|\bwww\./u.test(block) &&
  !isBulleted(block) &&
  (/(?:^|\s)\P{L}*\p{Ll}\S*$/u.test(block.trim()) ||
    lowerCaseShare(block) > MIN_LOWER_CASE_SHARE ||
    // A long run is a sentence cut inside a name ("… (HSI) Office of International"), unless bars part its links.
    (wordCount(block) >= MIN_CLAUSE_WORDS && !/\s\|\s/u.test(block)) ||
    opensUnclosed(block));

/** Blocks that may stand between the story's last text and the words a copy was cut inside. */
const MAX_BLOCKS_BEFORE_CUT = 2;

/**
 * The page's last block cut inside a word the page prints whole elsewhere ("(c) Withdrawn Applications and Petit"
 * with "Petitions" above it, "The FBI Charlotte Fiel" with "Field"): the store cut the copy there, in a heading or a
 * name whose words are capitalised, so the words are the story's however little they read as running text. A plural
 * ("Chart" beside "Charts") says nothing; a label or address never ends so.
 */
function isCutInsideAWord(block: string, others: readonly string[]): boolean {
  const text = block.trim();
  if (endsSentenceOrClause(text) || /:|\/\/|\bwww\./u.test(text) || isBulleted(text)) return false;
  const last = /(?:^|\s)(\p{L}{3,})$/u.exec(text)?.[1];
  if (last === undefined) return false;
  const stem = comparisonKey(last);
  return others.some((other) =>
    other.split(/[^\p{L}]+/u).some((word) => {
      const key = comparisonKey(word);
      return key.length > stem.length && key.startsWith(stem) && !/^e?s$/u.test(key.slice(stem.length));
    }),
  );
}

/**
 * A stamp of how long ago something was posted ("8 hours ago", "hace 2 horas"), as a sidebar's teaser or a comment
 * carries it: it stops on a word in lower case without being anyone's cut sentence.
 */
const RELATIVE_TIME =
  /^(?:(?:about|over|almost)\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$|^hace\s+(?:\d+|un|una)\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)$/iu;
const isRelativeTime = (block: string): boolean => RELATIVE_TIME.test(block.trim());

/** Whether a block opens a quotation or a bracket more often than it closes one. */
const opensUnclosed = (block: string): boolean =>
  [
    ['“', '”'],
    ['(', ')'],
    ['«', '»'],
  ].some(([open = '', close = '']) => block.split(open).length > block.split(close).length);

/**
 * A run of list items next to the story (ending right above its first block of text, or starting right under its
 * last) is the story's list, unless one of them is a single word (a menu's or toolbar's links), or it stands above
 * the story and none of its items is running text (the header's fields). A list set apart
 * from the story by other furniture ("More Stories from World" / "- Other headline") is the page's.
 */
/** A header set as a list has several fields (a numbered section heading above the story is one item). */
const MIN_HEADER_FIELDS = 3;

function listRunAt(body: readonly string[], i: number, first: number, last: number): boolean {
  if (!isBulleted(body[i] ?? '')) return false;
  let start = i;
  while (start > 0 && isBulleted(body[start - 1] ?? '')) start--;
  let end = i;
  while (end + 1 < body.length && isBulleted(body[end + 1] ?? '')) end++;
  const nextToStory = i < first ? end + 1 >= first : start - 1 <= last;
  const run = body.slice(start, end + 1);
  // Above the story, a list of names and titles ("• Chris Swecker" / "• Assistant Director, …" / "• Washington, DC"),
  // none of them running text or in sentence case, is the page's header set as a list (a witness's or document's
  // fields), not the story's ("+ Added video hearings" is a change log's item).
  const headerFields =
    i < first &&
    run.length >= MIN_HEADER_FIELDS &&
    run.every((item) => !isStoryText(item) && lowerCaseShare(item) < MIN_LOWER_CASE_SHARE);
  return nextToStory && !headerFields && run.every(isListItem);
}

/** A short finished sentence: a capital, a word in lower case, a sentence's end ("Your article has been sent."). */
const isShortSentence = (block: string): boolean =>
  wordCount(block) >= MIN_SENTENCE_WORDS &&
  /^\P{L}*\p{Lu}.*\s\p{Ll}/u.test(block.trim()) &&
  endsSentence(block);

export type FurnitureRule =
  | 'furniture-before-story'
  | 'furniture-after-story'
  | 'other-headline-in-story'
  | 'headline-again-in-story'
  | 'pointer-in-story';

/** A block that says the headline again shares at least this share of its words with it, and the headline with it. */
const MIN_ECHO_SHARE = 0.7;
/** The words of a text that are not function words, folded as page text is compared. */
export const contentWords = (text: string) =>
  new Set(
    text
      .split(/\s+/u)
      .map(foldWord)
      .filter((word) => word !== '' && !STOP_WORDS.has(word)),
  );

/**
 * The headline said again between two paragraphs in a heading's shape ("Arizona Border Patrol Agents Arrested U.S.
 * Citizens for Human Smuggling" under "Border Patrol Agents Arrested U.S. Citizens on Charges of Human Smuggling"):
 * a picture's alternative text or caption, not a section of the story.
 */
function echoesHeadline(block: string, headline: string | null): boolean {
  if (headline === null || !isHeadingShaped(block, MAX_ECHO_WORDS)) return false;
  const words = contentWords(block);
  const headlineWords = contentWords(headline);
  if (words.size === 0 || headlineWords.size === 0) return false;
  const shared = [...words].filter((word) => headlineWords.has(word)).length;
  return shared / words.size >= MIN_ECHO_SHARE && shared / headlineWords.size >= MIN_ECHO_SHARE;
}
const MAX_ECHO_WORDS = 20;

/**
 * A pointer to another story as a text copy runs it together: a label of one or two words and a colon, the link
 * straight after it with no space (the two were separate elements), a headline of four to twenty words with no
 * sentence's full stop (a question may end it): "More:'We should be prepared': After the crisis …, what's next?".
 * ("Ruiz: We waited…", with its space, is a speaker's line.)
 */
const POINTER = /^\p{Lu}\p{L}*(?:\s+\p{L}+)?:["'“‘]?\p{Lu}/u;
/**
 * …or a label in capitals, a brand's or a section's, and a space ("POLITIFACT: Asylum cases rising rapidly"): a
 * speaker's line in a transcript says a sentence, and its headline-shaped words never are all there is.
 */
const CAPITALS_POINTER = /^\p{Lu}{2,}(?:\s+\p{Lu}{2,})?:\s+["'“‘]?\p{Lu}\p{Ll}/u;
const isPointer = (block: string): boolean => {
  const text = block.trim();
  const words = wordCount(text.slice(text.indexOf(':') + 1));
  return (
    (POINTER.test(text) || CAPITALS_POINTER.test(text)) &&
    words >= 4 &&
    words <= MAX_OTHER_POINTER_WORDS &&
    !/[.!]["'”’)]*$/u.test(text)
  );
};
const MAX_OTHER_POINTER_WORDS = 20;

/**
 * Another story's headline: six words or more in sentence case (most in lower case), no end, not in quotation marks;
 * a section heading is shorter.
 */
const MIN_OTHER_HEADLINE_WORDS = 6;
const isOtherHeadline = (block: string): boolean =>
  // A line in quotation marks is the story's quotation (a speaker's words set apart), never a link's headline.
  !/^\P{L}*["“‘«]/u.test(block.trim()) &&
  isHeadingShaped(block) &&
  wordCount(block) >= MIN_OTHER_HEADLINE_WORDS &&
  lowerCaseShare(block) >= MIN_LOWER_CASE_SHARE;

/** A section heading's words are its section's: at least this share of them are in the paragraph under it. */
const MIN_SECTION_SHARE = 0.5;

/**
 * A heading the paragraph under it speaks of ("SRE garantice trato digno a migrantes" over "Además, a la Secretaría
 * de Relaciones Exteriores para que garantice el trato digno …"): that section's heading, not a link to another
 * story, whose headline the paragraph under it does not echo.
 */
function headsItsSection(heading: string, next: string): boolean {
  const words = contentWords(heading);
  const nextWords = contentWords(next);
  return (
    words.size > 0 &&
    [...words].filter((word) => nextWords.has(word)).length / words.size >= MIN_SECTION_SHARE
  );
}

/**
 * The indices of `body` (the blocks under the headline and subtitle) that are furniture around the story's
 * core, each with its rule. The core runs from the first block of story text to the last, widened by the short
 * finished sentences next to it, a heading the markup sets right above it, and the words a cut copy ends on.
 * Before it, every block leaves except a list of items, and a section heading right above it when the story has
 * others; after it, every block but a list leaves, unless the core's last block introduces what follows (it ends
 * in a colon). Pure; the caller removes and reports them.
 */
export function furnitureAroundStory(
  body: readonly string[],
  headings: readonly string[] = [],
  headline: string | null = null,
  storyParagraphs: readonly string[] = [],
): Map<number, FurnitureRule> {
  const found = new Map<number, FurnitureRule>();
  // The story's ends are its running text; a list is the story's only next to them (listRunAt). A numbered or
  // bulleted block of a paragraph's length and finished sentences is a paragraph (a judgment's "1. Hechos …. De
  // acuerdo con …"), not a list's item: a menu's or a related list's items are a few words.
  const isText = (block: string) =>
    isStoryText(block) &&
    (!isBulleted(block) || (wordCount(block) >= MIN_PARAGRAPH_WORDS && hasSentence(block)));
  let first = body.findIndex(isText);
  if (first < 0) return found;
  const marked = new Set(headings.map(comparisonKey));
  // A finished sentence that the markup sets among the story's own paragraphs is the story's, however short
  // ("Link: simdjson.", under the story in its element; a site's "Read more…" link sits apart from it); so is one
  // that opens them with a sentence's mark after a word ("Hi everyone! 👋"), a byline or a date has none.
  const own = new Set(storyParagraphs.map(comparisonKey));
  // A short finished sentence next to the story is its own ("Duran fled to Hermosillo."); so is a heading the
  // page's markup sets right above it.
  while (
    first > 0 &&
    (isShortSentence(body[first - 1] ?? '') ||
      marked.has(comparisonKey(body[first - 1] ?? '')) ||
      (own.has(comparisonKey(body[first - 1] ?? '')) && /\p{L}[.!?]/u.test(body[first - 1] ?? '')))
  )
    first--;
  // A copy cut off mid-sentence ends in the story's text, however short its last words; where the markup says which
  // blocks are the story's (its paragraphs and lists), only one of them can be that cut sentence: a sidebar's "8 hours
  // ago" under another story's headline ends a saved page without cutting its story.
  // Cut inside a capitalised word, the copy ends right under the story's text (or one block set between, an
  // advertisement's line); under a run of furniture ("… Department of State" under a hearing's list of witnesses)
  // such words are the furniture's.
  const cutInsideAWord =
    body.findLastIndex(isText) >= body.length - 1 - MAX_BLOCKS_BEFORE_CUT &&
    isCutInsideAWord(body.at(-1) ?? '', body.slice(0, -1));
  const cutAtEnd =
    (isCutSentence(body.at(-1) ?? '') || cutInsideAWord) &&
    (own.size === 0 || own.has(comparisonKey(body.at(-1) ?? '')));
  let last = cutAtEnd ? body.length - 1 : body.findLastIndex(isText);
  while (
    last + 1 < body.length &&
    (isShortSentence(body[last + 1] ?? '') ||
      (own.has(comparisonKey(body[last + 1] ?? '')) && endsSentence(body[last + 1] ?? '')))
  )
    last++;
  const headingAboveText = (i: number, maxWords = MAX_HEADING_WORDS) =>
    isHeadingShaped(body[i] ?? '', maxWords) && isStoryText(body[i + 1] ?? '');
  // A heading in title case may be longer (a post's title in a page of posts: "BIA Finds Respondent Provided
  // Insufficient Evidence He Would Be “Tortured” in a Mexican Institution"); a sentence-case line that long is
  // another story's headline.
  const headingWords = (i: number) =>
    lowerCaseShare(body[i] ?? '') < MIN_LOWER_CASE_SHARE ? MAX_TITLE_CASE_HEADING_WORDS : MAX_HEADING_WORDS;
  const hasSections = body.some((_, i) => i > first && headingAboveText(i, headingWords(i)));
  // A stamp above the story ("Actualizado domingo 28/10/2012 03:21 horas") is no section heading, nor is a count
  // ("Visto 314 veces", "Comments 18"): a short heading holds a number only as its section's ("2. The hearing").
  const opensSection = (i: number) =>
    hasSections &&
    headingAboveText(i, headingWords(i)) &&
    !holdsDate(body[i] ?? '') &&
    !isCount(body[i] ?? '');
  for (let i = 0; i < first; i++) {
    if ((i === first - 1 && opensSection(i)) || listRunAt(body, i, first, last)) continue;
    found.set(i, 'furniture-before-story');
  }
  // Inside the story, a lone headline of another story set between two paragraphs (a related link), when the
  // story has no section headings and the markup does not make it one.
  const inside = body.slice(first, last + 1);
  const headingsInside = inside.filter((block) => isHeadingShaped(block));
  if (headingsInside.length === 1)
    for (let i = first + 1; i < last; i++)
      if (
        isOtherHeadline(body[i] ?? '') &&
        !marked.has(comparisonKey(body[i] ?? '')) &&
        isStoryText(body[i - 1] ?? '') &&
        isStoryText(body[i + 1] ?? '') &&
        endsSentence(body[i - 1] ?? '') &&
        !headsItsSection(body[i] ?? '', body[i + 1] ?? '')
      )
        found.set(i, 'other-headline-in-story');
  // Inside the story, the headline said again between two paragraphs (a picture's alternative text).
  for (let i = first + 1; i < last; i++)
    if (
      !found.has(i) &&
      echoesHeadline(body[i] ?? '', headline) &&
      isStoryText(body[i - 1] ?? '') &&
      isStoryText(body[i + 1] ?? '')
    )
      found.set(i, 'headline-again-in-story');
  // Inside the story, a pointer to another story set between two of its paragraphs.
  for (let i = first + 1; i < last; i++)
    if (
      !found.has(i) &&
      isPointer(body[i] ?? '') &&
      isStoryText(body[i - 1] ?? '') &&
      isStoryText(body[i + 1] ?? '') &&
      endsSentence(body[i - 1] ?? '')
    )
      found.set(i, 'pointer-in-story');
  if (!/:["'”’)]*$/u.test((body[last] ?? '').trim()))
    for (let i = last + 1; i < body.length; i++)
      if (!listRunAt(body, i, first, last)) found.set(i, 'furniture-after-story');
  return found;
}

/** `body` without the furniture around its story; each block taken out is reported with its rule. */
export function removeFurnitureAroundStory(
  body: readonly string[],
  removals: Removal[],
  headings: readonly string[] = [],
  headline: string | null = null,
  storyParagraphs: readonly string[] = [],
): string[] {
  const found = furnitureAroundStory(body, headings, headline, storyParagraphs);
  for (const [index, rule] of [...found].sort(([a], [b]) => a - b)) {
    const text = body[index] ?? '';
    // Above the story, "Name, Contributor" is its byline: the name is proposed as the author.
    const author = rule === 'furniture-before-story' ? nameBeforeJob(text) : null;
    removals.push({ ruleId: rule, action: 'drop', text, groups: author ? { author } : {}, yields: [] });
  }
  return body.filter((_, i) => !found.has(i));
}
