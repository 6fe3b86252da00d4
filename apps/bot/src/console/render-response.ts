import {
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  ComponentType,
  InteractionResponseType,
  MessageFlags,
} from 'discord-api-types/v10';
import type { ConsoleMessages } from './console-messages';
import type { PagerAction, PressAction } from './parse-line';
import { renderMarkdown } from './render-markdown';
import type { TerminalStyle } from './terminal-style';
import { wrapLine } from './wrap-lines';

/** How replies are drawn: the style, the session's language, and the width to wrap at. */
export type RenderOptions = { style: TerminalStyle; messages: ConsoleMessages; width: number };

/** A control of a reply the terminal can press: a button, or one option of a select menu. */
export type PressTarget = { customId: string; value?: string };

/** The controls of a reply by the word that presses them: `next`, `prev`, or the number printed beside them. */
export type Pager = Partial<Record<PressAction, PressTarget>>;

export type RenderedResponse = {
  /** What to print. */
  text: string;
  /** The message the reply showed (kept so a button press can be sent with it), if it was a message. */
  message?: APIInteractionResponseCallbackData;
  pager: Pager;
};

// A pager row holds [◀ previous, next ▶] in that order (see cards/search-page.ts).
const PAGER_ORDER: readonly PagerAction[] = ['prev', 'next'];

function isPagerRow(components: readonly APIComponentInMessageActionRow[]): boolean {
  const [first, second] = components;
  const label = (component: APIComponentInMessageActionRow | undefined) =>
    component?.type === ComponentType.Button && 'label' in component ? (component.label ?? '') : '';
  return components.length === 2 && label(first).startsWith('◀') && label(second).endsWith('▶');
}

/** Turns the pure layer's answer into readable terminal text, with buttons offered as typeable actions. */
export function renderResponse(response: APIInteractionResponse, options: RenderOptions): RenderedResponse {
  const { style } = options;
  switch (response.type) {
    case InteractionResponseType.ChannelMessageWithSource:
    case InteractionResponseType.UpdateMessage:
      return response.data === undefined ? { text: '', pager: {} } : renderMessage(response.data, options);
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      return {
        text: (response.data.choices ?? [])
          .map((choice) => `  ${choice.name}  ${style.dim(String(choice.value))}`)
          .join('\n'),
        pager: {},
      };
    default:
      return { text: style.dim(`(${InteractionResponseType[response.type] ?? response.type})`), pager: {} };
  }
}

function renderMessage(data: APIInteractionResponseCallbackData, options: RenderOptions): RenderedResponse {
  const { style, messages, width } = options;
  const blocks: string[] = [];
  if (data.flags !== undefined && (data.flags & MessageFlags.Ephemeral) !== 0)
    blocks.push(style.dim(messages.onlyYou));
  if (data.content !== undefined && data.content !== '')
    blocks.push(renderMarkdown(data.content, style, width));
  for (const embed of data.embeds ?? []) blocks.push(renderEmbed(embed, style, width));

  const pager: Pager = {};
  const numbered: string[] = [];
  let number = 0;
  for (const row of data.components ?? []) {
    if (row.type !== ComponentType.ActionRow) continue;
    if (isPagerRow(row.components)) {
      row.components.forEach((component, index) => {
        const action = PAGER_ORDER[index];
        if (
          component.type === ComponentType.Button &&
          'custom_id' in component &&
          action !== undefined &&
          component.disabled !== true
        )
          pager[action] = { customId: component.custom_id };
      });
      continue;
    }
    const items: string[] = [];
    let heading = '';
    for (const component of row.components) {
      if (
        component.type === ComponentType.Button &&
        'custom_id' in component &&
        component.disabled !== true
      ) {
        number += 1;
        pager[`${number}`] = { customId: component.custom_id };
        items.push(`${style.bold(String(number))} ${component.label ?? ''}`);
      } else if (component.type === ComponentType.StringSelect) {
        heading = `${component.placeholder ?? ''} `;
        for (const option of component.options) {
          number += 1;
          pager[`${number}`] = { customId: component.custom_id, value: option.value };
          items.push(`${style.bold(String(number))} ${option.label}`);
        }
      }
    }
    if (items.length > 0) numbered.push(`  ${heading}${items.join(' · ')}`);
  }
  const actions = PAGER_ORDER.filter((action) => pager[action] !== undefined).map((action) =>
    style.bold(messages.buttonWords[action]),
  );
  if (numbered.length > 0) actions.push(messages.aNumber);
  if (actions.length > 0) {
    const lines = [`→ ${messages.buttons(actions.join(' / '))}`, ...numbered];
    blocks.push(style.dim(lines.flatMap((line) => wrapLine(line, width)).join('\n')));
  }
  return { text: blocks.join('\n\n'), message: data, pager };
}

function renderEmbed(embed: APIEmbed, style: TerminalStyle, width: number): string {
  // On a colour terminal the embed gets Discord's coloured bar down its left side, wrapped lines included.
  const barred = style.enabled && embed.color !== undefined;
  const bar = barred ? `${style.colour(embed.color ?? 0, '▎')} ` : '';
  const inner = width - (barred ? 2 : 0);
  const lines: string[] = [];
  const wrapped = (text: string) => lines.push(...wrapLine(text, inner));
  if (embed.title !== undefined)
    wrapped(style.bold(embed.title) + (embed.url !== undefined ? ` ${style.dim(`<${embed.url}>`)}` : ''));
  if (embed.description !== undefined) lines.push(renderMarkdown(embed.description, style, inner));
  for (const field of embed.fields ?? []) {
    lines.push('', style.underline(renderMarkdown(field.name, style, inner)));
    lines.push(
      ...renderMarkdown(field.value, style, inner - 2)
        .split('\n')
        .map((line) => `  ${line}`),
    );
  }
  if (embed.footer !== undefined) {
    lines.push('');
    wrapped(style.dim(embed.footer.text));
  }
  return lines
    .join('\n')
    .split('\n')
    .map((line) => bar + line)
    .join('\n');
}
