import { dataSource, onDataChange } from './data-source';
import type { Commune, Manifest, Place } from '../shared/place';
import { indexPlaces, type PlaceSet } from '../search/nearest';
import { buildCommuneIndex, type CommuneIndex } from '../search/commune-index';
import { depsByDistance } from '../search/grow';

/**
 * In-memory cache of what has been read through the data source, for one data version.
 * Each file is fetched and parsed once, whoever asks for it.
 */
const deps = new Map<string, Promise<PlaceSet>>();
const cached: (() => void)[] = [];
let generation = 0;

/**
 * One read shared by every caller until the data version changes. A failed read is forgotten
 * so that it may be retried, unless another version's read has already taken its place.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  cached.push(() => (value = undefined));
  return () => {
    if (!value) {
      const loading = (value = load());
      loading.catch(() => value === loading && (value = undefined));
    }
    return value;
  };
}

// A tab left open while a new data version is swapped in reads everything again from the new
// one: results never mix places of two versions.
onDataChange(() => {
  deps.clear();
  cached.forEach((forget) => forget());
  generation++;
});

/** Changes with each data version adopted: a search that spans a change runs again. */
export const dataGeneration = () => generation;

export const loadManifest = (): Promise<Manifest> => dataSource.manifest();

export function loadDep(dep: string): Promise<PlaceSet> {
  let set = deps.get(dep);
  if (!set) {
    set = dataSource.departement(dep).then(indexPlaces);
    deps.set(dep, set);
    // A failed fetch may be retried (unless the entry is already another version's).
    set.catch(() => deps.get(dep) === set && deps.delete(dep));
  }
  return set;
}

/**
 * The gazetteer as read (~35 000 communes, a file of several MB): the town search, the kiosk's
 * town picker and the map's town names all share this one copy.
 */
export const loadCommuneList: () => Promise<Commune[]> = once(() => dataSource.communes());

export const loadCommunes: () => Promise<CommuneIndex> = once(() => loadCommuneList().then(buildCommuneIndex));

const loadFrance = once(() => dataSource.france());

/**
 * A shared link (?near=…&place=ID) names a place among the nearest to its origin: on a fresh
 * page, the few départements nearest the origin (median 11 KB gzip each, 32 KB at most) usually hold it, where the
 * France pack is 1.2 MB gzip — a long wait on a weak mobile signal.
 */
const NEAR_DEPS = 4;

/** A place by id: among the files already loaded, then near the origin if known, else in the France pack. */
export async function findPlace(id: string, near?: { lat: number; lon: number }): Promise<Place | undefined> {
  const find = (sets: (PlaceSet | undefined)[]) => sets.flatMap((set) => set?.places ?? []).find((p) => p.id === id || p.aliases?.includes(id));
  const loaded = find(await Promise.all([...deps.values()].map((set) => set.catch(() => undefined))));
  if (loaded) return loaded;
  if (near) {
    const nearest = depsByDistance((await loadManifest()).files, near.lat, near.lon).slice(0, NEAR_DEPS);
    const found = find(await Promise.all(nearest.map((d) => loadDep(d.dep).catch(() => undefined))));
    if (found) return found;
  }
  return (await loadFrance()).find((p) => p.id === id || p.aliases?.includes(id));
}
