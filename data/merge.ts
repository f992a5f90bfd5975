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
import { comparableDate } from '../src/shared/freshness';
import type { MergeRecord } from './report';

export interface Ranked {
  place: Place;
  /** Dataset priority, lower = more authoritative. */
  priority: number;
  /** Ids of other records this one says it is (a hub row naming its conseiller numérique place). */
  refs?: string[];
}

const STOP = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'a', 'au', 'aux', 'en', 'sur', 'sous']);
const STREET_ABBREV: Record<string, string> = {
  av: 'avenue', ave: 'avenue', bd: 'boulevard', bld: 'boulevard', blvd: 'boulevard', pl: 'place', r: 'rue',
  ch: 'chemin', che: 'chemin', rte: 'route', all: 'allee', imp: 'impasse', sq: 'square', fg: 'faubourg',
  st: 'saint', ste: 'sainte', crs: 'cours', pass: 'passage', res: 'residence', qu: 'quai',
};
/** Datasets whose rows are distinct official sites even when close and alike. */
const DISTINCT_WITHIN: ReadonlySet<string> = new Set(['france-services', 'bibliotheques', 'tiers-lieux']);
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
  // A France Services or a library hosting a tiers-lieu (a fablab in a médiathèque) stays two
  // records: merged, one of them would take the other's kind and vanish from its filter.
  if (kinds.has('tiers-lieu') && (kinds.has('france-services') || kinds.has('mediatheque'))) return undefined;
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

/** Facts about the place that change (contacts, hours, conditions): the newest row that gives one wins. */
const FRESH_FIELDS = ['phone', 'email', 'website', 'hours', 'hoursText', 'appointment', 'fees', 'access'] as const;
type FreshField = (typeof FRESH_FIELDS)[number];

/** Which source (and row date) each fresh field of a record came from. */
export type Provenance = Partial<Record<FreshField, { source: string; date: string }>>;

export function provenanceOf(p: Place): Provenance {
  const { id: source, date } = p.sources[0]!;
  const from: Provenance = {};
  for (const f of FRESH_FIELDS) if (p[f] !== undefined) from[f] = { source, date };
  return from;
}

const newer = (a: { date: string } | undefined, b: { date: string } | undefined) =>
  b !== undefined && (a === undefined || comparableDate(b.date) > comparableDate(a.date));

/**
 * `base` is the more authoritative record: its id, name, kind precedence, position and address
 * stay. Each fresh field takes the newest row's value (ties keep the base); valid OSM hours beat
 * hours only known as text, whatever their age, because only they can say "open now". Lists are
 * united, sources kept with their own dates.
 */
