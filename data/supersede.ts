// The same place id read from several files (a later export of the same list, a national extract
// repeating a source's rows): the newest valid row is the place, the others are superseded —
// counted per source, never published twice, never reported as errors.
import type { Place } from '../src/shared/place';
import { comparableDate } from '../src/shared/freshness';
import type { Superseded } from './report';

export interface Candidate {
  place: Place;
  file: string;
  row: number;
  /** Position of its dataset in the list: on equal dates the first-listed (the origin) wins. */
  order: number;
}

export function supersede(candidates: Candidate[]): { kept: Candidate[]; superseded: Superseded[] } {
  const byId = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byId.get(c.place.id);
    if (list) list.push(c);
    else byId.set(c.place.id, [c]);
  }
  const kept: Candidate[] = [];
  const superseded: Superseded[] = [];
  const date = (c: Candidate) => c.place.sources[0]!.date;
  for (const list of byId.values()) {
    const [winner, ...others] = [...list].sort((a, b) => {
      const da = comparableDate(date(a));
      const db = comparableDate(date(b));
      return da === db ? a.order - b.order : da < db ? 1 : -1;
    });
    kept.push(winner!);
    for (const o of others) {
      superseded.push({ id: o.place.id, file: o.file, row: o.row, date: date(o), by: winner!.file, byDate: date(winner!) });
    }
  }
  return { kept, superseded: superseded.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : 1)) };
}
