import type { Case, DateStatement, Outcome } from '@asylum-archive/core';
import { isInferred } from '../../i18n/format';
import type { BotLocale } from '../../i18n/locale';
import { messagesFor } from '../../i18n/messages';

/** Longest event text drawn on a row; the card itself carries the full sentence. */
const EVENT_TEXT_LIMIT = 72;

export type TimelineEvent = {
  /** The date as the data gives it (YYYY, YYYY-MM, YYYY-MM-DD), or null when the text gives none. */
  date: string | null;
  /** The span the date names: a day, a month or a year. Null for an undated event. */
  span: { start: Date; end: Date } | null;
  precision: 'year' | 'month' | 'day' | null;
  inferred: boolean;
  outcome: Outcome | null;
  /** The outcome in the asker's language, or null. */
  outcomeLabel: string | null;
  text: string;
};

export type TimelineModel = {
  kind: 'timeline';
  locale: BotLocale;
  title: string;
  forum: string;
  events: TimelineEvent[];
  sourceCount: number;
};

/** What a case's timeline shows: every event in the data's order, dated only as precisely as the data is. */
export function timelineModel(record: Case, locale: BotLocale): TimelineModel {
  const messages = messagesFor(locale);
  const forum =
    messages.forum[record.forum] + (record.forumDetail === null ? '' : ` — ${record.forumDetail}`);
  return {
    kind: 'timeline',
    locale,
    title: record.title,
    forum,
    events: record.events.map((event) => ({
      date: event.date.value,
      span: spanOf(event.date),
      precision: event.date.precision,
      inferred: event.date.value !== null && isInferred(event.date),
      outcome: event.outcome,
      outcomeLabel: event.outcome === null ? null : messages.outcome[event.outcome],
      text: shorten(event.description, EVENT_TEXT_LIMIT),
    })),
    sourceCount: new Set(record.events.map((event) => event.citation.articleId)).size,
  };
}

/** The whole day, month or year a partial date names, as [start, end) in UTC. */
export function spanOf(date: DateStatement): { start: Date; end: Date } | null {
  if (date.value === null) return null;
  const [year, month, day] = date.value.split('-').map(Number) as [number, number?, number?];
  if (day !== undefined && month !== undefined)
    return {
      start: new Date(Date.UTC(year, month - 1, day)),
      end: new Date(Date.UTC(year, month - 1, day + 1)),
    };
  if (month !== undefined)
    return { start: new Date(Date.UTC(year, month - 1, 1)), end: new Date(Date.UTC(year, month, 1)) };
  return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
}

/** Cuts at a word boundary and marks the cut, so a row never ends mid-word without saying so. */
export function shorten(text: string, limit: number): string {
  const single = text.replace(/\s+/g, ' ').trim();
  if (single.length <= limit) return single;
  const cut = single.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
