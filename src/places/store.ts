import { dataSource } from './data-source';
import type { Manifest, Place } from '../shared/place';
import { indexPlaces, type PlaceSet } from '../search/nearest';
import { buildCommuneIndex, type CommuneIndex } from '../search/commune-index';

/**
 * In-memory cache of what has been read through the data source, for this page's life.
 * Each département file is fetched and indexed once.
 */
const deps = new Map<string, Promise<PlaceSet>>();
let communes: Promise<CommuneIndex> | undefined;
let francePlaces: Promise<Place[]> | undefined;

export const loadManifest = (): Promise<Manifest> => dataSource.manifest();

export function loadDep(dep: string): Promise<PlaceSet> {
  let set = deps.get(dep);
  if (!set) {
    set = dataSource.departement(dep).then(indexPlaces);
    set.catch(() => deps.delete(dep)); // a failed fetch may be retried
    deps.set(dep, set);
  }
  return set;
}

export function loadCommunes(): Promise<CommuneIndex> {
  if (!communes) {
    communes = dataSource.communes().then(buildCommuneIndex);
    communes.catch(() => (communes = undefined));
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
    francePlaces = dataSource.france();
    francePlaces.catch(() => (francePlaces = undefined));
  }
  return (await francePlaces).find((p) => p.id === id);
}
