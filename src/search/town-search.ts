// Town search on a first visit reads only the gazetteer piece a query needs (a name prefix's, a
// département's for a postcode or an INSEE code); once the whole gazetteer is on the device it
// answers alone, offline for any town. Both give the same answers: the pieces are cut so that
// each holds every commune a query can match (src/shared/gazetteer-pieces.ts), and the ranking is
// the same code.
import { buildCommuneIndex, rankByName, rankByPostcode, SUGGESTIONS, type CommuneMatch } from '../shared/commune-index';
import { decodeBlock, depOfInsee } from '../shared/gazetteer-codec';
import { allFile, depFile, leafKeys, nameAnswer, nameFile, postcodeDeps, type GazetteerDirectory } from '../shared/gazetteer-pieces';
import { measured } from '../shared/measure';
import { isPostcodeQuery, normalise } from '../shared/normalise';
import type { Commune } from '../shared/place';
import { dataSource, NotOnDeviceError, onDataChange } from '../device-data';
import { loadGazetteerDirectory, loadTownPiece, loadWholeGazetteer, type Gazetteer, type Towns } from '../places/store';

/** Communes already read (from any piece), by INSEE code: a town picked among suggestions needs no further download. */
const seen = new Map<string, Commune>();
const remember = (communes: Commune[]) => {
  for (const c of communes) seen.set(c.insee, c);
  return communes;
};
/** Their normalised names, for a search over what the device holds (townsOnDevice). */
const seenKeys = new Map<string, string>();
const rememberTowns = (towns: Towns) => {
  remember(towns.communes);
  towns.communes.forEach((c, i) => seenKeys.set(c.insee, towns.keys[i]!));
  return towns;
};

// Another data version may rename a town.
onDataChange(() => {
  seen.clear();
  seenKeys.clear();
});

/** The whole gazetteer when it is on the device (decoded once, in slices); undefined otherwise. */
async function wholeIfKept(directory: GazetteerDirectory): Promise<Gazetteer | undefined> {
  return (await dataSource.onDevice(allFile(directory)).catch(() => false)) ? loadWholeGazetteer() : undefined;
}

const tops = new WeakMap<GazetteerDirectory, { rows: Commune[]; leaves: Set<string> }>();
function directoryParts(directory: GazetteerDirectory) {
  let parts = tops.get(directory);
  if (!parts) tops.set(directory, (parts = { rows: remember(decodeBlock(directory.topRows)), leaves: new Set(leafKeys(directory)) }));
  return parts;
}

async function byName(directory: GazetteerDirectory, q: string, limit: number): Promise<Commune[]> {
  const { rows, leaves } = directoryParts(directory);
  const answer = nameAnswer(directory, leaves, q);
  if ('none' in answer) return [];
  if ('top' in answer) return directory.tops[answer.top]!.slice(0, limit).map((i) => rows[i]!);
  const { communes, keys } = rememberTowns(await loadTownPiece(nameFile(directory, answer.leaf)));
  return measured('suggest towns', () => rankByName(communes, keys, q, limit));
}

async function depTowns(directory: GazetteerDirectory, dep: string): Promise<Commune[]> {
  const file = depFile(directory, dep);
  return file ? rememberTowns(await loadTownPiece(file)).communes : [];
}

/**
 * Offline, when the piece a query needs is not on the device: the towns that are (the pieces
 * kept — a searched or saved département's towns among them — and those read in this page).
 */
async function townsOnDevice(directory: GazetteerDirectory): Promise<{ communes: Commune[]; keys: string[] }> {
  const kept = await dataSource.keptPaths();
  const pieces = [...Object.keys(directory.deps).map((dep) => depFile(directory, dep)!), ...leafKeys(directory).map((key) => nameFile(directory, key))];
  for (const file of pieces.filter((f) => kept.has(f.path))) await loadTownPiece(file).then(rememberTowns, () => undefined);
  const communes = [...seen.values()].sort((a, b) => (a.insee < b.insee ? -1 : 1));
  return { communes, keys: communes.map((c) => seenKeys.get(c.insee) ?? normalise(c.name)) };
}

export interface TownSuggestions {
  matches: CommuneMatch[];
  /** Offline without the piece the query needs: only towns already on the device were searched. */
  partial: boolean;
}

export async function suggestTowns(query: string, limit = SUGGESTIONS): Promise<TownSuggestions> {
  const directory = await loadGazetteerDirectory();
  const kept = await wholeIfKept(directory);
  if (kept) return { matches: measured('suggest towns', () => kept.index.suggest(query, limit)), partial: false };
  const postcode = isPostcodeQuery(query);
  try {
    if (postcode) {
      const deps = postcodeDeps(directory, query.replace(/\s/g, ''));
      if (!deps) return { matches: [], partial: false };
      const communes = (await Promise.all(deps.map((dep) => depTowns(directory, dep)))).flat();
      return { matches: measured('suggest towns', () => rankByPostcode(communes, query, limit)), partial: false };
    }
    const q = normalise(query);
    return { matches: (await byName(directory, q, limit)).map((commune) => ({ commune, postcode: commune.postcodes[0] })), partial: false };
  } catch (error) {
    if (!(error instanceof NotOnDeviceError)) throw error;
    const towns = await townsOnDevice(directory);
    if (!towns.communes.length) throw error;
    return { matches: measured('suggest towns', () => buildCommuneIndex(towns.communes, towns.keys).suggest(query, limit)), partial: true };
  }
}

/**
 * A commune by INSEE code (a `?commune=` link, a town picked). Its département's towns are read
 * either way: they are what the next offline visit to this search needs.
 */
export async function townByInsee(insee: string): Promise<Commune | undefined> {
  const directory = await loadGazetteerDirectory();
  const kept = await wholeIfKept(directory);
  if (kept) return kept.index.byInsee(insee);
  const towns = depTowns(directory, depOfInsee(insee));
  const known = seen.get(insee);
  if (known) {
    towns.catch(() => undefined); // offline without that piece: the picked town is still known
    return known;
  }
  return (await towns).find((c) => c.insee === insee);
}

/** Fetches the directory ahead of the first keystroke (small: about 9 KB). */
export const prepareTownSearch = () => loadGazetteerDirectory().then(() => undefined);
