import type { Commune, DataFile, Manifest, Place } from '../shared/place';
import {
  cacheAvailable,
  downloadFile,
  exclusive,
  fetchManifest,
  hasFile,
  parseJson,
  readAreas,
  readCurrent,
  readFile,
  storedPaths,
  storeFile,
  writeAreas,
  writeCurrent,
} from '../offline/data-cache';
import { withArea } from '../offline/area-list';
import { NotOnDeviceError } from './not-on-device';

export { NotOnDeviceError };

/**
 * The only way the app reads the index. Every file name in the manifest is content-hashed,
 * so once a manifest is chosen, everything read through it belongs to the same version.
 */
export interface DataSource {
  manifest(): Promise<Manifest>;
  departement(dep: string): Promise<Place[]>;
  france(): Promise<Place[]>;
  communes(): Promise<Commune[]>;
}

/**
 * Offline first: the manifest "in use" is the one stored on the device (the version pointer);
 * files are read from the device, else downloaded (checked against the manifest) and kept, so
 * the area of a first search is there offline at once. A newer manifest is fetched in the
 * background by src/offline/updater.ts, which swaps the pointer only once every file is stored.
 */
function offlineDataSource(): DataSource {
  let france: Promise<Place[]> | undefined;

  const fileOf = async (match: (f: DataFile) => boolean) => {
    const file = (await manifest()).files.find(match);
    if (!file) throw new Error('missing data file');
    return file;
  };

  /** Device first, network second; what comes from the network is kept in the background. */
  async function read<T>(file: DataFile, keepAs?: string): Promise<T> {
    const stored = await readFile<T>(file.path).catch(() => undefined);
    if (stored) return stored;
    const buffer = await downloadFile(file).catch((error: unknown) => {
      throw error instanceof TypeError ? new NotOnDeviceError(file) : error;
    });
    void keep(file, buffer, keepAs);
    return parseJson<T>(buffer);
  }

  return {
    manifest,
    async departement(dep) {
      const file = await fileOf((f) => f.type === 'departement' && f.dep === dep);
      if (!(await hasFile(file.path))) {
        // The whole of France saved: one département is a slice of it, no download needed.
        const pack = (await manifest()).files.find((f) => f.type === 'france');
        if (pack && (await hasFile(pack.path))) return (await franceFrom(pack)).filter((p) => p.dep === dep);
      }
      return read<Place[]>(file, `dep:${dep}`);
    },
    async france() {
      const pack = await fileOf((f) => f.type === 'france');
      try {
        return await franceFrom(pack);
      } catch (error) {
        // Offline without the France pack: the places of the départements kept are all there is.
        const m = await manifest();
        const paths = await storedPaths();
        const deps = m.files.filter((f) => f.type === 'departement' && paths.has(f.path));
        if (!deps.length) throw error;
        return (await Promise.all(deps.map((f) => readFile<Place[]>(f.path)))).flatMap((places) => places ?? []);
      }
    },
    communes: async () => read<Commune[]>(await fileOf((f) => f.type === 'communes')),
  };

  function franceFrom(pack: DataFile): Promise<Place[]> {
    if (!france) {
      france = read<Place[]>(pack, 'france');
      france.catch(() => (france = undefined));
    }
    return france;
  }
}

async function keep(file: DataFile, buffer: ArrayBuffer, areaId?: string) {
  if (!cacheAvailable()) return;
  try {
    await exclusive(async () => {
      await storeFile(file.path, buffer);
      if (areaId) await writeAreas(withArea(await readAreas(), areaId, true, Date.now()));
    });
  } catch {
    // A full disk must not break a search: the data came from the network and is in memory.
  }
}

let active: Promise<Manifest> | undefined;
const listeners = new Set<(manifest: Manifest) => void>();

async function loadActive(): Promise<Manifest> {
  const current = await readCurrent().catch(() => undefined);
  if (current) {
    scheduleUpdateCheck();
    return current;
  }
  // First visit: the network's manifest becomes the version in use.
  const manifest = await fetchManifest();
  if (cacheAvailable()) await exclusive(() => writeCurrent(manifest)).catch(() => undefined);
  scheduleUpdateCheck();
  return manifest;
}

function manifest(): Promise<Manifest> {
  if (!active) {
    active = loadActive();
    active.catch(() => (active = undefined));
  }
  return active;
}

let checkScheduled = false;
/** After the first results, never before them: the check and its downloads wait a few seconds. */
function scheduleUpdateCheck() {
  if (checkScheduled || !cacheAvailable()) return;
  checkScheduled = true;
  const check = () => void import('../offline/updater').then((u) => u.checkForUpdate()).catch(() => undefined);
  setTimeout(check, 2000);
  addEventListener('online', check);
  // A kiosk or a tab left open for days still gets new data.
  setInterval(check, 6 * 60 * 60 * 1000);
}

/** Called by the updater once a new version is stored and swapped in: later reads use it. */
export function adoptVersion(next: Manifest) {
  active = Promise.resolve(next);
  listeners.forEach((listener) => listener(next));
}

/** Notified when a new data version is in use (e.g. to show its date, or search again). */
export function onDataChange(listener: (manifest: Manifest) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The app's data source. Callers only see DataSource. */
export const dataSource: DataSource = offlineDataSource();
