// Saving and deleting areas for offline use (?page=offline). A save downloads every missing
// file, then records the area; if it fails or is cancelled, only the files it added are
// removed, so what was saved before is never touched.
import { dataSource } from '../places/data-source';
import type { DataFile, Manifest } from '../shared/place';
import { withArea, withoutArea, type StoredArea } from './area-list';
import { downloadBytes, filesOfArea, obsoletePaths } from './areas';
import { deletePaths, downloadFile, exclusive, readAreas, storedPaths, storeFile, writeAreas } from './data-cache';

export interface DeviceData {
  manifest: Manifest;
  areas: StoredArea[];
  paths: Set<string>;
}

export async function readDeviceData(): Promise<DeviceData> {
  const [manifest, areas, paths] = await Promise.all([dataSource.manifest(), readAreas(), storedPaths()]);
  return { manifest, areas, paths };
}

/** Files a save of `id` would download: the area's, plus the gazetteer if missing. */
export function missingFiles({ manifest, paths }: Pick<DeviceData, 'manifest' | 'paths'>, id: string): DataFile[] {
  const files = [...filesOfArea(manifest, id), ...manifest.files.filter((f) => f.type === 'communes')];
  return files.filter((f) => !paths.has(f.path));
}

export interface Progress {
  /** Compressed bytes received (what the size shown before counts). */
  done: number;
  total: number;
}

export function saveArea(id: string, options: { signal: AbortSignal; onProgress: (p: Progress) => void }): Promise<void> {
  return exclusive(async () => {
    const files = missingFiles({ manifest: await dataSource.manifest(), paths: await storedPaths() }, id);
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
    await deletePaths(obsoletePaths(await dataSource.manifest(), areas, await storedPaths()));
  });
}
