import { dataSource, onDataChange } from './data-source';
import type { Commune, Manifest, Place } from '../shared/place';
import { indexPlaces, type PlaceSet } from '../search/nearest';
import { buildCommuneIndex, type CommuneIndex } from '../search/commune-index';

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

/** A place by id: first among the files already loaded, else in the France pack. */
export async function findPlace(id: string): Promise<Place | undefined> {
  for (const set of deps.values()) {
    const found = (await set.catch(() => undefined))?.places.find((p) => p.id === id);
    if (found) return found;
  }
  return (await loadFrance()).find((p) => p.id === id);
}
