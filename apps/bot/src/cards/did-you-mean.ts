import { escapeUserText } from '../discord/escape';
import type { RenderContext } from './render-context';

const SUGGESTIONS_SHOWN = 5;

/** "a, b or c" in the reader's language. */
export function listWithOr(items: readonly string[], or: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;
}

/** "Did you mean `juarez`?" from the engine's spellings, or undefined when it has none. */
export function didYouMean(
  suggestions: readonly string[] | undefined,
  context: RenderContext,
): string | undefined {
  // Code spans show a spelling exactly; a backtick inside would close the span early.
  const shown = (suggestions ?? [])
    .slice(0, SUGGESTIONS_SHOWN)
    .map((word) => `\`${escapeUserText(word).replaceAll('`', 'ˋ')}\``);
  return shown.length === 0 ? undefined : context.messages.didYouMean(listWithOr(shown, context.messages.or));
}
