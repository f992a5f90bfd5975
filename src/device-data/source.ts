import type { GazetteerBlock } from '../shared/gazetteer-codec';
import { GAZETTEER_FORMAT, GAZETTEER_VERSION } from '../shared/gazetteer-codec';
import { DIRECTORY_FORMAT, type GazetteerDirectory } from '../shared/gazetteer-pieces';
import type { DataFile, Manifest, Place } from '../shared/place';
import { withArea } from './area-list';
import {
  cacheAvailable,
  downloadFile,
  exclusive,
  fetchManifest,
  hasFile,
  parseJson,
  readAreas,
  readBytes,
  readCurrent,
  readFile,
  storedPaths,
  storeFile,
  writeAreas,
  writeCurrent,
} from './cache';
import { backgroundTurn } from './background';
import { findInPack } from './find-in-pack';
import { NotOnDeviceError } from './not-on-device';

export { NotOnDeviceError };

/**
 * The only way the app reads the index. Every file name in the manifest is content-hashed,
 * so once a manifest is chosen, everything read through it belongs to the same version.
 */
export interface DataSource {
  manifest(): Promise<Manifest>;
  departement(dep: string): Promise<Place[]>;
  /** A place by id in the France pack (parsed off the main thread); offline, in the départements kept. */
  placeInFrance(id: string): Promise<Place | undefined>;
  /** The gazetteer's directory of the version in use. */
  gazetteer(): Promise<GazetteerDirectory>;
  /** One gazetteer file (the whole or a piece, from the directory), as a block to decode. */
  gazetteerBlock(file: DataFile): Promise<GazetteerBlock>;
  /** Whether a file is on the device (no network involved). */
  onDevice(file: DataFile): Promise<boolean>;
  /** Paths of the data files on the device. */
  keptPaths(): Promise<Set<string>>;
}

/** A body that parsed but is not what its name says (a proxy's JSON, an old format) is refused, never kept. */
function checkBlock(block: GazetteerBlock, file: DataFile): GazetteerBlock {
  if (block?.format !== GAZETTEER_FORMAT || block.version !== GAZETTEER_VERSION || typeof block.n !== 'number') throw new Error(`not a gazetteer block: ${file.path}`);
  return block;
}
function checkDirectory(directory: GazetteerDirectory, file: DataFile): GazetteerDirectory {
  if (directory?.format !== DIRECTORY_FORMAT) throw new Error(`not a gazetteer directory: ${file.path}`);
  return directory;
}

/**
 * Offline first: the manifest "in use" is the one stored on the device (the version pointer);
 * files are read from the device, else downloaded (checked against the manifest) and kept, so
 * the area of a first search is there offline at once. A newer manifest is fetched in the
 * background by ./update.ts, which swaps the pointer only once every file is stored.
 */
function offlineDataSource(): DataSource {
  const fileOf = async (match: (f: DataFile) => boolean) => {
    const file = (await manifest()).files.find(match);
    if (!file) throw new Error('missing data file');
    return file;
  };

  /**
   * Device first, network second. What comes from the network is checked (`check` throws on a
   * body that is not what it should be), then kept in the background, its area recorded.
   */
  async function read<T>(file: DataFile, keepAs?: string, check: (value: T, file: DataFile) => T = (v) => v): Promise<T> {
    const stored = await readFile<T>(file.path).catch(() => undefined);
    if (stored) return stored;
    const buffer = await downloadFile(file).catch((error: unknown) => {
      throw error instanceof TypeError ? new NotOnDeviceError(file) : error;
    });
    const value = check(parseJson<T>(buffer), file);
    void keep(file, buffer, keepAs);
    return value;
  }

  let directory: Promise<GazetteerDirectory> | undefined;
  // A new version has its own directory.
  onDataChange(() => (directory = undefined));

  return {
    manifest,
    async departement(dep) {
      const file = await fileOf((f) => f.type === 'departement' && f.dep === dep);
      if (!(await hasFile(file.path))) {
        // The whole of France saved: one département is a slice of it, no download needed.
        const pack = (await manifest()).files.find((f) => f.type === 'france');
        if (pack && (await hasFile(pack.path))) return (await findInPack(pack.path, () => packBuffer(pack), { dep })) as Place[];
      }
      return read<Place[]>(file, `dep:${dep}`);
    },
    async placeInFrance(id) {
      const pack = await fileOf((f) => f.type === 'france');
      try {
        return (await findInPack(pack.path, () => packBuffer(pack), { id })) as Place | undefined;
      } catch (error) {
        // Offline without the France pack: the places of the départements kept are all there is.
        const m = await manifest();
        const paths = await storedPaths();
        const deps = m.files.filter((f) => f.type === 'departement' && paths.has(f.path));
        if (!deps.length) throw error;
        for (const f of deps) {
          const found = (await readFile<Place[]>(f.path))?.find((p) => p.id === id);
          if (found) return found;
        }
        return undefined;
      }
    },
    gazetteer() {
      if (!directory) {
        const loading = (directory = fileOf((f) => f.type === 'gazetteer').then((file) => read(file, undefined, checkDirectory)));
        loading.catch(() => directory === loading && (directory = undefined));
      }
      return directory;
    },
    gazetteerBlock: (file) => read(file, undefined, checkBlock),
    onDevice: (file) => hasFile(file.path),
    keptPaths: () => storedPaths(),
  };

  /**
   * The France pack's bytes, from the device or downloaded (then kept as an area only when the
   * user saves France). Never parsed here: 8 MB of JSON is a long task on a cheap phone.
   */
  async function packBuffer(pack: DataFile): Promise<ArrayBuffer> {
    const stored = await readBytes(pack.path).catch(() => undefined);
    if (stored) return stored;
    return downloadFile(pack).catch((error: unknown) => {
      throw error instanceof TypeError ? new NotOnDeviceError(pack) : error;
    });
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
  // First visit: the network's manifest becomes the version in use (and the first check need not fetch it again).
  const manifest = await fetchManifest();
  if (cacheAvailable()) await exclusive(() => writeCurrent(manifest)).catch(() => undefined);
  scheduleUpdateCheck(manifest);
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
/**
 * The update check. On a return visit its manifest is asked for two seconds after the first
 * read (the answer, or its failure, also tells the status strip whether the network is there);
 * its downloads — the whole gazetteer among them on a first visit, whose manifest is `fresh` —
 * wait for the background's turn, after the first screen's answer.
 */
function scheduleUpdateCheck(fresh?: Manifest) {
  if (checkScheduled || !cacheAvailable()) return;
  checkScheduled = true;
  const check = (next: Manifest) => void import('./update').then((u) => u.checkForUpdate(next)).catch(() => undefined);
  const fetchThenCheck = async () => {
    const next = await fetchManifest().catch(() => undefined);
    if (next) {
      await backgroundTurn();
      check(next);
    }
  };
  if (fresh) void backgroundTurn().then(() => check(fresh));
  else setTimeout(() => void fetchThenCheck(), 2000);
  addEventListener('online', () => void fetchThenCheck());
  // A kiosk or a tab left open for days still gets new data.
  setInterval(() => void fetchThenCheck(), 6 * 60 * 60 * 1000);
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
