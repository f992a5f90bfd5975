// From what a source says about one stop to the Stop record: the commune's centre when the source
// gives no position, ids stable across rebuilds, the link to the bus.
import type { PlaceSource } from '../../src/shared/place';
import type { Stop } from '../../src/shared/stop';
import type { Gazetteer } from '../communes';
import type { ParsedStop } from './parse-comment';

/** A stop before it is linked to its bus (the bus gives the id). */
export type StopDraft = Omit<Stop, 'id' | 'busId' | 'busName'>;

export interface Bus {
  /** Place.id of the service (`fs-<id_fs>`). */
  id: string;
  name: string;
}

/** A stop read from a comment stands at its commune's centre: the comment gives no position. */
export function draftFromComment(p: ParsedStop, g: Gazetteer, source: PlaceSource): StopDraft {
  const commune = g.byInsee.get(p.insee)!;
  const draft: StopDraft = {
    insee: p.insee,
    commune: p.commune,
    dep: p.dep,
    lat: commune.lat,
    lon: commune.lon,
    position: 'commune',
    slots: p.slots,
    text: p.text,
    sources: [source],
  };
  if (p.locality) draft.locality = p.locality;
  if (p.place) draft.place = p.place;
  if (p.hours) draft.hours = p.hours;
  if (p.appointment) draft.appointment = true;
  return draft;
}

/** `<busId>-<insee>`, then `-2`, `-3`… in the order the source lists the bus's stops in one commune. */
export function linkStops(bus: Bus, drafts: StopDraft[]): Stop[] {
  const seen = new Map<string, number>();
  return drafts.map((d) => {
    const base = `${bus.id}-${d.insee.toLowerCase()}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, busId: bus.id, busName: bus.name, ...d };
  });
}
