import { type Article, type Citation, citedParagraph } from '@asylum-archive/core';
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import { escapeArchiveText } from '../discord/escape';
import type { MessageBody } from '../discord/fit-message';
import { DiscordLimits } from '../discord/limits';
import { joinLinesWithin, truncate } from '../discord/truncate';
import { formatNumber } from '../i18n/format';
import { encodeReadingState } from '../pagination/reading-state';
import { withoutCuratorNote } from './case-summary';
import { formatFigureValue } from './figure-value';
import { CardColour, type RenderContext } from './render-context';

/**
 * Characters of paragraphs on one page: about a phone screen of reading, with room for all the facts cited
 * from those paragraphs beside them (a page of 3,200 held every shipped article whole, and cut its facts).
 */
const PAGE_TEXT = 1500;
/** Paragraphs shown on each side of a passage opened in context. */
const CONTEXT_AROUND = 1;

/** An article's paragraphs in pages of whole paragraphs, each page within PAGE_TEXT characters. */
export function paragraphPages(article: Article): number[][] {
  const pages: number[][] = [];
  let current: number[] = [];
  let length = 0;
  article.paragraphs.forEach((paragraph, index) => {
    const size = Math.min(paragraph.length, PAGE_TEXT) + 8;
    if (current.length > 0 && length + size > PAGE_TEXT) {
      pages.push(current);
      current = [];
      length = 0;
    }
    current.push(index);
    length += size;
  });
  if (current.length > 0) pages.push(current);
  return pages;
}

/** The page that holds a paragraph. */
export function pageOfParagraph(article: Article, paragraph: number): number {
  return Math.max(
    0,
    paragraphPages(article).findIndex((page) => page.includes(paragraph)),
  );
}

/** "¶3 — some 45,000 troops: troops deployed…": the figures, quotes and case events cited from these paragraphs. */
function citedFacts(article: Article, shown: readonly number[], context: RenderContext): string[] {
  const { data, messages } = context;
  const lines: { at: number; text: string }[] = [];
  const inView = (citation: Citation) => {
    // The paragraph the data's compiler located for the citation (core's one lookup of it).
    const at = citedParagraph(article, citation)?.index ?? -1;
    return shown.includes(at) ? at : -1;
  };
  for (const figure of data.figuresIn(article.id)) {
    const at = inView(figure.citation);
    if (at >= 0)
      lines.push({
        at,
        text: `**${escapeArchiveText(formatFigureValue(figure, context))}** — ${escapeArchiveText(figure.counts)}`,
      });
  }
  for (const record of data.cases) {
    for (const event of record.events) {
      const at = inView(event.citation);
      if (at < 0) continue;
      const outcome = event.outcome === null ? '' : ` — **${messages.outcome[event.outcome]}**`;
      lines.push({
        at,
        text: `${escapeArchiveText(record.title)}: ${escapeArchiveText(truncate(withoutCuratorNote(event.description), 160))}${outcome}`,
      });
    }
  }
  for (const quote of data.quotes) {
    const at = inView(quote.citation);
    if (at < 0) continue;
    const who = quote.speaker === null ? (quote.speakerDescription ?? '') : data.nameOf(quote.speaker);
    lines.push({ at, text: `“${escapeArchiveText(truncate(quote.text, 160))}” — ${escapeArchiveText(who)}` });
  }
  return lines.sort((a, b) => a.at - b.at).map(({ at, text }) => `¶${at + 1} · ${text}`);
}

function paragraphBlock(article: Article, index: number, marked: boolean): string {
  const text = escapeArchiveText(truncate(article.paragraphs[index] ?? '', PAGE_TEXT));
  // The passage itself is set off as a quote, which Discord and the terminal both show with a bar.
  return marked ? `> **¶${index + 1}** ${text}` : `**¶${index + 1}** ${text}`;
}

function button(label: string, customId: string | null, disabled = false): APIButtonComponentWithCustomId[] {
  if (customId === null) return [];
  return [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId, disabled }];
}

function readingEmbed(
  article: Article,
  paragraphs: string,
  facts: string[],
  footer: string,
  context: RenderContext,
) {
  const fields: APIEmbedField[] =
    facts.length > 0
      ? [
          {
            name: context.messages.readingCited,
            value: joinLinesWithin(facts, DiscordLimits.embedFieldValue, context.messages.moreItems),
          },
        ]
      : [];
  return {
    title: truncate(article.title, DiscordLimits.embedTitle),
    ...(article.url !== null ? { url: article.url } : {}),
    description: truncate(paragraphs, DiscordLimits.embedDescription),
    color: CardColour.article,
    fields,
    footer: { text: truncate(footer, DiscordLimits.embedFooterText) },
  };
}

/** One page of an article's paragraphs, with the facts the archive cites from them, and ◀ ▶ to turn pages. */
export function renderArticlePage(
  article: Article,
  page: number,
  context: RenderContext,
): MessageBody | undefined {
  const { messages, locale, data } = context;
  const pages = paragraphPages(article);
  const shown = pages[page];
  if (shown === undefined) return undefined;
  const text = shown.map((index) => paragraphBlock(article, index, false)).join('\n\n');
  const footer = `${escapeArchiveText(data.outletName(article))} · ${messages.readingPage(
    formatNumber(page + 1, locale),
    formatNumber(pages.length, locale),
  )} · ${article.id}`;
  const row: APIActionRowComponent<APIButtonComponentWithCustomId> = {
    type: ComponentType.ActionRow,
    components: [
      ...button(
        `◀ ${messages.searchPrevious}`,
        encodeReadingState({ kind: 'read', articleId: article.id, page: Math.max(0, page - 1) }),
        page === 0,
      ),
      ...button(
        `${messages.searchNext} ▶`,
        encodeReadingState({ kind: 'read', articleId: article.id, page: page + 1 }),
        page + 1 >= pages.length,
      ),
    ],
  };
  return {
    embeds: [readingEmbed(article, text, citedFacts(article, shown, context), footer, context)],
    ...(row.components.length > 0 && pages.length > 1 ? { components: [row] } : {}),
  };
}

/** A passage with the paragraphs around it (the passage set off as a quote), and a button to read on from there. */
export function renderPassageInContext(
  article: Article,
  paragraph: number,
  context: RenderContext,
): MessageBody | undefined {
  const { messages } = context;
  if (paragraph < 0 || paragraph >= article.paragraphs.length) return undefined;
  const from = Math.max(0, paragraph - CONTEXT_AROUND);
  const to = Math.min(article.paragraphs.length - 1, paragraph + CONTEXT_AROUND);
  const shown = Array.from({ length: to - from + 1 }, (_, offset) => from + offset);
  const text = shown.map((index) => paragraphBlock(article, index, index === paragraph)).join('\n\n');
  const footer = `${escapeArchiveText(context.data.outletName(article))} · ${messages.readingParagraph(paragraph + 1, article.paragraphs.length)} · ${article.id}`;
  const page = pageOfParagraph(article, paragraph);
  return {
    // The embed names and links the article; the note says only what this view is.
    content: `-# ${messages.readingInContext}`,
    embeds: [readingEmbed(article, text, citedFacts(article, shown, context), footer, context)],
    components: [
      {
        type: ComponentType.ActionRow,
        components: button(
          messages.readingReadOn,
          encodeReadingState({ kind: 'read', articleId: article.id, page }),
        ),
      },
    ],
  };
}
