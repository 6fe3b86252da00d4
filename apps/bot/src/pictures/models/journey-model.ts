import type { Case, Place } from '@asylum-archive/core';
import { foldText } from '@asylum-archive/core';
import type { ArchiveData } from '../../archive/archive-data';
import { countryName } from '../../i18n/format';
import type { BotLocale } from '../../i18n/locale';

export type JourneyStop = {
  placeId: string;
  name: string;
  /** The state or region the place lies in, when the data says so ("Sonora"). */
  within: string | null;
  /** ISO 3166-1 alpha-2 code of the country the place is in, when the data says. */
  country: string | null;
  /** From the data; null when the data holds no position, and then the stop is named but not drawn. */
  coordinates: { lat: number; lon: number } | null;
};

export type JourneyModel = {
  kind: 'map';
  locale: BotLocale;
  title: string;
  stops: JourneyStop[];
  refugeCountry: string;
  refugeName: string;
};

/** Kinds of place that can be a stop on a route; states, regions and countries are too coarse to draw as one. */
const STOP_KINDS: ReadonlySet<Place['kind']> = new Set(['city', 'town', 'facility']);

/**
 * A case's journey as the data tells it, never guessed: the origin is the first city or town named in
 * the claimant's description (the person's, or the anonymous claimant's); the stops are the cities and
 * towns the events name, in event order, each at its first mention; the journey ends in the country of
 * refuge. Citation excerpts are not read: they name places in passing ("across the border from …").
 */
export function journeyModel(record: Case, data: ArchiveData, locale: BotLocale): JourneyModel {
  const matchers = placeMatchers(data.places);
  const claimantText =
    record.claimant === null
      ? (record.claimantDescription ?? '')
      : (data.person(record.claimant)?.description ?? '');
  const stops: JourneyStop[] = [];
  const seen = new Set<string>();
  const add = (place: Place) => {
    if (seen.has(place.id)) return;
    seen.add(place.id);
    const within = place.within === null ? undefined : data.places.find((other) => other.id === place.within);
    stops.push({
      placeId: place.id,
      name: place.name,
      within: within === undefined || within.kind === 'country' ? null : within.name,
      country: place.country,
      coordinates: place.coordinates,
    });
  };
  const origin = placesNamedIn(claimantText, matchers)[0];
  if (origin !== undefined) add(origin);
  for (const event of record.events)
    for (const place of placesNamedIn(event.description, matchers)) add(place);
  return {
    kind: 'map',
    locale,
    title: record.title,
    stops,
    refugeCountry: record.refugeCountry,
    refugeName: countryName(record.refugeCountry, locale),
  };
}

/** Whether the journey's last stop is already in the country of refuge (El Paso for a U.S. claim). */
export function endsInRefuge(model: JourneyModel): boolean {
  return model.stops.at(-1)?.country === model.refugeCountry;
}

/** Whether a map has anything to draw: at least one stop whose position the data holds. */
export function hasLocatedStop(model: JourneyModel): boolean {
  return model.stops.some((stop) => stop.coordinates !== null);
}

type PlaceMatcher = { place: Place; names: string[] };

const matcherCache = new WeakMap<readonly Place[], PlaceMatcher[]>();

function placeMatchers(places: readonly Place[]): PlaceMatcher[] {
  let matchers = matcherCache.get(places);
  if (matchers === undefined) {
    matchers = places
      .filter((place) => STOP_KINDS.has(place.kind))
      .map((place) => ({
        place,
        names: [place.name, ...place.aliases].map((name) => ` ${foldText(name)} `),
      }));
    matcherCache.set(places, matchers);
  }
  return matchers;
}

/** The stop-kind places a text names (whole words, accents and case ignored), in the order they appear. */
function placesNamedIn(text: string, matchers: readonly PlaceMatcher[]): Place[] {
  const folded = ` ${foldText(text)} `;
  const found: { place: Place; at: number }[] = [];
  for (const { place, names } of matchers) {
    const positions = names.map((name) => folded.indexOf(name)).filter((at) => at >= 0);
    if (positions.length > 0) found.push({ place, at: Math.min(...positions) });
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.place);
}
