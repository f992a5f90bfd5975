import type { Manifest, Place } from '../shared/place';
import type { PlaceSet } from '../search/nearest';
import type { KeptPlace } from './kept-store';
import { likelySuccessor, type Successor } from './successor';

/** What the index in use says of a kept place. */
export type KeptStatus =
  | { state: 'current'; place: Place; changed: boolean }
  /** The index no longer has the id: the saved record is shown, with a likely successor if any. */
  | { state: 'gone'; place: Place; successor?: Successor }
  /** The index cannot be read (offline and not on the device): the saved record is shown. */
  | { state: 'saved'; place: Place };

/** The two reads of the index it needs (src/places/store.ts in the app). */
export interface IndexReader {
  manifest: () => Promise<Manifest>;
  loadDep: (dep: string) => Promise<PlaceSet>;
}

/**
 * Reads the kept place's own département in the index in use. A record changes, an id leaves,
 * but a place never changes département while keeping its id (ids come from the source row), so
 * that one file decides: found, changed, or gone. Only when it cannot be read does the saved
 * record stand in, and a place that an earlier check found gone stays gone.
 */
export async function checkKept(kept: KeptPlace, index: IndexReader): Promise<KeptStatus> {
  const saved: KeptStatus = kept.goneIn ? { state: 'gone', place: kept.place } : { state: 'saved', place: kept.place };
  const manifest = await index.manifest().catch(() => undefined);
  if (!manifest) return saved;
  if (!manifest.files.some((f) => f.type === 'departement' && f.dep === kept.place.dep)) return { state: 'gone', place: kept.place };
  const set = await index.loadDep(kept.place.dep).catch(() => undefined);
  if (!set) return saved;
  const place = set.places.find((p) => p.id === kept.id);
  if (place) return { state: 'current', place, changed: JSON.stringify(place) !== JSON.stringify(kept.place) };
  return { state: 'gone', place: kept.place, successor: likelySuccessor(kept.place, set.places) };
}
