import type { Removal } from '../clean/removal';
import type { Proposal } from './proposal';

/**
 * The `rights` note: what the page says about its licence, quoted, or that it says nothing — in which case
 * rights stay with the publisher. Never a licence the page does not state.
 */
export function proposeRights(
  removals: readonly Removal[],
  publisherNames: readonly string[],
): Proposal<string> {
  const all = removals.filter((removal) => removal.yields.includes('rights'));
  // A reprint's own copyright line names the story's rights holder; the reprint site's footer names its own.
  const own = all.filter((removal) => removal.ruleId === 'reprint-copyright');
  const statements = own.length > 0 ? own : all;
  if (statements.length > 0) {
    const quoted = statements
      .map((removal) => `'${removal.text.replace(/\s+/gu, ' ').trim()}'`)
      .join(' and ');
    const creativeCommons = statements.some((removal) => /creative commons|\bcc by\b/i.test(removal.text));
    return {
      value: creativeCommons
        ? `Creative Commons: the page says ${quoted} (state the licence version only if the page gives it)`
        : `The page says ${quoted}.`,
      basis: 'quoted from the licence statement the page carries',
    };
  }
  const holder = publisherNames.length > 0 ? publisherNames.join(' and ') : 'the publisher';
  return {
    value: `No licence stated on the saved page; rights remain with ${holder}.`,
    basis: 'the page states no licence',
  };
}
