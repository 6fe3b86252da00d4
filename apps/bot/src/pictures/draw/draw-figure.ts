import * as Plot from '@observablehq/plot';
import { pictureLabels } from '../labels';
import type { FigureBar, FigureModel } from '../models/figure-model';
import { type Framed, frameSvg, PICTURE_WIDTH, plotSvg } from './svg-frame';

const BAR_HEIGHT = 40;
const FOCUS = '#c62828';
const OTHER = '#7a8ca0';
/** How far an open-ended bar's dashed arrow reaches past its value: a drawing convention, not a number. */
const OPEN_REACH = 0.25;
/** Half-width of the band drawn for "about": a convention the footer states, not a range from the source. */
const ABOUT_BAND = 0.1;

type Bar = FigureBar & { row: string; colour: string };

/**
 * The figure and its related figures as horizontal bars on one axis, each drawn with its hedge: an exact
 * value is a solid bar; "more than" and "at least" a solid bar with a dashed arrow running on (open-ended);
 * "about" a bar with a shaded band; "nearly" and "less than" a bar whose end is dashed.
 */
export function drawFigure(model: FigureModel): Framed {
  const labels = pictureLabels(model.locale);
  const bars: Bar[] = model.bars.map((bar) => ({
    ...bar,
    row: bar.focus ? `${bar.counts} (${labels.thisFigure})` : bar.counts,
    colour: bar.focus ? FOCUS : OTHER,
  }));
  const open = bars.filter((bar) => bar.qualifier === 'more-than' || bar.qualifier === 'at-least');
  const about = bars.filter((bar) => bar.qualifier === 'approximate');
  const under = bars.filter((bar) => bar.qualifier === 'nearly' || bar.qualifier === 'less-than');
  const reach = Math.max(...bars.map((bar) => bar.value * (1 + OPEN_REACH)), 1);
  const bodyHeight = bars.length * BAR_HEIGHT + 50;

  const body = plotSvg({
    width: PICTURE_WIDTH,
    height: bodyHeight,
    marginLeft: 460,
    marginRight: 230,
    marginTop: 10,
    marginBottom: 40,
    // One unit names the axis; mixed units (counts of one scope) are named on each bar instead.
    x: { domain: [0, reach], grid: true, label: model.sharedUnit, labelAnchor: 'center', ticks: 6 },
    y: { domain: bars.map((bar) => bar.row), label: null, tickSize: 0, padding: 0.3 },
    marks: [
      Plot.barX(bars, {
        x: 'value',
        y: 'row',
        fill: 'colour',
        fillOpacity: (bar: Bar) => (under.includes(bar) ? 0.55 : 0.9),
      }),
      Plot.rect(about, {
        x1: (bar: Bar) => bar.value * (1 - ABOUT_BAND),
        x2: (bar: Bar) => bar.value * (1 + ABOUT_BAND),
        y: 'row',
        fill: 'colour',
        fillOpacity: 0.25,
        stroke: 'colour',
        strokeDasharray: '3,2',
        insetTop: -4,
        insetBottom: -4,
      }),
      Plot.arrow(open, {
        x1: 'value',
        x2: (bar: Bar) => bar.value * (1 + OPEN_REACH),
        y: 'row',
        stroke: 'colour',
        strokeWidth: 2,
        strokeDasharray: '6,4',
        headLength: 10,
      }),
      Plot.tickX(under, { x: 'value', y: 'row', stroke: 'colour', strokeWidth: 2, strokeDasharray: '3,2' }),
      Plot.tickX(
        bars.filter((bar) => bar.qualifier === 'at-least'),
        { x: 'value', y: 'row', stroke: '#111', strokeWidth: 2 },
      ),
      ...[true, false].map((focus) =>
        Plot.text(
          bars.filter((bar) => bar.focus === focus),
          {
            x: (bar: Bar) => endOf(bar),
            y: 'row',
            text: 'valueLabel',
            dx: 8,
            textAnchor: 'start',
            fill: focus ? FOCUS : '#333',
            fontWeight: focus ? 'bold' : 'normal',
            fontSize: 13,
          },
        ),
      ),
    ],
  });

  const footer: string[] = [];
  if (about.length > 0) footer.push(labels.approxNote);
  if (open.length > 0) footer.push(labels.openNote);
  if (under.length > 0) footer.push(labels.nearlyNote);
  footer.push(`${labels.source}: ${model.sourceLine}`);
  return frameSvg({ title: labels.figureContext(model.title), subtitle: [], body, bodyHeight, footer });
}

function endOf(bar: FigureBar): number {
  if (bar.qualifier === 'more-than' || bar.qualifier === 'at-least') return bar.value * (1 + OPEN_REACH);
  if (bar.qualifier === 'approximate') return bar.value * (1 + ABOUT_BAND);
  return bar.value;
}
