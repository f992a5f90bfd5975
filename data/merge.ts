// De-duplication across files: the same place listed by several datasets becomes one record.
//
// Two records are the same place when they are close and alike:
//   • ≤ 150 m apart and alike in name (similarity ≥ 0.5) or at the same street address, or
//   • ≤ 1 km apart with a very similar name (≥ 0.85), or a similar name (≥ 0.5) and the same address.
// A library and a France Services merge only on a very similar name: side by side, or in one
// building, they are two services. A tiers-lieu and a France Services never merge. Records of one
// official list (France Services, libraries) never merge with each other: their ids are distinct
// labelled sites; two records of another same file merge only on a very similar name. Records are
// visited by priority (France Services, mediation files, Maine-et-Loire, libraries), so the kept id
// is the most authoritative one.
import type { Kind, Place } from '../src/shared/place';
import { distanceKm } from '../src/shared/geo';
import { fold } from './normalise/text';
import { pushTo } from './push-to';
import type { MergeRecord } from './report';

export interface Ranked {
  place: Place;
  /** Dataset priority, lower = more authoritative. */
  priority: number;
}

const STOP = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'a', 'au', 'aux', 'en', 'sur', 'sous']);
const STREET_ABBREV: Record<string, string> = {
  av: 'avenue', ave: 'avenue', bd: 'boulevard', bld: 'boulevard', blvd: 'boulevard', pl: 'place', r: 'rue',
  ch: 'chemin', che: 'chemin', rte: 'route', all: 'allee', imp: 'impasse', sq: 'square', fg: 'faubourg',
  st: 'saint', ste: 'sainte', crs: 'cours', pass: 'passage', res: 'residence', qu: 'quai',
};
/** Datasets whose rows are distinct official sites even when close and alike. */
const DISTINCT_WITHIN: ReadonlySet<string> = new Set(['france-services', 'bibliotheques']);
const KIND_PRECEDENCE: Kind[] = ['france-services', 'tiers-lieu', 'mediatheque', 'mediation'];

