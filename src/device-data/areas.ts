// What the user keeps on the device, independent of any data version: areas are named by
// département codes, and resolved to content-hashed files through whichever manifest is in use.
// Pure functions: the version swap and clean-up rules are unit-tested on them.
import { allFile, depFile, leafKeys, nameFile, type GazetteerDirectory } from '../shared/gazetteer-pieces';
import type { DataFile, Manifest } from '../shared/place';
import { REGIONS } from '../shared/regions';
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

/** What of the gazetteer the device holds, under the directory it was read from (see heldGazetteer). */
export interface HeldGazetteer {
  /** The whole gazetteer: every piece is then redundant. */
  whole: boolean;
  deps: string[];
  /** Name pieces, by key. */
  names: string[];
}

/** The gazetteer of a version and what the device holds of it: the pieces follow from one version to the next by key. */
export interface GazetteerHolding {
  directory: GazetteerDirectory;
  held: HeldGazetteer;
}

export const NOTHING_HELD: HeldGazetteer = { whole: false, deps: [], names: [] };

/** The pieces of `directory` found among `stored` paths. */
export function heldGazetteer(directory: GazetteerDirectory, stored: ReadonlySet<string>): HeldGazetteer {
  return {
    whole: stored.has(allFile(directory).path),
    deps: Object.keys(directory.deps).filter((dep) => stored.has(depFile(directory, dep)!.path)),
    names: leafKeys(directory).filter((key) => stored.has(nameFile(directory, key).path)),
  };
}

/**
 * The gazetteer files to keep: the whole file when the device has it (or keeps all of France),
 * else the pieces it holds and the towns of each kept area's départements. A name piece whose key
 * a new version no longer has is dropped (its towns come back with the whole file or a search).
 */
export function gazetteerFiles({ directory, held }: GazetteerHolding, areas: StoredArea[]): DataFile[] {
  if (held.whole || areas.some((a) => a.id === 'france')) return [allFile(directory)];
  const deps = new Set([...held.deps, ...areas.flatMap((a) => depsOfArea(a.id) ?? [])]);
  const leaves = new Set(leafKeys(directory));
  return [
    ...[...deps].sort().flatMap((dep) => depFile(directory, dep) ?? []),
    ...held.names.filter((key) => leaves.has(key)).map((key) => nameFile(directory, key)),
  ];
}

/** The files of `manifest` that hold an area, with the towns of its départements when the gazetteer is given. */
export function filesOfArea(manifest: Manifest, id: string, directory?: GazetteerDirectory): DataFile[] {
  const deps = depsOfArea(id);
  if (!deps) return [...manifest.files.filter((f) => f.type === 'france'), ...(directory ? [allFile(directory)] : [])];
  return [
    ...manifest.files.filter((f) => f.type === 'departement' && f.dep !== undefined && deps.includes(f.dep)),
    ...(directory ? deps.flatMap((dep) => depFile(directory, dep) ?? []) : []),
  ];
}

/**
 * Every file the device must hold for `manifest`: the gazetteer's directory, each area's files,
 * and the gazetteer files held (gazetteerFiles).
 */
export function neededFiles(manifest: Manifest, areas: StoredArea[], gazetteer?: GazetteerHolding): DataFile[] {
  const byPath = new Map<string, DataFile>();
  for (const f of manifest.files) if (f.type === 'gazetteer') byPath.set(f.path, f);
  for (const area of areas) for (const f of filesOfArea(manifest, area.id)) byPath.set(f.path, f);
  if (gazetteer) for (const f of gazetteerFiles(gazetteer, areas)) byPath.set(f.path, f);
  return [...byPath.values()];
}

/**
 * Files to download before `next` can be put in use. Names are content-hashed, so a file
 * unchanged between versions keeps its name and is not downloaded again.
 */
export function filesToDownload(next: Manifest, areas: StoredArea[], stored: ReadonlySet<string>, gazetteer?: GazetteerHolding): DataFile[] {
  return neededFiles(next, areas, gazetteer).filter((f) => !stored.has(f.path));
}

/**
 * Stored files that nothing needs under the manifest in use: left over from an older
 * version, from an interrupted update (staged but never swapped in) or from a deleted area.
 */
export function obsoletePaths(current: Manifest, areas: StoredArea[], stored: Iterable<string>, gazetteer?: GazetteerHolding): string[] {
  const keep = new Set(neededFiles(current, areas, gazetteer).map((f) => f.path));
  return [...stored].filter((path) => !keep.has(path));
}

/** Bytes a save would download (gzip, what the phone receives), not counting files already stored. */
export const downloadBytes = (files: DataFile[]) => files.reduce((sum, f) => sum + f.gzipBytes, 0);
/** Bytes the files take on the device (the Cache API stores them uncompressed). */
export const storedBytes = (files: DataFile[]) => files.reduce((sum, f) => sum + f.bytes, 0);
