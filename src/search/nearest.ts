import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { distanceKm } from '../shared/geo';
import type { Place } from '../shared/place';

/** Places of one file with their spatial index (kdbush: typed arrays, built in ~1 ms per 1 000 places). */
export interface PlaceSet {
  places: Place[];
  index: KDBush;
}

export interface Hit {
  place: Place;
  /** Straight-line ("à vol d'oiseau") distance from the search origin. */
  km: number;
}

export function indexPlaces(places: Place[]): PlaceSet {
  const index = new KDBush(Math.max(1, places.length));
  for (const p of places) index.add(p.lon, p.lat);
  index.finish();
  return { places, index };
}

/** The `want` nearest places over several sets, nearest first; ties keep the sets' order. */
export function nearestIn(
  sets: PlaceSet[],
  lat: number,
  lon: number,
  want: number,
  accept: (p: Place) => boolean = () => true,
  maxKm = Infinity,
): Hit[] {
  const hits: Hit[] = [];
  for (const set of sets) {
    if (set.places.length === 0) continue;
    const ids = around(set.index, lon, lat, want, maxKm, (i: number) => accept(set.places[i]));
    for (const i of ids) {
      const place = set.places[i];
      hits.push({ place, km: distanceKm(lat, lon, place.lat, place.lon) });
    }
  }
  hits.sort((a, b) => a.km - b.km || (a.place.id < b.place.id ? -1 : a.place.id > b.place.id ? 1 : 0));
  return hits.slice(0, want);
}

/** All places of the sets within `km`, for the filter counts. */
export function withinKm(sets: PlaceSet[], lat: number, lon: number, km: number): Place[] {
  return sets.flatMap((set) => (set.places.length ? around(set.index, lon, lat, Infinity, km).map((i: number) => set.places[i]) : []));
}
