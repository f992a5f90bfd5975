// Saving and deleting areas for offline use (?page=offline). A save downloads every missing
// file, then records the area; if it fails or is cancelled, only the files it added are
// removed, so what was saved before is never touched.
import type { GazetteerDirectory } from '../shared/gazetteer-pieces';
import type { DataFile, Manifest } from '../shared/place';
import { withArea, withoutArea, type StoredArea } from './area-list';
import { downloadBytes, filesOfArea, heldGazetteer, obsoletePaths } from './areas';
import { dataSource } from './source';
import { deletePaths, downloadFile, exclusive, readAreas, storedPaths, storeFile, writeAreas } from './cache';

export interface DeviceData {
  manifest: Manifest;
  /** The gazetteer's directory of that version: an area is saved with its towns. */
  directory: GazetteerDirectory;
  areas: StoredArea[];
  paths: Set<string>;
}

export async function readDeviceData(): Promise<DeviceData> {
  const [manifest, directory, areas, paths] = await Promise.all([dataSource.manifest(), dataSource.gazetteer(), readAreas(), storedPaths()]);
  return { manifest, directory, areas, paths };
}

/**
 * Files a save of `id` would download: the area's places and towns (for all of France, the whole
 * gazetteer), unless the whole gazetteer is already kept; the directory if missing.
 */
export function missingFiles({ manifest, directory, paths }: Pick<DeviceData, 'manifest' | 'directory' | 'paths'>, id: string): DataFile[] {
  const whole = heldGazetteer(directory, paths).whole;
  const files = [
    ...filesOfArea(manifest, id, directory).filter((f) => !(whole && f.type === 'gazetteer-dep')),
    ...manifest.files.filter((f) => f.type === 'gazetteer'),
  ];
  return files.filter((f) => !paths.has(f.path));
}

export interface Progress {
  /** Compressed bytes received (what the size shown before counts). */
  done: number;
  total: number;
}

export function saveArea(id: string, options: { signal: AbortSignal; onProgress: (p: Progress) => void }): Promise<void> {
  return exclusive(async () => {
    const files = missingFiles({ manifest: await dataSource.manifest(), directory: await dataSource.gazetteer(), paths: await storedPaths() }, id);
    const total = downloadBytes(files);
    const written: string[] = [];
    let done = 0;
    try {
      for (const file of files) {
        const onBytes = (n: number) => options.onProgress({ done: done + Math.min(1, n / file.bytes) * file.gzipBytes, total });
        const buffer = await downloadFile(file, { signal: options.signal, onBytes });
        options.signal.throwIfAborted();
        await storeFile(file.path, buffer);
        written.push(file.path);
        done += file.gzipBytes;
        options.onProgress({ done, total });
      }
      await writeAreas(withArea(await readAreas(), id, false, Date.now()));
    } catch (error) {
      await deletePaths(written).catch(() => undefined);
      throw error;
    }
  });
}

export function deleteArea(id: string): Promise<void> {
  return exclusive(async () => {
    const areas = withoutArea(await readAreas(), id);
    await writeAreas(areas);
    const [manifest, directory, stored] = await Promise.all([dataSource.manifest(), dataSource.gazetteer(), storedPaths()]);
    // The towns already on the device stay: town search keeps working offline.
    await deletePaths(obsoletePaths(manifest, areas, stored, { directory, held: heldGazetteer(directory, stored) }));
  });
}
