import { dataSource, onDataChange } from '../device-data';
import { buildCommuneIndex, type CommuneIndex } from '../shared/commune-index';
import { blockReader, type GazetteerBlock } from '../shared/gazetteer-codec';
import { allFile, type GazetteerDirectory } from '../shared/gazetteer-pieces';
import { measured } from '../shared/measure';
import { normalise } from '../shared/normalise';
import type { Commune, DataFile, Manifest, Place } from '../shared/place';
import { indexPlaces, type PlaceSet } from '../search/nearest';
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
  pieces.clear();
  cached.forEach((forget) => forget());
  generation++;
});

/** Changes with each data version adopted: a search that spans a change runs again. */
export const dataGeneration = () => generation;

export const loadManifest = (): Promise<Manifest> => dataSource.manifest();

export function loadDep(dep: string): Promise<PlaceSet> {
  let set = deps.get(dep);
  if (!set) {
    set = dataSource.departement(dep).then((places) => measured('index places', () => indexPlaces(places)));
    deps.set(dep, set);
    // A failed fetch may be retried (unless the entry is already another version's).
    set.catch(() => deps.get(dep) === set && deps.delete(dep));
  }
  return set;
}

export const loadGazetteerDirectory: () => Promise<GazetteerDirectory> = once(() => dataSource.gazetteer());

export interface Towns {
  communes: Commune[];
  /** normalise(communes[i].name), computed once. */
  keys: string[];
  byInsee: Map<string, Commune>;
}

export interface Gazetteer extends Towns {
  index: CommuneIndex;
}

/** Rows per task: a few milliseconds each on a slow phone (decoding and normalising the names). */
const SLICE = 300;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A gazetteer block decoded in slices, so that no task is long even for the whole of France (~35 000 communes). */
async function decodeTowns(block: GazetteerBlock): Promise<Towns> {
  const reader = blockReader(block);
  const towns: Towns = { communes: [], keys: [], byInsee: new Map() };
  while (!reader.done) {
    await yieldToPage();
    measured('decode towns', () => {
      for (const c of reader.next(SLICE)) {
        towns.communes.push(c);
        towns.keys.push(normalise(c.name));
        towns.byInsee.set(c.insee, c);
      }
    });
  }
  return towns;
}

const pieces = new Map<string, Promise<Towns>>();

/** One small gazetteer piece (a département's towns, a name prefix's), decoded once. */
export function loadTownPiece(file: DataFile): Promise<Towns> {
  let piece = pieces.get(file.path);
  if (!piece) {
    piece = dataSource.gazetteerBlock(file).then(decodeTowns);
    pieces.set(file.path, piece);
    piece.catch(() => pieces.get(file.path) === piece && pieces.delete(file.path));
  }
  return piece;
}

/**
 * The whole gazetteer, read once: town search when it is on the device, the kiosk's town picker
 * and the map's town names all share this one copy.
 */
export const loadWholeGazetteer: () => Promise<Gazetteer> = once(async () => {
  const towns = await decodeTowns(await dataSource.gazetteerBlock(allFile(await loadGazetteerDirectory())));
  return { ...towns, index: buildCommuneIndex(towns.communes, towns.keys, towns.byInsee) };
});

export const loadCommuneList = (): Promise<Commune[]> => loadWholeGazetteer().then((g) => g.communes);

/**
 * A shared link (?near=…&place=ID) names a place among the nearest to its origin: on a fresh
 * page, the few départements nearest the origin (median 11 KB gzip each, 32 KB at most) usually hold it, where the
 * France pack is 1.2 MB gzip — a long wait on a weak mobile signal.
 */
const NEAR_DEPS = 4;

/** A place by id: among the files already loaded, then near the origin if known, else in the France pack (parsed off the main thread). */
export async function findPlace(id: string, near?: { lat: number; lon: number }): Promise<Place | undefined> {
  const find = (sets: (PlaceSet | undefined)[]) => sets.flatMap((set) => set?.places ?? []).find((p) => p.id === id || p.aliases?.includes(id));
  const loaded = find(await Promise.all([...deps.values()].map((set) => set.catch(() => undefined))));
  if (loaded) return loaded;
  if (near) {
    const nearest = depsByDistance((await loadManifest()).files, near.lat, near.lon).slice(0, NEAR_DEPS);
    const found = find(await Promise.all(nearest.map((d) => loadDep(d.dep).catch(() => undefined))));
    if (found) return found;
  }
  return dataSource.placeInFrance(id);
}
