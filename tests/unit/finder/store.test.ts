import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Commune, Manifest, Place } from '../../../src/shared/place';
import { place } from './fixtures';

// The data cache module resolves its URLs against the page's address when loaded.
vi.hoisted(() => {
  (globalThis as { location?: unknown }).location = { href: 'http://127.0.0.1/' };
});

const { adoptVersion, dataSource } = await import('../../../src/places/data-source');
const store = await import('../../../src/places/store');

const v1 = [place('v1-a', 49.5, 3.6, { dep: '02' })];
const v2 = [place('v2-a', 49.5, 3.6, { dep: '02' })];
const manifestV2 = { version: 'v2', generatedAt: '2024-09-01', files: [] } as unknown as Manifest;
const town = (name: string): Commune => ({ insee: '02408', name, dep: '02', postcodes: ['02000'], lat: 49.56, lon: 3.62, population: 1 });

afterEach(() => vi.restoreAllMocks());

describe('store: in-memory data follows the data version in use', () => {
  it('reads a département again after a new version is adopted, never the old copy', async () => {
    const read = vi.spyOn(dataSource, 'departement').mockResolvedValueOnce(v1).mockResolvedValueOnce(v2);
    expect((await store.loadDep('02')).places).toEqual(v1);
    expect((await store.loadDep('02')).places).toEqual(v1); // kept in memory: one read
    expect(read).toHaveBeenCalledTimes(1);
    adoptVersion(manifestV2);
    expect((await store.loadDep('02')).places).toEqual(v2);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('drops the gazetteer and the places looked up by id', async () => {
    vi.spyOn(dataSource, 'communes').mockResolvedValueOnce([town('Laon v1')]).mockResolvedValueOnce([town('Laon v2')]);
    vi.spyOn(dataSource, 'departement').mockResolvedValue([]);
    vi.spyOn(dataSource, 'france').mockResolvedValueOnce(v1).mockResolvedValueOnce(v2);
    expect((await store.loadCommunes()).byInsee('02408')?.name).toBe('Laon v1');
    expect(await store.findPlace('v1-a')).toBeDefined();
    adoptVersion(manifestV2);
    expect((await store.loadCommunes()).byInsee('02408')?.name).toBe('Laon v2');
    expect(await store.findPlace('v1-a')).toBeUndefined();
    expect(await store.findPlace('v2-a')).toBeDefined();
  });

  it('reads the gazetteer once for the town search, the kiosk picker and the map', async () => {
    adoptVersion(manifestV2);
    const read = vi.spyOn(dataSource, 'communes').mockResolvedValue([town('Laon')]);
    const [list, index] = await Promise.all([store.loadCommuneList(), store.loadCommunes()]);
    expect(index.byInsee('02408')).toBe(list[0]);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('a read begun before the change is not kept for the new version', async () => {
    let finishOld!: (places: Place[]) => void;
    vi.spyOn(dataSource, 'departement')
      .mockReturnValueOnce(new Promise((resolve) => (finishOld = resolve)))
      .mockResolvedValueOnce(v2);
    const old = store.loadDep('59');
    adoptVersion(manifestV2);
    finishOld(v1);
    await old;
    expect((await store.loadDep('59')).places).toEqual(v2);
  });

  it('counts versions, so a search that spans a change can tell', () => {
    const before = store.dataGeneration();
    adoptVersion(manifestV2);
    expect(store.dataGeneration()).toBe(before + 1);
  });
});
