import type { ArchiveRecords, SearchResult } from '@asylum-archive/core';
import { checkArgument, checkOptions, checkResult } from '../check-arguments';
import { describeSourceIn } from './describe-source';
import { emphasise } from './emphasise';

export type ResultFormat = 'text' | 'markdown' | 'ansi' | 'json';

/** Every format, for checking what a JavaScript caller passed (a null-prototype object: no "toString"). */
const FORMATS: Readonly<Record<ResultFormat, true>> = Object.assign(Object.create(null), {
  text: true,
  markdown: true,
  ansi: true,
  json: true,
});

export type FormatOptions = {
  /** The offset the result was fetched with, so hits are numbered from offset + 1. */
  offset?: number;
};

/** How one format spells each part of a hit; the layout is shared. */
type Style = {
  plain(text: string): string;
  mark(text: string): string;
  title(text: string, url: string | null): string;
  quiet(text: string): string;
};

// Archive text is trusted, but a createArchive dataset may not be: never let it drive the terminal.
const printable = (text: string) => text.replace(/(?![\t\n])\p{Cc}/gu, '');
const escapeMarkdown = (text: string) => text.replace(/[\\`*_~|[\]<>#]/g, '\\$&');
// Parentheses and spaces would end a Markdown link target early.
const linkTarget = (url: string) => encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29');
const sgr = (code: string, reset: string) => (text: string) =>
  `\u001b[${code}m${printable(text)}\u001b[${reset}m`;

const STYLES: Record<Exclude<ResultFormat, 'json'>, Style> = {
  text: { plain: printable, mark: (t) => `*${printable(t)}*`, title: printable, quiet: printable },
  markdown: {
    plain: escapeMarkdown,
    mark: (t) => `**${escapeMarkdown(t)}**`,
    title: (t, url) => (url ? `**[${escapeMarkdown(t)}](${linkTarget(url)})**` : `**${escapeMarkdown(t)}**`),
    quiet: (t) => `_${escapeMarkdown(t)}_`,
  },
  ansi: { plain: printable, mark: sgr('1;33', '22;39'), title: sgr('1', '22'), quiet: sgr('2', '22') },
};

function summary(result: SearchResult, offset: number): string[] {
  const { hits, totalHits, reason, didYouMean } = result;
  if (hits.length > 0) return [`Results ${offset + 1}–${offset + hits.length} of ${totalHits}`];
  if (totalHits > 0) return [`No results from ${offset + 1} on: there are ${totalHits} in all.`];
  const lines = [`No results${reason ? `: ${reason.replace(/\.$/, '')}` : ''}.`];
  if (didYouMean?.length) lines.push(`Did you mean: ${didYouMean.join(', ')}?`);
  return lines;
}

/** The records that answer the query outright, before any passage: what it is, then the words it cites. */
function answerBlocks(result: SearchResult, style: Style, isMarkdown: boolean): string[] {
  return result.answers.map((answer) => {
    const head = `${style.mark(`Answer (${answer.kind}):`)} ${style.plain(answer.label)}`;
    const excerpt = style.quiet(`“${answer.excerpt}”`);
    return isMarkdown ? `${head}\n> ${excerpt}` : `${head}\n   ${excerpt}`;
  });
}

/**
 * Renders a search result for people (`text`, `markdown`, `ansi` for a colour terminal) or programs
 * (`json`: the result with each hit's title, outlet, date, url and citation added). Every hit shows its
 * article title, outlet and date, the snippet with matches emphasised, and a citation line. Answers (curated
 * figures, people, cases and quotes that answer the query) come first, each with the excerpt it cites.
 */
export function formatResultIn(
  archive: ArchiveRecords,
  result: SearchResult,
  format: ResultFormat = 'text',
  options: FormatOptions = {},
): string {
  checkResult('formatResult: the result', result);
  checkArgument(
    Object.hasOwn(FORMATS, format),
    'formatResult: the format',
    `one of ${Object.keys(FORMATS)
      .map((name) => `"${name}"`)
      .join(', ')}`,
    format,
  );
  checkOptions('formatResult: options', options);
  checkArgument(
    options.offset === undefined || (Number.isInteger(options.offset) && options.offset >= 0),
    'formatResult: options.offset',
    'a whole number from 0',
    options.offset,
  );
  const offset = options.offset ?? 0;
  if (format === 'json') {
    const hits = result.hits.map((hit) => ({
      ...hit,
      ...describeSourceIn(archive, hit.articleId, hit.paragraphIndex),
    }));
    return JSON.stringify({ ...result, hits }, null, 2);
  }
  const style = STYLES[format];
  const isMarkdown = format === 'markdown';
  const blocks = [
    summary(result, offset).map(style.plain).join('\n'),
    ...answerBlocks(result, style, isMarkdown),
  ];
  for (const [index, hit] of result.hits.entries()) {
    const source = describeSourceIn(archive, hit.articleId, hit.paragraphIndex);
    const snippet = emphasise(hit.snippet, hit.highlights, style.mark, style.plain);
    const meta = style.quiet(`${source.outlet} · ${source.date}`);
    const cite = style.quiet(`Cite: ${source.citation}`);
    const number = `${offset + index + 1}.`;
    blocks.push(
      isMarkdown
        ? `**${number}** ${style.title(source.title, source.url)} · ${meta}\n> ${snippet}\n> ${cite}`
        : `${number} ${style.title(source.title, source.url)}\n   ${meta}\n   ${snippet}\n   ${cite}`,
    );
  }
  return blocks.join('\n\n');
}
