import { describe, expect, it } from 'vitest';
import type { DataSource } from '../../../src/device-data/source';
import { NotOnDeviceError } from '../../../src/device-data/not-on-device';
import { growingNearest } from '../../../src/search/grow';
import { indexPlaces } from '../../../src/search/nearest';
import type { DataFile, Manifest, Place } from '../../../src/shared/place';
import { place } from './fixtures';

// Two neighbouring départements side by side, 10 places each along a line of latitude.
const row = (dep: string, lon0: number) => Array.from({ length: 10 }, (_, i) => place(`${dep}-${i}`, 49.8, lon0 + i * 0.05, { dep }));
const places: Record<string, Place[]> = { '02': row('02', 3.3), '59': row('59', 2.8) };
const fileOf = (dep: string): DataFile => {
  const lons = places[dep].map((p) => p.lon);
  return { path: `dep/${dep}.json`, bytes: 0, sha256: '', gzipBytes: 0, type: 'departement', dep, count: 10, bbox: [Math.min(...lons), 49.8, Math.max(...lons), 49.8] };
};
const files = ['02', '59'].map(fileOf);

/** A device that has only `saved` and no network: like dataSource offline. */
function fakeSource(saved: string[], otherError?: Error): DataSource {
  return {
    manifest: async () => ({ files }) as unknown as Manifest,
    async departement(dep) {
      if (saved.includes(dep)) return places[dep];
      throw otherError ?? new NotOnDeviceError(fileOf(dep));
    },
    placeInFrance: async () => undefined,
    gazetteer: async () => {
      throw new Error('not used');
    },
    gazetteerBlock: async () => {
      throw new Error('not used');
    },
    onDevice: async () => false,
    keptPaths: async () => new Set(),
  };
}
const loadFrom = (source: DataSource) => (dep: string) => source.departement(dep).then(indexPlaces);

describe('growingNearest with départements missing from the device', () => {
  // Between the two: the nearest places of both are wanted.
  const origin = { lat: 49.8, lon: 3.29 };

  it('leaves a département not on the device out, keeps the others and names what is missing', async () => {
    const { hits, missing, complete } = await growingNearest({ files, load: loadFrom(fakeSource(['02'])), ...origin, want: 15 });
    expect(hits.map((h) => h.place.dep)).toEqual(Array(10).fill('02'));
    expect(hits[0].place.id).toBe('02-0');
    expect(missing).toEqual(['59']);
    expect(complete).toBe(true);
  });

  it('reports nothing missing when everything is there', async () => {
    const { hits, missing } = await growingNearest({ files, load: loadFrom(fakeSource(['02', '59'])), ...origin, want: 15 });
    expect(hits).toHaveLength(15);
    expect(missing).toEqual([]);
  });

  it('lets any other error through', async () => {
    const broken = new Error('bad checksum');
    await expect(growingNearest({ files, load: loadFrom(fakeSource(['02'], broken)), ...origin, want: 15 })).rejects.toBe(broken);
  });
});
