import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Commune, Manifest, Place } from '../../../src/shared/place';
import { encodeBlock } from '../../../src/shared/gazetteer-codec';
import type { GazetteerDirectory } from '../../../src/shared/gazetteer-pieces';
import { place } from './fixtures';

// The data cache module resolves its URLs against the page's address when loaded, and the
// connectivity module listens to the window's `online` event.
vi.hoisted(() => {
  (globalThis as { location?: unknown }).location = { href: 'http://127.0.0.1/' };
  (globalThis as { addEventListener?: unknown }).addEventListener ??= () => undefined;
});

const { adoptVersion, dataSource } = await import('../../../src/device-data/source');
const store = await import('../../../src/places/store');

const v1 = [place('v1-a', 49.5, 3.6, { dep: '02' })];
const v2 = [place('v2-a', 49.5, 3.6, { dep: '02' })];
const manifestV2 = { version: 'v2', generatedAt: '2024-09-01', files: [] } as unknown as Manifest;
const town = (name: string): Commune => ({ insee: '02408', name, dep: '02', postcodes: ['02000'], lat: 49.56, lon: 3.62, population: 1 });
const directory = { format: 'repere-gazetteer-index', version: 1, count: 1, all: ['0123456789', 1, 1], deps: {}, postcodes: {}, names: '', tops: {}, topRows: encodeBlock([]) } as unknown as GazetteerDirectory;

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

  it('drops the gazetteer after a new version is adopted', async () => {
    vi.spyOn(dataSource, 'gazetteer').mockResolvedValue(directory);
    vi.spyOn(dataSource, 'gazetteerBlock').mockResolvedValueOnce(encodeBlock([town('Laon v1')])).mockResolvedValueOnce(encodeBlock([town('Laon v2')]));
    expect((await store.loadWholeGazetteer()).index.byInsee('02408')?.name).toBe('Laon v1');
    expect((await store.loadWholeGazetteer()).index.byInsee('02408')?.name).toBe('Laon v1');
    adoptVersion(manifestV2);
    expect((await store.loadWholeGazetteer()).index.byInsee('02408')?.name).toBe('Laon v2');
  });

  it('reads the whole gazetteer once for the town search, the kiosk picker and the map', async () => {
    adoptVersion(manifestV2);
    vi.spyOn(dataSource, 'gazetteer').mockResolvedValue(directory);
    const read = vi.spyOn(dataSource, 'gazetteerBlock').mockResolvedValue(encodeBlock([town('Laon')]));
    const [list, whole] = await Promise.all([store.loadCommuneList(), store.loadWholeGazetteer()]);
    expect(whole.index.byInsee('02408')).toBe(list[0]);
    expect(whole.keys).toEqual(['laon']);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('looks a place up in the France pack only when asked, and again after a new version', async () => {
    vi.spyOn(dataSource, 'departement').mockResolvedValue([]);
    vi.spyOn(dataSource, 'placeInFrance').mockImplementation(async (id) => [...v1, ...v2].find((p) => p.id === id));
    expect(await store.findPlace('v1-a')).toBeDefined();
    expect(await store.findPlace('nowhere')).toBeUndefined();
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

  it('finds a shared place in the départements near the link origin without the France pack', async () => {
    const depFile = (dep: string, bbox: [number, number, number, number]) => ({ path: `dep/${dep}.json`, type: 'departement', dep, bbox, count: 1 });
    const files = [
      depFile('971', [-61.9, 15.8, -61, 16.6]),
      depFile('02', [3, 49, 4.2, 50]),
      depFile('59', [2, 50, 4.3, 51.1]),
      depFile('08', [4, 49.2, 5.4, 50.2]),
      depFile('51', [3.4, 48.5, 5, 49.4]),
      depFile('80', [1.4, 49.6, 3.2, 50.4]),
    ];
    adoptVersion({ version: 'v3', generatedAt: '2024-09-01', files } as unknown as Manifest);
    const read = vi.spyOn(dataSource, 'departement').mockImplementation(async (dep) => [place(`p-${dep}`, 49.5, 3.6, { dep })]);
    const france = vi.spyOn(dataSource, 'placeInFrance').mockImplementation(async (id) => (id === 'far-away' ? place('far-away', 16.2, -61.5, { dep: '971' }) : undefined));
    // Laon: 02 holds the point; 51, 08 and 80 are the next nearest; 59 and 971 are further.
    expect((await store.findPlace('p-80', { lat: 49.56, lon: 3.62 }))?.dep).toBe('80');
    expect(read.mock.calls.map(([dep]) => dep).sort()).toEqual(['02', '08', '51', '80']);
    expect(france).not.toHaveBeenCalled();
    // Not among the nearest: the France pack still answers.
    expect((await store.findPlace('far-away', { lat: 49.56, lon: 3.62 }))?.dep).toBe('971');
    expect(france).toHaveBeenCalledTimes(1);
  });
});
