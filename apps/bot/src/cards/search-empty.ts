import type { SearchResult } from '@asylum-archive/core';
import { type QuerySyntaxError, renderCaret } from '@asylum-archive/query';
import { escapeMentions, escapeUserText } from '../discord/escape';
import type { MessageBody } from '../discord/fit-message';
import { truncate } from '../discord/truncate';
import { localizeEmptyReason, localizeQueryError } from '../i18n/query-errors';
import { didYouMean } from './did-you-mean';
import type { RenderContext } from './render-context';

const QUERY_ECHO_LENGTH = 120;

/** No hits: say so, say why when the engine knows, offer its did-you-mean spellings and a few tips. */
export function renderNoResults(query: string, result: SearchResult, context: RenderContext): MessageBody {
  const { messages } = context;
  const lines = [messages.searchNoResults(escapeUserText(truncate(query, QUERY_ECHO_LENGTH)))];
  const reason = localizeEmptyReason(result, context.locale);
  if (reason !== undefined && reason.trim() !== '') lines.push(`-# ${escapeUserText(reason)}`);
  const suggestion = didYouMean(result.didYouMean, context);
  if (suggestion !== undefined) lines.push(suggestion);
  lines.push(messages.searchTips);
  return { content: lines.join('\n') };
}

/** A query the syntax cannot read: what is wrong, in the asker's language, and the query with a caret under it. */
export function renderSyntaxError(error: QuerySyntaxError, context: RenderContext): MessageBody {
  const { messages } = context;
  const caret = renderCaret(error.input, error.position);
  // Nothing is formatted inside a code block; only a closing fence could break out of it. Mentions get a
  // zero-width break anyway, which keeps the caret aligned because it takes no room.
  const block = escapeMentions(caret.replaceAll('```', 'ˋˋˋ'));
  return {
    content: [
      messages.searchSyntaxError,
      escapeUserText(localizeQueryError(error, context.locale)),
      `\`\`\`\n${block}\n\`\`\``,
      `-# ${messages.searchSyntaxHelp}`,
    ].join('\n'),
  };
}
