import type { Figure, FigureQualifier } from '@asylum-archive/core';
import type { ArchiveData } from '../../archive/archive-data';
import { formatFigureValue } from '../../cards/figure-value';
import type { BotLocale } from '../../i18n/locale';
import { messagesFor } from '../../i18n/messages';
import { shorten } from './timeline-model';

/** At most this many bars: the figure and the related ones nearest in kind. */
const MAX_BARS = 8;
const COUNTS_LIMIT = 60;

export type FigureBar = {
  id: string;
  value: number;
  qualifier: FigureQualifier;
  /** "more than 3,000 cases": the value with the text's own hedge, in the asker's language. */
  valueLabel: string;
  counts: string;
  focus: boolean;
};

export type FigureModel = {
  kind: 'figure';
  locale: BotLocale;
  title: string;
  /** The unit every bar shares, or null when related counts of one scope differ in unit. */
  sharedUnit: string | null;
  bars: FigureBar[];
  /** "Texas Observer — “Juarez Police Officer Denied U.S. Asylum” (2010)" for the asked figure. */
  sourceLine: string;
};

/**
 * Bars can only share an axis when they count the same kind of thing, so the related figures are those
 * with the same unit, or (for counts, not percentages or durations) the same scope — 71 grants beside more
 * than 3,000 cases received by the same courts. Same scope comes first, then larger values.
 */
export function figureModel(figure: Figure, data: ArchiveData, locale: BotLocale): FigureModel {
  const messages = messagesFor(locale);
  const context = { data, locale, messages };
  const related = data.figures
    .filter((other) => other.id !== figure.id && isRelated(figure, other))
    .sort((a, b) => Number(b.scope === figure.scope) - Number(a.scope === figure.scope) || b.value - a.value)
    .slice(0, MAX_BARS - 1);
  const bars = [figure, ...related]
    .sort((a, b) => b.value - a.value)
    .map((each) => ({
      id: each.id,
      value: each.value,
      qualifier: each.qualifier,
      valueLabel: formatFigureValue(each, context),
      counts: shorten(each.counts, COUNTS_LIMIT),
      focus: each.id === figure.id,
    }));
  const article = data.article(figure.citation.articleId);
  const sourceLine =
    article === undefined
      ? figure.citation.articleId
      : `${data.outletName(article)} — “${article.title}”${article.published.value === null ? '' : ` (${article.published.value.slice(0, 4)})`}`;
  const units = new Set([figure, ...related].map((each) => each.unit));
  const sharedUnit = units.size === 1 ? figure.unit : null;
  return { kind: 'figure', locale, title: formatFigureValue(figure, context), sharedUnit, bars, sourceLine };
}

const NOT_COUNTS: ReadonlySet<string> = new Set(['percent', 'months', 'hours', 'years', 'days', 'weeks']);

function isRelated(figure: Figure, other: Figure): boolean {
  if (other.unit === figure.unit) return true;
  return other.scope === figure.scope && !NOT_COUNTS.has(figure.unit) && !NOT_COUNTS.has(other.unit);
}
