import type { Figure } from '@asylum-archive/core';
import { sourceSentence } from '../archive/source-sentence';
import { formatNumber, formatPercent } from '../i18n/format';
import type { RenderContext } from './render-context';

/** Words the reporting puts before a number to hedge it, longest first so "more than" wins over "more". */
const TEXT_HEDGES = [
  'an estimated',
  'approximately',
  'more than',
  'fewer than',
  'less than',
  'at least',
  'at most',
  'roughly',
  'nearly',
  'almost',
  'around',
  'about',
  'up to',
  'some',
  'over',
] as const;

export type TextHedge = (typeof TEXT_HEDGES)[number];

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/**
 * The hedge the article itself puts before the figure's number ("some 45,000"), found in the sentence the
 * figure cites; undefined when the text has none there (an exact count, or a hedge in words: "a half dozen").
 */
export function textHedge(figure: Figure, context: RenderContext): TextHedge | undefined {
  if (figure.qualifier === 'exact') return undefined;
  const sentence = sourceSentence(context.data.article(figure.citation.articleId), figure.citation);
  for (const match of sentence.matchAll(NUMBER)) {
    if (Number(match[0].replaceAll(',', '')) !== figure.value) continue;
    const before = sentence.slice(0, match.index).toLowerCase().trimEnd();
    const hedge = TEXT_HEDGES.find((word) => before === word || before.endsWith(` ${word}`));
    if (hedge !== undefined) return hedge;
  }
  return undefined;
}

/**
 * "some 45,000 troops", "at least 85%", "nearly 200 people": the value with the text's own hedge where the
 * sentence has one (else the curators' qualifier), the number with the reader's separators (6.347 in
 * Spanish) and the unit in the reader's language where it is a common one (plain text).
 */
export function formatFigureValue(figure: Figure, context: RenderContext): string {
  const { messages, locale } = context;
  const fromText = textHedge(figure, context);
  const hedge = fromText === undefined ? messages.qualifier[figure.qualifier] : messages.textHedge[fromText];
  const amount =
    figure.unit === 'percent'
      ? formatPercent(figure.value, locale)
      : `${formatNumber(figure.value, locale)} ${unitName(figure.unit, context)}`;
  return hedge === '' ? amount : `${hedge} ${amount}`;
}

function unitName(unit: string, context: RenderContext): string {
  const units: Readonly<Record<string, string>> = context.messages.units;
  return Object.hasOwn(units, unit) ? (units[unit] ?? unit) : unit;
}
