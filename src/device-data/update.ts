// Background data update: fetch manifest.json; stage every file the user keeps for that
// version; if it is a new version, swap the version pointer in one write. Until that write
// the old version stays whole and in use; a cut connection or a full disk simply leaves it
// so, and the next check resumes from the files already staged (their names are content-hashed).
// With an unchanged version the same steps complete what the device lacks — on a first visit,
// the whole gazetteer when the connection allows, so that town search works offline for any
// town — and drop what nothing needs any more (the gazetteer's pieces, once the whole is kept).
import type { GazetteerDirectory } from '../shared/gazetteer-pieces';
import { allFile } from '../shared/gazetteer-pieces';
import type { Manifest } from '../shared/place';
import { filesToDownload, heldGazetteer, NOTHING_HELD, obsoletePaths, type GazetteerHolding } from './areas';
import { deletePaths, downloadFile, exclusive, fetchManifest, parseJson, readAreas, readCurrent, readFile, storedPaths, storeFile, writeCurrent } from './cache';
import { bulkAllowed } from './connectivity';
import { adoptVersion } from './source';

export type UpdateResult = 'current' | 'updated';

/** The gazetteer directory of `manifest`, from the device or the network (it is small, and kept). */
async function directoryOf(manifest: Manifest): Promise<GazetteerDirectory | undefined> {
  const file = manifest.files.find((f) => f.type === 'gazetteer');
  if (!file) return undefined;
  const stored = await readFile<GazetteerDirectory>(file.path);
  if (stored) return stored;
  const buffer = await downloadFile(file);
  await storeFile(file.path, buffer);
  return parseJson<GazetteerDirectory>(buffer);
}

/** `fetched`: the network's manifest, fetched moments ago (fetched now when not given). */
export function checkForUpdate(fetched?: Manifest): Promise<UpdateResult> {
  return exclusive(async () => {
    const next = fetched ?? (await fetchManifest());
    const current = await readCurrent();
    const areas = await readAreas();
    let stored = await storedPaths();
    // What the device holds of the gazetteer, read under the directory in use, carries over by key.
    const currentDirectory = current ? await readFile<GazetteerDirectory>(current.files.find((f) => f.type === 'gazetteer')?.path ?? '') : undefined;
    const held = currentDirectory ? heldGazetteer(currentDirectory, stored) : NOTHING_HELD;
    const nextDirectory = await directoryOf(next);
    // Town search offline for any town: the whole gazetteer, when the connection allows.
    const wantWhole = held.whole || bulkAllowed();
    const holding: GazetteerHolding | undefined = nextDirectory && { directory: nextDirectory, held: { ...held, whole: wantWhole } };
    stored = await storedPaths();
    // Staging: nothing reads these files until the pointer names them.
    for (const file of filesToDownload(next, areas, stored, holding)) await storeFile(file.path, await downloadFile(file));
    const isNew = current?.version !== next.version;
    if (isNew) await writeCurrent(next);
    stored = await storedPaths();
    const kept = holding && { ...holding, held: { ...holding.held, whole: stored.has(allFile(holding.directory).path) } };
    await deletePaths(obsoletePaths(next, areas, stored, kept));
    if (isNew) adoptVersion(next);
    return isNew ? 'updated' : 'current';
  });
}
