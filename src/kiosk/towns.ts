import { distanceKm } from '../shared/geo';
import type { Commune } from '../shared/place';
import { normalise } from '../shared/normalise';

export interface TownList {
  /** Up to `limit` communes: starting with the typed letters (any word of the name), nearest first. */
  find(prefix: string, limit?: number): Commune[];
}

/** The kiosk's town picker: typed on a letter pad, so matches are ranked by distance, not by size. */
export function townList(communes: Commune[], near: { lat: number; lon: number }, keys: readonly string[] = communes.map((c) => normalise(c.name))): TownList {
  const ranked = communes
    .map((c, i) => ({ c, key: ` ${keys[i]}`, d: distanceKm(near.lat, near.lon, c.lat, c.lon) }))
    .sort((a, b) => a.d - b.d);
  return {
    find(prefix, limit = 12) {
      const q = normalise(prefix);
      const out: Commune[] = [];
      for (const { c, key } of ranked) {
        if (!q || key.includes(` ${q}`)) out.push(c);
        if (out.length === limit) break;
      }
      return out;
    },
  };
}