function tokens(s: string): string[] {
  return fold(s)
    .replace(/'/g, ' ')
    .split(' ')
    .map((t) => STREET_ABBREV[t] ?? t)
    .filter((t) => t && !STOP.has(t));
}

/**
 * Dice coefficient on words; ≥ 2 shared words making up a whole name count as 0.9.
 * Words of the commune names are left out: "France services de Tilly" and "Bibliothèque de Tilly"
 * share only their town, which says nothing about being the same place.
 */
export function nameSimilarity(a: string, b: string, communes: string[] = []): number {
  const ignore = new Set(communes.flatMap(tokens));
  let ta = new Set(tokens(a).filter((t) => !ignore.has(t)));
  let tb = new Set(tokens(b).filter((t) => !ignore.has(t)));
  // Names that are nothing but the town ("Allonnes") are compared whole.
  if (ta.size === 0 && tb.size === 0) [ta, tb] = [new Set(tokens(a)), new Set(tokens(b))];
  if (ta.size === 0 || tb.size === 0) return 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  const dice = (2 * common) / (ta.size + tb.size);
  const subset = common >= 2 && (common === ta.size || common === tb.size) ? 0.9 : 0;
  return Math.max(dice, subset);
}

/** Same house number (or none on either side) and nearly the same street words. */
export function sameAddress(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const num = (s: string) => /^\s*(\d+)/.exec(s)?.[1];
  const na = num(a);
  const nb = num(b);
  if (na && nb && na !== nb) return false;
  const wa = tokens(a.replace(/^\s*\d+\s*(bis|ter)?/i, ''));
  const wb = tokens(b.replace(/^\s*\d+\s*(bis|ter)?/i, ''));
  if (wa.length === 0 || wb.length === 0) return false;
  const sb = new Set(wb);
  const common = new Set(wa.filter((t) => sb.has(t))).size;
  return (2 * common) / (new Set(wa).size + sb.size) >= 0.7;
}

export function matchReason(a: Place, b: Place): string | undefined {
  const metres = distanceKm(a.lat, a.lon, b.lat, b.lon) * 1000;
  if (metres > 1000) return undefined;
  const name = nameSimilarity(a.name, b.name, [a.address.commune, b.address.commune]);
  const address = sameAddress(a.address.street, b.address.street);
  const kinds = new Set([a.kind, b.kind]);
  const m = Math.round(metres);
  // A France Services hosted in a tiers-lieu stays two records: merged, the rare tiers-lieu would
  // take the France Services kind and vanish from the tiers-lieu filter.
  if (kinds.has('tiers-lieu') && kinds.has('france-services')) return undefined;
  if (name >= 0.85) return `${m} m, very similar name (${name.toFixed(2)})`;
  // A library and a France Services side by side (or in one building) are two services.
  if (kinds.has('mediatheque') && kinds.has('france-services')) return undefined;
  if (metres <= 150 && name >= 0.5) return `${m} m, similar name (${name.toFixed(2)})`;
  if (metres <= 150 && address) return `${m} m, same address`;
  if (name >= 0.5 && address) return `${m} m, similar name (${name.toFixed(2)}) and same address`;
  return undefined;
}

const CELL = 0.01; // degrees ≈ 1.1 km of latitude: a 3×3 block always covers the 1 km radius
const cellKey = (i: number, j: number) => `${i}:${j}`;

const union = <T>(a: T[] | undefined, b: T[] | undefined): T[] => [...new Set([...(a ?? []), ...(b ?? [])])].sort();

/** `base` is the more authoritative record: its values win, the other fills gaps. */
export function mergePlaces(base: Place, other: Place): Place {
  const merged: Place = { ...base, address: { ...other.address, ...base.address } };
  merged.kind = KIND_PRECEDENCE.find((k) => k === base.kind || k === other.kind)!;
  for (const field of ['phone', 'email', 'website', 'appointment', 'fees'] as const) {
    if (merged[field] === undefined && other[field] !== undefined) Object.assign(merged, { [field]: other[field] });
  }
  if (!merged.hours && other.hours) {
    merged.hours = other.hours;
    delete merged.hoursText;
  } else if (!merged.hours && !merged.hoursText && other.hoursText) merged.hoursText = other.hoursText;
  merged.services = union(base.services, other.services);
  for (const field of ['publics', 'support', 'labels'] as const) {
    const values = union<string>(base[field], other[field]);
    if (values.length) Object.assign(merged, { [field]: values });
  }
  const sources = new Map([...other.sources, ...base.sources].map((s) => [s.id, s]));
  merged.sources = [...sources.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
  return merged;
}

export interface MergeResult {
  places: Place[];
  merges: MergeRecord[];
  /** id that disappeared → id kept. */
  aliases: Record<string, string>;
}

export function mergeDuplicates(ranked: Ranked[]): MergeResult {
  const order = [...ranked].sort((a, b) => a.priority - b.priority || (a.place.id < b.place.id ? -1 : 1));
  const kept: Place[] = [];
  const grid = new Map<string, number[]>();
  const merges = new Map<string, MergeRecord>();
  const aliases: Record<string, string> = {};
  for (const { place } of order) {
    const ci = Math.floor(place.lat / CELL);
    const cj = Math.floor(place.lon / CELL);
    let best: { index: number; reason: string; metres: number } | undefined;
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        for (const index of grid.get(cellKey(ci + di, cj + dj)) ?? []) {
          const candidate = kept[index]!;
          const sameList = candidate.sources.some((s) => s.id === place.sources[0]!.id);
          if (sameList && DISTINCT_WITHIN.has(place.sources[0]!.id)) continue;
          if (sameList && nameSimilarity(candidate.name, place.name, [candidate.address.commune]) < 0.85) continue;
          const reason = matchReason(candidate, place);
          if (!reason) continue;
          const metres = distanceKm(candidate.lat, candidate.lon, place.lat, place.lon) * 1000;
          if (!best || metres < best.metres) best = { index, reason, metres };
        }
      }
    }
    if (best) {
      const into = kept[best.index]!;
      kept[best.index] = mergePlaces(into, place);
      const record = merges.get(into.id) ?? { into: into.id, from: [], reason: '' };
      record.from.push(place.id);
      record.reason += `${record.reason ? '; ' : ''}${place.id}: ${best.reason}`;
      merges.set(into.id, record);
      aliases[place.id] = into.id;
    } else {
      pushTo(grid, cellKey(ci, cj), kept.length);
      kept.push(place);
    }
  }
  return {
    places: kept.sort((a, b) => (a.id < b.id ? -1 : 1)),
    merges: [...merges.values()].sort((a, b) => (a.into < b.into ? -1 : 1)),
    aliases,
  };
}
