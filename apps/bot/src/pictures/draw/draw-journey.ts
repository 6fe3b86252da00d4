import * as Plot from '@observablehq/plot';
import { geoBounds, geoConicEqualArea } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { pictureLabels } from '../labels';
import { endsInRefuge, type JourneyModel, type JourneyStop } from '../models/journey-model';
import { type Box, outlines } from './outlines';
import { type Framed, frameSvg, PICTURE_WIDTH, plotSvg } from './svg-frame';

const MAP_HEIGHT = 560;
/** Around the drawn stops, at least this many degrees, so two stops a few kilometres apart still show land. */
const MIN_SPAN_DEGREES = 9;

type Located = JourneyStop & { lat: number; lon: number; step: number };

/**
 * The route on country outlines (Natural Earth) and U.S. state outlines, in an equal-area conic projection
 * centred on North America. Stops the data places are numbered dots joined by arrows in journey order; the
 * country of refuge is shaded and named. A stop without a position is named in the route line, not drawn.
 */
export function drawJourney(model: JourneyModel): Framed {
  const labels = pictureLabels(model.locale);
  const { near, country } = outlines();
  const located: Located[] = [];
  model.stops.forEach((stop, index) => {
    if (stop.coordinates !== null) located.push({ ...stop, ...stop.coordinates, step: index + 1 });
  });
  const refuge = country(model.refugeCountry);
  const lastInRefuge = located.at(-1)?.country === model.refugeCountry;
  const domain = viewOf(located, lastInRefuge ? undefined : refuge);
  const { countries, states } = near(around(domain));
  const legs = located.slice(1).map((stop, index) => ({ from: located[index] as Located, to: stop }));

  const body = plotSvg({
    width: PICTURE_WIDTH,
    height: MAP_HEIGHT,
    margin: 0,
    projection: { type: () => geoConicEqualArea().parallels([20, 50]).rotate([100, 0]), domain, inset: 30 },
    marks: [
      Plot.geo(countries, {
        fill: (each: Feature) => (each === refuge ? '#dcefdc' : '#f1efe9'),
        stroke: '#8a8a8a',
        strokeWidth: 0.8,
      }),
      Plot.geo(states, { fill: 'none', stroke: '#c4c4c4', strokeWidth: 0.5 }),
      ...(refuge === undefined
        ? []
        : [
            Plot.text(
              [refuge],
              Plot.centroid({
                text: () => `${model.refugeName} (${labels.refuge})`,
                fill: '#2e6b2e',
                fontSize: 15,
                fontWeight: 'bold',
              }),
            ),
          ]),
      Plot.arrow(legs, {
        x1: (leg: { from: Located }) => leg.from.lon,
        y1: (leg: { from: Located }) => leg.from.lat,
        x2: (leg: { to: Located }) => leg.to.lon,
        y2: (leg: { to: Located }) => leg.to.lat,
        stroke: '#c62828',
        strokeWidth: 2.5,
        bend: true,
        insetEnd: 7,
      }),
      Plot.dot(located, { x: 'lon', y: 'lat', r: 6, fill: '#c62828', stroke: 'white', strokeWidth: 1.5 }),
      // Neighbouring stops (Juarez and El Paso face each other) get their names on opposite sides.
      ...[1, 0].map((side) =>
        Plot.text(
          located.filter((stop) => stop.step % 2 === side),
          {
            x: 'lon',
            y: 'lat',
            text: (stop: Located) => `${stop.step}. ${stop.name}`,
            textAnchor: side === 1 ? 'start' : 'end',
            dx: side === 1 ? 10 : -10,
            fontSize: 14,
            fontWeight: 'bold',
            fill: '#111',
            stroke: 'white',
            strokeWidth: 3,
            paintOrder: 'stroke',
          },
        ),
      ),
    ],
  });

  const route = routeText(model);
  const footer: string[] = [];
  if (model.stops.some((stop) => stop.coordinates === null)) footer.push(`* ${labels.notLocated}`);
  footer.push(labels.outlines);
  return frameSvg({
    title: labels.mapOf(model.title),
    subtitle: [route],
    body,
    bodyHeight: MAP_HEIGHT,
    footer,
  });
}

/** "1. Villa Hidalgo (Sonora)* → 2. Hermosillo → United States": the whole journey, drawn or not. */
export function routeText(model: JourneyModel): string {
  const steps = model.stops.map(
    (stop, index) =>
      `${index + 1}. ${stop.name}${stop.within === null ? '' : ` (${stop.within})`}${stop.coordinates === null ? '*' : ''}`,
  );
  if (!endsInRefuge(model)) steps.push(model.refugeName);
  return steps.join(' → ');
}

/** What the map must show: the stops with room around them, and the country of refuge when no stop is in it. */
function viewOf(located: readonly Located[], refuge: Feature<Geometry> | undefined) {
  const lons = located.map((stop) => stop.lon);
  const lats = located.map((stop) => stop.lat);
  const features: object[] = [];
  if (located.length > 0) {
    const centreLon = (Math.min(...lons) + Math.max(...lons)) / 2;
    const centreLat = (Math.min(...lats) + Math.max(...lats)) / 2;
    const halfLon = Math.max((Math.max(...lons) - Math.min(...lons)) / 2 + 2, MIN_SPAN_DEGREES / 2);
    const halfLat = Math.max((Math.max(...lats) - Math.min(...lats)) / 2 + 2, MIN_SPAN_DEGREES / 2);
    features.push({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [centreLon - halfLon, centreLat - halfLat],
          [centreLon + halfLon, centreLat + halfLat],
          [centreLon - halfLon, centreLat + halfLat],
          [centreLon + halfLon, centreLat - halfLat],
        ],
      },
    });
  }
  if (refuge !== undefined) features.push(refuge);
  return { type: 'FeatureCollection', features };
}

/** The view's bounding box widened generously: the projected rectangle shows land beyond the box's corners. */
function around(domain: ReturnType<typeof viewOf>): Box {
  const [[west, south], [east, north]] = geoBounds(domain as Parameters<typeof geoBounds>[0]);
  const margin = Math.max(15, (east - west) * 0.5);
  return [
    [Math.max(-180, west - margin), Math.max(-90, south - margin)],
    [Math.min(180, east + margin), Math.min(90, north + margin)],
  ];
}
