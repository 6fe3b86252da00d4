import type { Removal } from '../clean/removal';
import { endsSentence, isListItem } from '../text/words';
import { type Proposal, quote, quoteEnd, ruleLabel } from './proposal';

/**
 * Whether the saved page ends mid-article: its last paragraph stops mid-word or mid-sentence, or the page
 * says it shows only part of the story (a paywall, "Read the complete article"). A page that ends on a
 * finished sentence, or whose text is followed by its comment section, is not called truncated, though it may
 * be: the basis says which.
 */
export function detectTruncation(
  paragraphs: readonly string[],
  removals: readonly Removal[],
  /**
   * The page's last line, when a rule took it out (a copy that stops inside an opinion's caption, or inside an
   * advertisement under the story), with that rule.
   */
  removedEnd?: { text: string; ruleId: string } | undefined,
): Proposal<boolean> {
  const notice = removals.find((removal) => removal.yields.includes('truncation'));
  if (notice) {
    return {
      value: true,
      basis: `the page says it shows only part of the story (${ruleLabel(notice.ruleId)}: ${quote(notice.text)})`,
    };
  }
  if (removedEnd !== undefined && !endsSentence(removedEnd.text)) {
    return {
      value: true,
      basis:
        removedEnd.ruleId === 'court-caption'
          ? `the page stops inside the opinion's caption: it ends ${quoteEnd(removedEnd.text)}`
          : `the page stops mid-sentence inside a block it removed (${ruleLabel(removedEnd.ruleId)}): it ends ${quoteEnd(removedEnd.text)}`,
    };
  }
  // A comment section or a blog's footer under the text shows where the article ended on the page.
  const footer = removals.find((removal) => removal.action === 'drop-rest');
  if (footer) {
    return {
      value: false,
      basis: `the article ends where the page's comment section begins (${ruleLabel(footer.ruleId)}: ${quote(footer.text)})`,
    };
  }
  const last = paragraphs.at(-1)?.trim() ?? '';
  // A list's items are not sentences: a text that ends on the last of several items ends a list.
  if (isListItem(last) && isListItem(paragraphs.at(-2) ?? '')) {
    return { value: false, basis: `the text ends on the last item of a list: ${quoteEnd(last)}` };
  }
  if (last !== '' && !endsSentence(last)) {
    return { value: true, basis: `the text stops mid-sentence: it ends ${quoteEnd(last)}` };
  }
  return { value: false, basis: 'the text ends on a finished sentence' };
}
