import type { APIInteractionResponse } from 'discord-api-types/v10';
import { renderArticlePage, renderPassageInContext } from '../cards/article-reading';
import { replyWith } from '../discord/responses';
import { decodeReadingState } from '../pagination/reading-state';
import type { CommandContext } from './command-context';
import { staleButtonNotice } from './localized-names';

/**
 * A reading button: a page of an article, or a search hit's passage in context. Both answer with a new
 * message only the reader sees, so the search results they came from stay in place. A button whose article
 * or paragraph no longer exists gets a short note.
 */
export function handleReadingButton(customId: string, context: CommandContext): APIInteractionResponse {
  const state = decodeReadingState(customId);
  const article = state === null ? undefined : context.data.article(state.articleId);
  const body =
    state === null || article === undefined
      ? undefined
      : state.kind === 'read'
        ? renderArticlePage(article, state.page, context)
        : renderPassageInContext(article, state.paragraph, context);
  if (body === undefined) return staleButtonNotice('article', context);
  return replyWith(body, { ephemeral: true });
}
