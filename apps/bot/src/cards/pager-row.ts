import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import type { RenderContext } from './render-context';

/**
 * [◀ Previous] [Next ▶]: the paging row of /search and /browse, in this order and with these arrows, which is
 * how the terminal recognises it (see console/render-response.ts).
 */
export function pagerRow(
  previousId: string,
  nextId: string,
  page: number,
  pages: number,
  context: RenderContext,
): APIActionRowComponent<APIButtonComponentWithCustomId> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: `◀ ${context.messages.searchPrevious}`,
        custom_id: previousId,
        disabled: page === 0,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: `${context.messages.searchNext} ▶`,
        custom_id: nextId,
        disabled: page + 1 >= pages,
      },
    ],
  };
}
