// "Mes lieux": the places a person keeps, on their own device only (IndexedDB, through idb).
// Never used on a kiosk: the UI does not call any of this in kiosk mode, so on a shared screen
// the database is neither created nor read.
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Place } from '../shared/place';

export const FAVOURITES_DB = 'repere-favourites';

export interface KeptPlace {
  id: string;
  /**
   * The full record as last seen in the index: what "Mes lieux" and the place page show when the
   * index cannot be read (offline, département not on the device), or once the place left it.
   */
  place: Place;
  keptAt: number;
  /** When `place` was last compared with the index in use. */
  seenAt: number;
  /** Version of the index that no longer had this id; cleared if the id comes back. */
  goneIn?: string;
}

/** Where the last search was made from: the distances of "Mes lieux" are measured from it. */
export interface LastSearch {
  lat: number;
  lon: number;
  /** Commune name, or '' for a position ("Autour de moi"). */
  name: string;
  /** INSEE code when the search was a commune. */
  commune?: string;
}

interface Schema extends DBSchema {
  places: { key: string; value: KeptPlace };
  meta: { key: 'lastSearch'; value: LastSearch };
}

let db: Promise<IDBPDatabase<Schema>> | undefined;

function open(): Promise<IDBPDatabase<Schema>> {
  if (!db) {
    db = openDB<Schema>(FAVOURITES_DB, 1, {
      upgrade(database) {
        database.createObjectStore('places', { keyPath: 'id' });
        database.createObjectStore('meta');
      },
      // Another tab upgrades or deletes the database: let it, and open again next time.
      blocking() {
        void db?.then((d) => d.close());
        db = undefined;
      },
    });
    db.catch(() => (db = undefined));
  }
  return db;
}

/**
 * The database only if it exists: reading never creates it, so a device where nobody kept a
 * place holds no database at all. (Browsers without indexedDB.databases() open it.)
 */
async function existing(): Promise<IDBPDatabase<Schema> | undefined> {
  if (db) return db;
  if (typeof indexedDB.databases === 'function') {
    const all = await indexedDB.databases();
    if (!all.some((d) => d.name === FAVOURITES_DB)) return undefined;
  }
  return open();
}

const listeners = new Set<() => void>();
// Other tabs of the app hear about changes too, so a place kept in one shows as kept in all.
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(FAVOURITES_DB) : undefined;
if (channel) channel.onmessage = () => listeners.forEach((listener) => listener());

function changed() {
  listeners.forEach((listener) => listener());
  channel?.postMessage('changed');
}

/** Called after any change to the kept places (in this tab or another). */
export function onKeptChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Kept places, in the order they were kept. */
export async function listKept(): Promise<KeptPlace[]> {
  const all = (await (await existing())?.getAll('places')) ?? [];
  return all.sort((a, b) => a.keptAt - b.keptAt);
}

export async function getKept(id: string): Promise<KeptPlace | undefined> {
  return (await existing())?.get('places', id);
}

/** The search being shown, held in memory; written to the device only once a place is kept. */
let currentSearch: LastSearch | undefined;

/**
 * Positions are kept to 3 decimals (~100 m): enough for "à 2,3 km", and the device does not hold
 * where exactly its owner stood.
 */
const rounded = (s: LastSearch): LastSearch => ({ ...s, lat: Math.round(s.lat * 1e3) / 1e3, lon: Math.round(s.lon * 1e3) / 1e3 });

export async function keepPlace(place: Place, now = Date.now()): Promise<void> {
  const d = await open();
  const tx = d.transaction(['places', 'meta'], 'readwrite');
  const places = tx.objectStore('places');
  const before = await places.get(place.id);
  await places.put({ id: place.id, place, keptAt: before?.keptAt ?? now, seenAt: now });
  if (currentSearch) await tx.objectStore('meta').put(rounded(currentSearch), 'lastSearch');
  await tx.done;
  changed();
}

/** Removes one place and returns it, so that the removal can be undone. */
export async function removeKept(id: string): Promise<KeptPlace | undefined> {
  const d = await existing();
  if (!d) return undefined;
  const tx = d.transaction('places', 'readwrite');
  const kept = await tx.store.get(id);
  await tx.store.delete(id);
  await tx.done;
  changed();
  return kept;
}

/** Undo of `removeKept`: the place comes back where it was in the list. */
export async function restoreKept(kept: KeptPlace): Promise<void> {
  await (await open()).put('places', kept);
  changed();
}

/** "Tout retirer": every kept place and the last search with them; the database itself goes. */
export async function clearKept(): Promise<void> {
  const d = await db?.catch(() => undefined);
  db = undefined;
  d?.close();
  await deleteDB(FAVOURITES_DB);
  changed();
}

/** Records what the index in use says of a kept place (new record, or gone), keeping its place in the list. */
export async function updateKept(id: string, update: { place?: Place; goneIn?: string }, now = Date.now()): Promise<void> {
  const d = await existing();
  if (!d) return;
  const tx = d.transaction('places', 'readwrite');
  const kept = await tx.store.get(id);
  if (kept) await tx.store.put({ ...kept, place: update.place ?? kept.place, seenAt: now, goneIn: update.place ? undefined : update.goneIn });
  await tx.done;
}

/** "Garder ce lieu à la place": the successor takes the gone place's position in the list. */
export async function replaceKept(oldId: string, place: Place, now = Date.now()): Promise<void> {
  const d = await open();
  const tx = d.transaction('places', 'readwrite');
  const old = await tx.store.get(oldId);
  const existing = await tx.store.get(place.id);
  await tx.store.delete(oldId);
  await tx.store.put({ id: place.id, place, keptAt: existing?.keptAt ?? old?.keptAt ?? now, seenAt: now });
  await tx.done;
  changed();
}

/**
 * The search on screen. Remembered in memory always; written to the device only when the person
 * keeps places (keeping is what asks the device to remember), and cleared with them.
 */
export async function noteSearch(search: LastSearch): Promise<void> {
  currentSearch = search;
  const d = await existing();
  if (!d) return;
  const tx = d.transaction(['places', 'meta'], 'readwrite');
  if ((await tx.objectStore('places').count()) > 0) await tx.objectStore('meta').put(rounded(search), 'lastSearch');
  await tx.done;
}

export async function readLastSearch(): Promise<LastSearch | undefined> {
  return (await existing())?.get('meta', 'lastSearch');
}
