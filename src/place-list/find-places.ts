import { findPlaceOrKept } from '../favourites/lookup';
import type { Place } from '../shared/place';

export type ListEntry =
  | { id: string; state: 'found'; place: Place; notice?: 'gone' | 'saved' }
  /** Not in what could be read: gone from the index when online, maybe just not on the device offline. */
  | { id: string; state: 'missing' }
  /** Could not be read at all (offline, nothing on the device for it). */
  | { id: string; state: 'error' };

/**
 * The places of a hand-picked list, in its order: each from the index (the départements nearest
 * `near` first), or from "Mes lieux" on a personal device; one that cannot be read does not hide the others.
 */
export function findPlaces(ids: string[], near: { lat: number; lon: number } | undefined, personal: boolean): Promise<ListEntry[]> {
  return Promise.all(
    ids.map((id) =>
      findPlaceOrKept(id, near, personal).then(
        (found): ListEntry => (found ? { id, state: 'found', place: found.place, notice: found.notice } : { id, state: 'missing' }),
        (): ListEntry => ({ id, state: 'error' }),
      ),
    ),
  );
}
