import * as Plot from '@observablehq/plot';
import { geoBounds, geoConicEqualArea, geoIdentity, geoPath } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import type { Feature, Geometry } from 'geojson';
import { pictureLabels } from '../labels';
import { endsInRefuge, type JourneyModel, type JourneyStop } from '../models/journey-model';
import { type Box, outlines, outlinesAt } from './outlines';
import { type Framed, frameSvg, PICTURE_WIDTH, PIXELS_PER_UNIT, plotSvg } from './svg-frame';

const MAP_HEIGHT = 560;
/** Around the drawn stops, at least this many degrees, so two stops a few kilometres apart still show land. */
const MIN_SPAN_DEGREES = 9;
/**
 * Outlines under a pixel wide need no round joins or caps (Plot's default): they cannot be seen, and resvg
 * builds them at every one of the outline's thousands of vertices.
 */
const HAIRLINE = { strokeLinejoin: 'bevel', strokeLinecap: 'butt' } as const;
/** Blank space the projection leaves around the view on every side, in pixels. */
const INSET = 30;

type Located = JourneyStop & { lat: number; lon: number; step: number };

/**
 * An equal-area conic centred on North America, at unit scale. Outlines are projected through it once per
 * process and level of detail (`planar`), so a map only scales, moves and crops flat shapes: spherical
 * clipping and projection of every point on every map was most of the time a map took to draw.
 */
const NORTH_AMERICA = geoConicEqualArea()
  .parallels([20, 50])
  .rotate([100, 0])
  .scale(1)
  .translate([0, 0])
  .precision(0);
const projected = new WeakMap<object, Feature>();
/** Planar bounds, [[x0, y0], [x1, y1]], of each projected outline. */
const planarBounds = new WeakMap<object, [[number, number], [number, number]]>();
const flatPath = geoPath(geoIdentity());

function planar<T extends Feature>(outline: T): T {
  const cached = projected.get(outline);
  if (cached !== undefined) return cached as T;
  const flat = geoProject(outline, NORTH_AMERICA);
  projected.set(outline, flat);
  planarBounds.set(flat, flatPath.bounds(flat));
  return flat;
}

/**
 * The outlines that reach into the drawn frame: Plot fits `view` into the frame less its inset, keeping its
 * proportions, so the frame shows the view's centre with this much around it. Outlines wholly outside were
 * projected, clipped and thrown away on every map (a quarter of a map's drawing time).
 */
function inFrame<T extends Feature>(outlines: readonly T[], view: object): T[] {
  const [[x0, y0], [x1, y1]] = flatPath.bounds(view as Parameters<typeof flatPath.bounds>[0]);
  const scale = Math.min(
    (PICTURE_WIDTH - 2 * INSET) / (x1 - x0 || 1),
    (MAP_HEIGHT - 2 * INSET) / (y1 - y0 || 1),
  );
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const [halfWidth, halfHeight] = [PICTURE_WIDTH / 2 / scale, MAP_HEIGHT / 2 / scale];
  return outlines.filter((outline) => {
    const bounds = planarBounds.get(outline);
    if (bounds === undefined) return true;
    const [[left, top], [right, bottom]] = bounds;
    return (
      right >= cx - halfWidth && left <= cx + halfWidth && bottom >= cy - halfHeight && top <= cy + halfHeight
    );
  });
}

/** A stop's position in the same planar units as the projected outlines. */
function place(lon: number, lat: number): [number, number] {
  return NORTH_AMERICA([lon, lat]) ?? [Number.NaN, Number.NaN];
}

/**
 * The route on country outlines (Natural Earth) and the borders between states and provinces, in an equal-area
 * conic projection centred on North America. Stops the data places are numbered dots joined by arrows in journey order; the
 * country of refuge is shaded and named. A stop without a position is named in the route line, not drawn.
 */
