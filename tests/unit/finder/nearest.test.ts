import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/shared/geo';
import type { DataFile, Place } from '../../../src/shared/place';
import { growingNearest } from '../../../src/search/grow';
import { indexPlaces, nearestIn, type PlaceSet } from '../../../src/search/nearest';
import { place } from './fixtures';

// A deterministic scatter over a 2°×2° square per département.
function scatter(dep: string, lat0: number, lon0: number, n: number, seed: number): Place[] {
  let s = seed;
  const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  return Array.from({ length: n }, (_, i) => place(`${dep}-${i}`, lat0 + rand() * 2, lon0 + rand() * 2, { dep }));
}

const deps: Record<string, Place[]> = {
  a: scatter('a', 46, 0, 50, 1),
  b: scatter('b', 46, 3, 50, 2),
  c: scatter('c', 43, 0, 3, 3),
  island: [place('island-0', 15.88, -61.31, { dep: 'island' })],
};
const files: DataFile[] = Object.entries(deps).map(([dep, places]) => {
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  return {
    path: `${dep}.json`, bytes: 0, sha256: '', gzipBytes: 0, type: 'departement', dep, count: places.length,
    bbox: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
  };
});
const all = Object.values(deps).flat();

function bruteForce(lat: number, lon: number, want: number, accept: (p: Place) => boolean = () => true) {
  return all
    .filter(accept)
    .map((p) => ({ id: p.id, km: distanceKm(lat, lon, p.lat, p.lon) }))
    .sort((x, y) => x.km - y.km)
    .slice(0, want)
    .map((h) => h.id);
}

function loader() {
  const loaded: string[] = [];
  const load = async (dep: string): Promise<PlaceSet> => {
    loaded.push(dep);
    return indexPlaces(deps[dep]);
  };
  return { loaded, load };
}

describe('nearest', () => {
  it('returns the nearest places in order', () => {
    const hits = nearestIn([indexPlaces(all)], 47, 1, 10);
    expect(hits.map((h) => h.place.id)).toEqual(bruteForce(47, 1, 10));
    expect(hits[0].km).toBeLessThanOrEqual(hits[9].km);
  });

  it('grows the radius and matches a brute-force search at many points', async () => {
    for (const [lat, lon] of [[47, 1], [46.1, 4.9], [44, 0.5], [43.1, 0.1], [48.5, 2]]) {
      const { load } = loader();
      const { hits } = await growingNearest({ files, load, lat, lon, want: 20 });
      expect(hits.map((h) => h.place.id)).toEqual(bruteForce(lat, lon, 20));
    }
  });

  it('loads only the département needed when it has enough places', async () => {
    const { load, loaded } = loader();
    await growingNearest({ files, load, lat: 47, lon: 1, want: 5 });
    expect(loaded).toEqual(['a']);
  });

  it('reaches an island alone in its file, then the mainland', async () => {
    const { load, loaded } = loader();
    const { hits } = await growingNearest({ files, load, lat: 15.9, lon: -61.3, want: 20 });
    expect(hits[0].place.id).toBe('island-0');
    expect(hits.map((h) => h.place.id)).toEqual(bruteForce(15.9, -61.3, 20));
    expect(loaded[0]).toBe('island');
  });

  it('applies a predicate and returns fewer when France has fewer', async () => {
    const { load } = loader();
    const accept = (p: Place) => p.id.endsWith('-0');
    const { hits } = await growingNearest({ files, load, lat: 47, lon: 1, want: 20, accept });
    expect(hits.map((h) => h.place.id)).toEqual(bruteForce(47, 1, 20, accept));
    expect(hits).toHaveLength(4);
  });
});
