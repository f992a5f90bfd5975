import type { Place } from '../shared/place';
import { findPlace, loadDep, loadManifest } from '../places/store';
import { checkKept, type IndexReader, type KeptStatus } from './check-kept';
import { getKept, updateKept, type KeptPlace } from './kept-store';

export type { KeptStatus };

const STORE: IndexReader = { manifest: loadManifest, loadDep };

/** `checkKept`, and the device copy follows: the new record is saved, a gone place marked as such. */
export async function refreshKept(kept: KeptPlace, index: IndexReader = STORE): Promise<KeptStatus> {
  const status = await checkKept(kept, index);
  const write =
    status.state === 'current' && (status.changed || kept.goneIn)
      ? updateKept(kept.id, { place: status.place })
      : status.state === 'gone' && !kept.goneIn
        ? index.manifest().then((m) => updateKept(kept.id, { goneIn: m.version }))
        : undefined;
  await write?.catch(() => undefined);
  return status;
}

export type Lookup = { place: Place; notice?: 'gone' | 'saved' };

/**
 * A place by id for the place page and the shared lists: from the index, or, on a personal
 * device, from "Mes lieux" when the index cannot say (offline) or no longer has it.
 * `personal` false (kiosk): the kept places are never read.
 */
export async function findPlaceOrKept(id: string, near: { lat: number; lon: number } | undefined, personal: boolean): Promise<Lookup | undefined> {
  const kept = personal ? await getKept(id).catch(() => undefined) : undefined;
  if (!kept) {
    const place = await findPlace(id, near);
    return place && { place };
  }
  const status = await refreshKept(kept);
  return status.state === 'current' ? { place: status.place } : { place: status.place, notice: status.state };
}