export function mergePlaces(
  base: Place,
  other: Place,
  from: { base: Provenance; other: Provenance } = { base: provenanceOf(base), other: provenanceOf(other) },
): { place: Place; from: Provenance } {
  const merged: Place = { ...base, address: { ...other.address, ...base.address } };
  const prov: Provenance = { ...from.base };
  merged.kind = KIND_PRECEDENCE.find((k) => k === base.kind || k === other.kind)!;
  const take = (f: FreshField) => {
    Object.assign(merged, { [f]: other[f] });
    prov[f] = from.other[f];
  };
  for (const f of ['phone', 'email', 'website', 'appointment', 'fees', 'access'] as const) {
    if (other[f] !== undefined && newer(prov[f], from.other[f])) take(f);
  }
  const baseHours = merged.hours ? 'hours' : merged.hoursText ? 'hoursText' : undefined;
  const otherHours = other.hours ? 'hours' : other.hoursText ? 'hoursText' : undefined;
  const rank = (h: string | undefined) => (h === 'hours' ? 2 : h ? 1 : 0);
  if (otherHours && (rank(otherHours) > rank(baseHours) || (rank(otherHours) === rank(baseHours) && newer(prov[baseHours!], from.other[otherHours])))) {
    delete merged.hours;
    delete merged.hoursText;
    delete prov.hours;
    delete prov.hoursText;
    take(otherHours);
  }
  merged.services = union(base.services, other.services);
  for (const field of ['publics', 'support', 'labels'] as const) {
    const values = union<string>(base[field], other[field]);
    if (values.length) Object.assign(merged, { [field]: values });
  }
  const sources = new Map([...other.sources, ...base.sources].map((s) => [s.id, s]));
  merged.sources = [...sources.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
  return { place: merged, from: prov };
}

export interface MergeResult {
  places: Place[];
  merges: MergeRecord[];
  /** id that disappeared → id kept. */
  aliases: Record<string, string>;
}

interface Entry {
  place: Place;
  from: Provenance;
}

export function mergeDuplicates(ranked: Ranked[]): MergeResult {
  const order = [...ranked].sort((a, b) => a.priority - b.priority || (a.place.id < b.place.id ? -1 : 1));
  const merges = new Map<string, MergeRecord>();
  const aliases: Record<string, string> = {};
  const record = (into: string, from: string, reason: string) => {
    const r = merges.get(into) ?? { into, from: [], reason: '' };
    r.from.push(from);
    r.reason += `${r.reason ? '; ' : ''}${from}: ${reason}`;
    merges.set(into, r);
    aliases[from] = into;
  };

  // 1. Rows that name another record by its id (hub exports) are that record, wherever geocoded.
  const entries = new Map<string, Entry>(order.map(({ place }) => [place.id, { place, from: provenanceOf(place) }]));
  for (const { place, refs } of order) {
    const target = refs?.map((ref) => entries.get(ref)).find((e) => e && e.place.id !== place.id);
    const self = entries.get(place.id);
    if (!target || !self) continue;
    const merged = mergePlaces(target.place, self.place, { base: target.from, other: self.from });
    entries.set(target.place.id, merged);
    entries.delete(place.id);
    record(target.place.id, place.id, `names ${target.place.id} in its id`);
  }

  // 2. The others by distance and likeness, most authoritative first.
  const kept: Entry[] = [];
  const grid = new Map<string, number[]>();
  for (const { place: original } of order) {
    const entry = entries.get(original.id);
    if (!entry) continue;
    const { place } = entry;
    const ci = Math.floor(place.lat / CELL);
    const cj = Math.floor(place.lon / CELL);
    let best: { index: number; reason: string; metres: number } | undefined;
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        for (const index of grid.get(cellKey(ci + di, cj + dj)) ?? []) {
          const candidate = kept[index]!.place;
          const shared = place.sources.filter((t) => candidate.sources.some((s) => s.id === t.id));
          if (shared.some((s) => DISTINCT_WITHIN.has(s.id))) continue;
          if (shared.length && nameSimilarity(candidate.name, place.name, [candidate.address.commune]) < 0.85) continue;
          const reason = matchReason(candidate, place);
          if (!reason) continue;
          const metres = distanceKm(candidate.lat, candidate.lon, place.lat, place.lon) * 1000;
          if (!best || metres < best.metres) best = { index, reason, metres };
        }
      }
    }
    if (best) {
      const into = kept[best.index]!;
      kept[best.index] = mergePlaces(into.place, place, { base: into.from, other: entry.from });
      record(into.place.id, place.id, best.reason);
      // A record that absorbed others in step 1 brings them along.
      const absorbed = merges.get(place.id);
      if (absorbed) {
        merges.delete(place.id);
        for (const alias of absorbed.from) aliases[alias] = into.place.id;
        const r = merges.get(into.place.id)!;
        r.from.push(...absorbed.from);
        r.reason += `; ${absorbed.reason}`;
      }
    } else {
      pushTo(grid, cellKey(ci, cj), kept.length);
      kept.push(entry);
    }
  }
  const provenance = new Map(kept.map((e) => [e.place.id, e.from]));
  for (const m of merges.values()) {
    const from = provenance.get(m.into);
    if (from) m.fields = Object.fromEntries(Object.entries(from).map(([f, p]) => [f, p.source]));
  }
  return {
    places: kept.map((e) => e.place).sort((a, b) => (a.id < b.id ? -1 : 1)),
    merges: [...merges.values()].sort((a, b) => (a.into < b.into ? -1 : 1)),
    aliases,
  };
}
