// What the user keeps on the device, independent of any data version: areas are named by
// département codes, and resolved to content-hashed files through whichever manifest is in use.
// Pure functions: the version swap and clean-up rules are unit-tested on them.
import type { DataFile, Manifest } from '../shared/place';
import { REGIONS } from './regions';
import type { StoredArea } from './area-list';

export type AreaChoice = { type: 'departement'; code: string } | { type: 'region'; code: string } | { type: 'france' };

export const areaId = (choice: AreaChoice): string =>
  choice.type === 'france' ? 'france' : `${choice.type === 'region' ? 'region' : 'dep'}:${choice.code}`;

/** The département codes an area covers; undefined for the whole of France (one pack). */
export function depsOfArea(id: string): string[] | undefined {
  if (id === 'france') return undefined;
  const [type, code] = id.split(':');
  if (type === 'dep') return [code];
  return REGIONS.find((r) => r.code === code)?.deps ?? [];
}

/** The files of `manifest` that hold an area. */
export function filesOfArea(manifest: Manifest, id: string): DataFile[] {
  const deps = depsOfArea(id);
  if (!deps) return manifest.files.filter((f) => f.type === 'france');
  return manifest.files.filter((f) => f.type === 'departement' && f.dep !== undefined && deps.includes(f.dep));
}

/** Every file the device must hold for `manifest`: the gazetteer (town search) plus each area's files. */
export function neededFiles(manifest: Manifest, areas: StoredArea[]): DataFile[] {
  const byPath = new Map<string, DataFile>();
  for (const f of manifest.files) if (f.type === 'communes') byPath.set(f.path, f);
  for (const area of areas) for (const f of filesOfArea(manifest, area.id)) byPath.set(f.path, f);
  return [...byPath.values()];
}

/**
 * Files to download before `next` can be put in use. Names are content-hashed, so a file
 * unchanged between versions keeps its name and is not downloaded again.
 */
export function filesToDownload(next: Manifest, areas: StoredArea[], stored: ReadonlySet<string>): DataFile[] {
  return neededFiles(next, areas).filter((f) => !stored.has(f.path));
}

/**
 * Stored files that nothing needs under the manifest in use: left over from an older
 * version, from an interrupted update (staged but never swapped in) or from a deleted area.
 */
export function obsoletePaths(current: Manifest, areas: StoredArea[], stored: Iterable<string>): string[] {
  const keep = new Set(neededFiles(current, areas).map((f) => f.path));
  return [...stored].filter((path) => !keep.has(path));
}

/** Bytes a save would download (gzip, what the phone receives), not counting files already stored. */
export const downloadBytes = (files: DataFile[]) => files.reduce((sum, f) => sum + f.gzipBytes, 0);
/** Bytes the files take on the device (the Cache API stores them uncompressed). */
export const storedBytes = (files: DataFile[]) => files.reduce((sum, f) => sum + f.bytes, 0);
