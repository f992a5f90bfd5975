import { describe, expect, it } from 'vitest';
import { checkKept, type IndexReader } from '../../../src/favourites/check-kept';
import type { KeptPlace } from '../../../src/favourites/kept-store';
import { NotOnDeviceError } from '../../../src/device-data/not-on-device';
import type { DataFile, Manifest, Place } from '../../../src/shared/place';
import { place } from '../finder/fixtures';

const file = (dep: string): DataFile => ({ path: `dep-${dep}.json`, bytes: 1, sha256: '', type: 'departement', dep, count: 1, gzipBytes: 1 });
const manifest = (deps: string[], version = 'v2'): Manifest =>
  ({ version, generatedAt: '2024-09-15', sources: [], counts: { total: 0, byKind: {}, byDepartement: {} }, files: deps.map(file) }) as unknown as Manifest;

function index(deps: Record<string, Place[] | 'offline'>, version = 'v2'): IndexReader {
  return {
    manifest: async () => manifest(Object.keys(deps), version),
    loadDep: async (dep) => {
      const places = deps[dep];
      if (places === 'offline') throw new NotOnDeviceError(file(dep));
      return { places } as Awaited<ReturnType<IndexReader['loadDep']>>;
    },
  };
}

const laon = place('fs-1', 49.5641, 3.6199, { dep: '02', name: 'France services de Laon', address: { street: '2 rue Paul Doumer', postcode: '02000', commune: 'Laon' } });
const kept = (p: Place, extra: Partial<KeptPlace> = {}): KeptPlace => ({ id: p.id, place: p, keptAt: 1, seenAt: 1, ...extra });

describe('checkKept: what the index in use says of a kept place', () => {
  it('current, unchanged', async () => {
    expect(await checkKept(kept(laon), index({ '02': [laon] }))).toEqual({ state: 'current', place: laon, changed: false });
  });

  it('current with a new record: the new record is shown', async () => {
    const renamed = { ...laon, name: 'France services de Laon (v2)' };
    expect(await checkKept(kept(laon), index({ '02': [renamed] }))).toEqual({ state: 'current', place: renamed, changed: true });
  });

  it('gone from its département: says so with the saved record, and finds the record it was merged into', async () => {
    const merged = place('med-9', 49.5645, 3.6201, { dep: '02', name: 'France services Laon - espace numérique', address: { street: '2 rue Paul Doumer', commune: 'Laon' } });
    const library = place('bib-1', 49.5642, 3.62, { dep: '02', kind: 'mediatheque', name: 'Bibliothèque Suzanne Martinet', address: { street: 'Place Aubry', commune: 'Laon' } });
    const status = await checkKept(kept(laon), index({ '02': [library, merged] }));
    expect(status.state).toBe('gone');
    expect(status.place).toBe(laon);
    expect(status.state === 'gone' && status.successor?.place.id).toBe('med-9');
  });

  it('gone when the index has no file for its département at all', async () => {
    expect((await checkKept(kept(laon), index({ '75': [] }))).state).toBe('gone');
  });

  it('offline with the département not on the device: the saved record, not "gone"', async () => {
    expect(await checkKept(kept(laon), index({ '02': 'offline' }))).toEqual({ state: 'saved', place: laon });
  });

  it('offline, a place an earlier check found gone stays gone', async () => {
    expect((await checkKept(kept(laon, { goneIn: 'v2' }), index({ '02': 'offline' }))).state).toBe('gone');
  });

  it('no manifest at all (first visit offline): the saved record', async () => {
    const none: IndexReader = { manifest: () => Promise.reject(new TypeError('offline')), loadDep: () => Promise.reject(new Error('unused')) };
    expect((await checkKept(kept(laon), none)).state).toBe('saved');
  });
});
