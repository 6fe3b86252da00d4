import * as Plot from '@observablehq/plot';
import { pictureLabels } from '../labels';
import type { TimelineEvent, TimelineModel } from '../models/timeline-model';
import { type Framed, frameSvg, NEUTRAL_COLOUR, OUTCOME_COLOURS, PICTURE_WIDTH, plotSvg } from './svg-frame';

const ROW_HEIGHT = 30;
const DAY_MS = 86_400_000;

type Row = TimelineEvent & { row: number; colour: string; start?: Date; end?: Date; mid?: Date };

/**
 * One row per event in the data's order, the dated ones placed on a time axis: a stated day is a dot, a
 * stated month or year a filled bar over that month or year, an inferred date the same mark hollow with a
 * dashed outline. Undated events keep their row and say so; their place in time is not drawn.
 */
export function drawTimeline(model: TimelineModel): Framed {
  const labels = pictureLabels(model.locale);
  const rows: Row[] = model.events.map((event, row) => {
    const colour =
      event.outcome === null ? NEUTRAL_COLOUR : (OUTCOME_COLOURS[event.outcome] ?? NEUTRAL_COLOUR);
    if (event.span === null) return { ...event, row, colour };
    const mid = new Date((event.span.start.getTime() + event.span.end.getTime()) / 2);
    return { ...event, row, colour, start: event.span.start, end: event.span.end, mid };
  });
  const dated = rows.filter((row) => row.span !== null);
  const undated = rows.filter((row) => row.span === null);
  const domain = timeDomain(dated);
  const rowLabel = (row: Row) =>
    `${row.date === null ? '—' : row.inferred ? `${row.date} (${labels.inferred})` : row.date} · ${row.text}`;
  const spans = dated.filter((row) => row.precision !== 'day');
  const days = dated.filter((row) => row.precision === 'day');
  const bodyHeight = rows.length * ROW_HEIGHT + 50;

  const body = plotSvg({
    width: PICTURE_WIDTH,
    height: bodyHeight,
    marginLeft: 640,
    marginRight: 130,
    marginTop: 10,
    marginBottom: 40,
    x: { type: 'utc', domain, axis: dated.length === 0 ? null : 'bottom', grid: true, ticks: 5 },
    y: {
      type: 'band',
      domain: rows.map((row) => row.row),
      tickFormat: (index: number) => {
        const row = rows[index];
        return row === undefined ? '' : rowLabel(row);
      },
      tickSize: 0,
      label: null,
    },
    marks: [
      Plot.ruleY(rows, { y: 'row', stroke: '#eeeeee' }),
      ...[false, true].flatMap((inferred) => [
        Plot.barX(
          spans.filter((row) => row.inferred === inferred),
          {
            x1: 'start',
            x2: 'end',
            y: 'row',
            fill: inferred ? '#ffffff' : 'colour',
            fillOpacity: inferred ? 1 : 0.75,
            stroke: 'colour',
            strokeWidth: 2,
            strokeDasharray: inferred ? '5,3' : 'none',
            insetTop: 7,
            insetBottom: 7,
          },
        ),
        Plot.dot(
          days.filter((row) => row.inferred === inferred),
          {
            x: 'mid',
            y: 'row',
            r: 6,
            fill: inferred ? '#ffffff' : 'colour',
            stroke: 'colour',
            strokeWidth: 2,
            strokeDasharray: inferred ? '3,2' : 'none',
          },
        ),
      ]),
      Plot.text(
        dated.filter((row) => row.outcomeLabel !== null),
        {
          x: 'end',
          y: 'row',
          text: 'outcomeLabel',
          fill: 'colour',
          dx: 8,
          textAnchor: 'start',
          fontWeight: 'bold',
        },
      ),
      Plot.text(undated, {
        x: () => domain[0],
        y: 'row',
        text: (row: Row) =>
          row.outcomeLabel === null ? labels.undated : `${labels.undated} · ${row.outcomeLabel}`,
        fill: (row: Row) => row.colour,
        fontStyle: 'italic',
        dx: 6,
        textAnchor: 'start',
      }),
    ],
  });

  const footer = [labels.sources(model.sourceCount)];
  if (dated.length > 0) footer.unshift(labels.inferredNote);
  return frameSvg({
    title: labels.timelineOf(model.title),
    subtitle: [`${labels.forum}: ${model.forum}`],
    body,
    bodyHeight,
    footer,
  });
}

/** The dated spans with a margin either side; a year around "now" of nothing when nothing is dated. */
function timeDomain(dated: readonly Row[]): [Date, Date] {
  if (dated.length === 0) return [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2001, 0, 1))];
  const first = Math.min(...dated.map((row) => (row.start as Date).getTime()));
  const last = Math.max(...dated.map((row) => (row.end as Date).getTime()));
  const margin = Math.max((last - first) * 0.08, 60 * DAY_MS);
  return [new Date(first - margin), new Date(last + margin)];
}
