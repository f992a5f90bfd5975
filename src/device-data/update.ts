// Background data update: fetch manifest.json; stage every file the user keeps for that
// version; if it is a new version, swap the version pointer in one write. Until that write
// the old version stays whole and in use; a cut connection or a full disk simply leaves it
// so, and the next check resumes from the files already staged (their names are content-hashed).
// With an unchanged version the same steps complete what the device lacks — on a first visit,
// the gazetteer, so that town search works offline — and drop what nothing needs any more.
import { adoptVersion } from '../places/data-source';
import { filesToDownload, obsoletePaths } from './areas';
import {
  deletePaths,
  downloadFile,
  exclusive,
  fetchManifest,
  readAreas,
  readCurrent,
  storedPaths,
  storeFile,
  writeCurrent,
} from './data-cache';

export type UpdateResult = 'current' | 'updated';

export function checkForUpdate(): Promise<UpdateResult> {
  return exclusive(async () => {
    const next = await fetchManifest();
    const current = await readCurrent();
    const areas = await readAreas();
    // Staging: nothing reads these files until the pointer names them.
    for (const file of filesToDownload(next, areas, await storedPaths())) {
      await storeFile(file.path, await downloadFile(file));
    }
    const isNew = current?.version !== next.version;
    if (isNew) await writeCurrent(next);
    await deletePaths(obsoletePaths(next, areas, await storedPaths()));
    if (isNew) adoptVersion(next);
    return isNew ? 'updated' : 'current';
  });
}