export function drawJourney(model: JourneyModel): Framed {
  const labels = pictureLabels(model.locale);
  const located: Located[] = [];
  model.stops.forEach((stop, index) => {
    if (stop.coordinates !== null) located.push({ ...stop, ...stop.coordinates, step: index + 1 });
  });
  const at = (stop: Located) => place(stop.lon, stop.lat);
  const lastInRefuge = located.at(-1)?.country === model.refugeCountry;
  // The view is first framed on the full outlines, then drawn on outlines simplified for its scale.
  const refugeInView = lastInRefuge ? undefined : outlines().mainland(model.refugeCountry);
  const domain = viewOf(located, refugeInView);
  const bounds = boundsOf(domain, refugeInView, located);
  const { near, country } = outlinesAt(degreesPerPixel(bounds));
  const refugeOutline = country(model.refugeCountry);
  const refuge = refugeOutline === undefined ? undefined : planar(refugeOutline);
  const nearby = near(around(bounds));
  const view = planarView(domain);
  const countries = inFrame(nearby.countries.map(planar), view);
  const borders = inFrame(nearby.borders.map(planar), view);
  const legs = located.slice(1).map((stop, index) => ({ from: located[index] as Located, to: stop }));

  const body = plotSvg({
    width: PICTURE_WIDTH,
    height: MAP_HEIGHT,
    margin: 0,
    projection: { type: () => geoIdentity(), domain: view, inset: INSET },
    marks: [
      Plot.geo(countries, {
        fill: (each: Feature) => (each === refuge ? '#dcefdc' : '#f1efe9'),
        // Each country's name as its path's <title>: what a reader of the SVG (and a test) can tell apart.
        title: (each: Feature<Geometry, { name: string }>) => each.properties.name,
        stroke: '#8a8a8a',
        strokeWidth: 0.8,
        ...HAIRLINE,
      }),
      Plot.geo(borders, { fill: 'none', stroke: '#c4c4c4', strokeWidth: 0.5, ...HAIRLINE }),
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
        x1: (leg: { from: Located }) => at(leg.from)[0],
        y1: (leg: { from: Located }) => at(leg.from)[1],
        x2: (leg: { to: Located }) => at(leg.to)[0],
        y2: (leg: { to: Located }) => at(leg.to)[1],
        stroke: '#c62828',
        strokeWidth: 2.5,
        bend: true,
        insetEnd: 7,
      }),
      Plot.dot(located, {
        x: (stop: Located) => at(stop)[0],
        y: (stop: Located) => at(stop)[1],
        r: 6,
        fill: '#c62828',
        stroke: 'white',
        strokeWidth: 1.5,
      }),
      // Neighbouring stops (Juarez and El Paso face each other) get their names on opposite sides.
      ...[1, 0].map((side) =>
        Plot.text(
          located.filter((stop) => stop.step % 2 === side),
          {
            x: (stop: Located) => at(stop)[0],
            y: (stop: Located) => at(stop)[1],
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
  const features: Feature[] = [];
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

/** Bounds of views that show a country's mainland, by that outline and the stops drawn beside it. */
const viewBounds = new WeakMap<object, Map<string, Box>>();
const MAX_VIEWS_PER_COUNTRY = 1_000;

/**
 * The view's bounding box in degrees. With the country of refuge in view this walks its mainland's whole outline (at
 * full detail: a tenth of a map's drawing time), so it is kept for the next map of the same stops.
 */
function boundsOf(
  domain: ReturnType<typeof viewOf>,
  refuge: Feature<Geometry> | undefined,
  located: readonly Located[],
): Box {
  const measure = () => geoBounds(domain as Parameters<typeof geoBounds>[0]) as Box;
  if (refuge === undefined) return measure();
  const key = located.map((stop) => `${stop.lon},${stop.lat}`).join(';');
  const known = viewBounds.get(refuge) ?? new Map<string, Box>();
  viewBounds.set(refuge, known);
  let bounds = known.get(key);
  if (bounds === undefined) {
    bounds = measure();
    if (known.size >= MAX_VIEWS_PER_COUNTRY) known.clear();
    known.set(key, bounds);
  }
  return bounds;
}

/** The view in planar units, through `planar`: the refuge's outline, the costly part, is projected once. */
function planarView(domain: ReturnType<typeof viewOf>) {
  return { type: 'FeatureCollection', features: domain.features.map(planar) };
}

/** How many degrees one pixel of the map's PNG spans, roughly: the view's extent over the drawn width or height. */
function degreesPerPixel([[west, south], [east, north]]: Box): number {
  const across = eastward(west, east) * Math.cos((((south + north) / 2) * Math.PI) / 180);
  const perUnit = Math.max(across / (PICTURE_WIDTH - 2 * INSET), (north - south) / (MAP_HEIGHT - 2 * INSET));
  return perUnit / PIXELS_PER_UNIT;
}

/** The view's bounding box (degrees) widened generously: the projected rectangle shows land beyond the box's corners. */
function around([[west, south], [east, north]]: Box): Box {
  const margin = Math.max(15, eastward(west, east) * 0.5);
  // A view across the antimeridian (geoBounds gives west > east) is near every longitude this box can say.
  if (west > east)
    return [
      [-180, Math.max(-90, south - margin)],
      [180, Math.min(90, north + margin)],
    ];
  return [
    [Math.max(-180, west - margin), Math.max(-90, south - margin)],
    [Math.min(180, east + margin), Math.min(90, north + margin)],
  ];
}

/** Degrees from `west` east to `east`: geoBounds gives west > east for a box across the antimeridian. */
function eastward(west: number, east: number): number {
  return west > east ? east - west + 360 : east - west;
}
