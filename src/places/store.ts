import { dataSource, onDataChange } from './data-source';
import type { Manifest, Place } from '../shared/place';
import { indexPlaces, type PlaceSet } from '../search/nearest';
import { buildCommuneIndex, type CommuneIndex } from '../search/commune-index';

/**
 * In-memory cache of what has been read through the data source, for one data version.
 * Each département file is fetched and indexed once.
 */
const deps = new Map<string, Promise<PlaceSet>>();
let communes: Promise<CommuneIndex> | undefined;
let francePlaces: Promise<Place[]> | undefined;
let generation = 0;

// A tab left open while a new data version is swapped in reads everything again from the new
// one: results never mix places of two versions.
onDataChange(() => {
  deps.clear();
  communes = undefined;
  francePlaces = undefined;
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

export function loadCommunes(): Promise<CommuneIndex> {
  if (!communes) {
    const loading = (communes = dataSource.communes().then(buildCommuneIndex));
    loading.catch(() => communes === loading && (communes = undefined));
  }
  return communes;
}

/** A place by id: first among the files already loaded, else in the France pack. */
export async function findPlace(id: string): Promise<Place | undefined> {
  for (const set of deps.values()) {
    const found = (await set.catch(() => undefined))?.places.find((p) => p.id === id);
    if (found) return found;
  }
  if (!francePlaces) {
    const loading = (francePlaces = dataSource.france());
    loading.catch(() => francePlaces === loading && (francePlaces = undefined));
  }
  return (await francePlaces).find((p) => p.id === id);
}
