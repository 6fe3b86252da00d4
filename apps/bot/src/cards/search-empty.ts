import type { SearchResult } from '@asylum-archive/core';
import { escapeMentions, escapeUserText } from '../discord/escape';
import type { MessageBody } from '../discord/fit-message';
import { truncate } from '../discord/truncate';
import type { RenderContext } from './render-context';

const QUERY_ECHO_LENGTH = 120;
const SUGGESTIONS_SHOWN = 5;

/** A code span that stays one: backticks inside would close it early. */
function code(text: string): string {
  return `\`${text.replaceAll('`', 'ˋ')}\``;
}

/** No hits: say so, say why when the engine knows, offer its did-you-mean spellings and a few tips. */
export function renderNoResults(query: string, result: SearchResult, context: RenderContext): MessageBody {
  const { messages } = context;
  const lines = [messages.searchNoResults(escapeUserText(truncate(query, QUERY_ECHO_LENGTH)))];
  if (result.reason !== undefined && result.reason.trim() !== '')
    lines.push(`-# ${escapeUserText(result.reason)}`);
  const suggestions = (result.suggestions ?? [])
    .slice(0, SUGGESTIONS_SHOWN)
    .map((word) => code(escapeUserText(word)));
  if (suggestions.length > 0) lines.push(messages.didYouMean(listWithOr(suggestions, messages.or)));
  lines.push(messages.searchTips);
  return { content: lines.join('\n') };
}

/** A query the syntax cannot read: the library's message and the query with a caret under the problem. */
export function renderSyntaxError(message: string, caret: string, context: RenderContext): MessageBody {
  const { messages } = context;
  // Nothing is formatted inside a code block; only a closing fence could break out of it. Mentions get a
  // zero-width break anyway, which keeps the caret aligned because it takes no room.
  const block = escapeMentions(caret.replaceAll('```', 'ˋˋˋ'));
  return {
    content: [
      messages.searchSyntaxError,
      escapeUserText(message),
      `\`\`\`\n${block}\n\`\`\``,
      `-# ${messages.searchSyntaxHelp}`,
    ].join('\n'),
  };
}

export function listWithOr(items: readonly string[], or: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;
}
