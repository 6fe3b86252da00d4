import type { Article } from '@asylum-archive/core';
import { escapeArchiveText } from '../discord/escape';
import { formatDateStatement } from '../i18n/format';
import type { RenderContext } from './render-context';

/** A Markdown link when the URL is known, else the text alone (a URL is never guessed). */
export function linked(text: string, url: string | null): string {
  if (url === null) return text;
  // A ")" would end the link early; the percent-encoded form leads to the same page.
  return `[${text}](${url.replaceAll('(', '%28').replaceAll(')', '%29')})`;
}

/** "*Title* — Outlet, 2010 (inferred)", with the title linked where the archive knows its address. */
export function articleReference(article: Article, context: RenderContext): string {
  const title = linked(`*${escapeArchiveText(article.title)}*`, article.url);
  const outlet = escapeArchiveText(context.data.outletName(article));
  return `${title} — ${outlet}, ${formatDateStatement(article.published, context.locale, context.messages)}`;
}

/**
 * Numbered citations for one card: each fact gets a marker such as [2], and the card ends with the list of
 * articles the markers point to, numbered in the order they were first cited.
 */
export class SourceList {
  readonly #numbers = new Map<string, number>();

  constructor(private readonly context: RenderContext) {}

  cite(articleId: string): string {
    let number = this.#numbers.get(articleId);
    if (number === undefined) {
      number = this.#numbers.size + 1;
      this.#numbers.set(articleId, number);
    }
    return `[${number}]`;
  }

  lines(): string[] {
    return [...this.#numbers].map(([articleId, number]) => {
      const article = this.context.data.article(articleId);
      const reference =
        article === undefined ? escapeArchiveText(articleId) : articleReference(article, this.context);
      return `[${number}] ${reference}`;
    });
  }
}
