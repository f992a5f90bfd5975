import { distanceKm } from '../shared/geo';
import type { Place } from '../shared/place';

/**
 * The build merges two records of one place (data/merge.ts) when they lie within 150 m and share
 * their name or street; the id kept is the most authoritative one, and which ids were merged away
 * is only written in the build's report. So when a kept id leaves the index, the app looks for
 * the record it most likely became — the same test, loosely — and offers it, never swaps it alone.
 */
const MERGE_RADIUS_M = 150;

const words = (s: string | undefined) =>
  new Set(
    (s ?? '')
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .split(/[^a-z0-9]+/)
      // Short words ("de", "la", "rue") and numbers say nothing about being the same place.
      .filter((w) => w.length >= 4 && !/^\d+$/.test(w)),
  );

const shareWord = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));
const houseNumber = (street: string | undefined) => /^\s*(\d+)/.exec(street ?? '')?.[1];

/** Same house number (or none on either side) and a street word in common. */
const sameStreet = (a: string | undefined, b: string | undefined) =>
  Boolean(a && b) && houseNumber(a) === houseNumber(b) && shareWord(words(a), words(b));

export interface Successor {
  place: Place;
  metres: number;
}

/** The nearest record within 150 m that shares a name word (town words aside) or its street with `gone`. */
export function likelySuccessor(gone: Place, candidates: Place[]): Successor | undefined {
  const town = words(gone.address.commune);
  const name = new Set([...words(gone.name)].filter((w) => !town.has(w)));
  let best: Successor | undefined;
  for (const place of candidates) {
    if (place.id === gone.id) continue;
    const metres = distanceKm(gone.lat, gone.lon, place.lat, place.lon) * 1000;
    if (metres > MERGE_RADIUS_M || (best && best.metres <= metres)) continue;
    if (shareWord(name, words(place.name)) || sameStreet(gone.address.street, place.address.street)) best = { place, metres: Math.round(metres) };
  }
  return best;
}
