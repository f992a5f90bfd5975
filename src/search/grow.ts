import { distanceKm } from '../shared/geo';
import { measured } from '../shared/measure';
import type { DataFile, Place } from '../shared/place';
import { NotOnDeviceError } from '../device-data';
import { nearestIn, type Hit, type PlaceSet } from './nearest';

export interface DepDistance {
  dep: string;
  /** Lower bound of the distance from the origin to any place of the file. */
  km: number;
}

/**
 * Lower bound of the distance to a lon/lat box: the distance to the clamped point,
 * shaved by 1 % + 1 km because on a sphere the closest point of a meridian edge lies
 * slightly poleward of the clamped one.
 */
export function bboxDistanceKm(lat: number, lon: number, [minLon, minLat, maxLon, maxLat]: [number, number, number, number]): number {
  const cLat = Math.min(maxLat, Math.max(minLat, lat));
  const cLon = Math.min(maxLon, Math.max(minLon, lon));
  if (cLat === lat && cLon === lon) return 0;
  return Math.max(0, distanceKm(lat, lon, cLat, cLon) * 0.99 - 1);
}

export function depsByDistance(files: DataFile[], lat: number, lon: number): DepDistance[] {
  return files
    .filter((f) => f.type === 'departement' && f.dep && f.bbox && f.count > 0)
    .map((f) => ({ dep: f.dep!, km: bboxDistanceKm(lat, lon, f.bbox!) }))
    .sort((a, b) => a.km - b.km);
}

export interface GrowResult {
  hits: Hit[];
  /** Every loaded set (the search area), for filter counts. */
  sets: PlaceSet[];
  /** True when every file was searched. */
  complete: boolean;
  /** Départements the search needed but could not read: not on the device and no network. */
  missing: string[];
}

/**
 * Nearest `want` places, loading département files in order of distance until no
 * unloaded file can hold a nearer one — the radius grows until there are enough results
 * or the whole of France has been searched (islands and rural areas included).
 * Files load in growing batches (1, 2, 4…) so a rare filter does not mean 100 round trips.
 * Offline, a département not saved on the device is left out (listed in `missing`) so the
 * places that are there still show; any other error fails the search.
 */
export async function growingNearest(options: {
  files: DataFile[];
  load: (dep: string) => Promise<PlaceSet>;
  lat: number;
  lon: number;
  want: number;
  accept?: (p: Place) => boolean;
}): Promise<GrowResult> {
  const { lat, lon, want, accept, load } = options;
  const order = depsByDistance(options.files, lat, lon);
  const sets: PlaceSet[] = [];
  const missing: string[] = [];
  const tryLoad = (dep: string) =>
    load(dep).catch((error: unknown) => {
      if (!(error instanceof NotOnDeviceError)) throw error;
      missing.push(dep);
      return undefined;
    });
  let next = 0;
  let batch = 1;
  for (;;) {
    // The files whose box holds the origin (distance 0) all come in the first batch.
    let end = Math.min(order.length, next + batch);
    while (end < order.length && order[end].km === 0) end++;
    for (const set of await Promise.all(order.slice(next, end).map((d) => tryLoad(d.dep)))) if (set) sets.push(set);
    next = end;
    batch *= 2;
    const frontier = next < order.length ? order[next].km : Infinity;
    const hits = measured('nearest', () => nearestIn(sets, lat, lon, want, accept));
    const enough = hits.length >= want && hits[want - 1].km <= frontier;
    if (enough || next >= order.length) return { hits, sets, complete: next >= order.length, missing };
  }
}
