import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AppState } from '../app/url-state';
import { placeFilter, type Clock, type IsOpen } from '../places/filters';
import { isOpenAt, isOpenDuring, type OpeningHoursCtor } from '../places/hours';
import { dataGeneration, loadCommunes, loadDep, loadManifest } from '../places/store';
import { growingNearest } from './grow';
import { nearestIn, withinKm, type Hit } from './nearest';
import type { Place } from '../shared/place';

export const PAGE_SIZE = 20;

export interface Origin {
  lat: number;
  lon: number;
  kind: 'position' | 'commune';
  /** Commune name; empty for the user's position (the UI words it). */
  name: string;
}

export type SearchResult =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'unknown-commune' }
  | {
      status: 'done';
      origin: Origin;
      hits: Hit[];
      /** Places within `radiusKm` of the origin whatever the filters: what the filter counts are computed over. */
      pool: Place[];
      radiusKm: number;
      isOpen: IsOpen;
      /** "Open today" and "at the weekend", read at the same instant as isOpen. */
      clock: Clock;
      /** Départements left out because they are not on the device (offline). */
      missing: string[];
    };

export async function resolveOrigin(state: AppState): Promise<Origin | undefined> {
  if (state.near) return { ...state.near, kind: 'position', name: '' };
  if (!state.commune) return undefined;
  const c = (await loadCommunes()).byInsee(state.commune);
  return c && { lat: c.lat, lon: c.lon, kind: 'commune', name: c.name };
}

/** The search a page at a time ("Afficher plus"), back to one page when the origin changes. */
export function usePagedSearch(state: AppState, OH: OpeningHoursCtor | undefined) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const originKey = `${state.near?.lat},${state.near?.lon},${state.commune}`;
  useEffect(() => setLimit(PAGE_SIZE), [originKey]);
  return { result: useSearch(state, OH, limit), limit, more: () => setLimit((n) => n + PAGE_SIZE) };
}

/** Nearest places for the URL's origin and filters, leaving out the `exclude`d ids. Re-runs when they change. */
export function useSearch(state: AppState, OH: OpeningHoursCtor | undefined, limit: number, exclude: readonly string[] = []): SearchResult {
  const [result, setResult] = useState<SearchResult>({ status: 'loading' });
  // "Open now" is read once per search: a list does not reshuffle itself while being read.
  const isOpen = useMemo<IsOpen>(() => {
    if (!OH) return () => undefined;
    const now = new Date();
    const cache = new Map<string, boolean>();
    return (p) => {
      let open = cache.get(p.id);
      if (open === undefined) cache.set(p.id, (open = isOpenAt(OH, p, now)));
      return open;
    };
  }, [OH]);
  const clock = useMemo<Clock>(() => {
    const now = new Date();
    if (!OH) return { now, openDuring: () => undefined };
    const cache = new Map<string, boolean>();
    return {
      now,
      openDuring: (p, from, to) => {
        const key = `${p.id} ${from.getTime()} ${to.getTime()}`;
        let open = cache.get(key);
        if (open === undefined) cache.set(key, (open = isOpenDuring(OH, p, from, to)));
        return open;
      },
    };
  }, [OH]);
  const key = JSON.stringify([
    state.near,
    state.commune,
    state.kinds,
    state.services,
    state.open,
    state.today,
    state.weekend,
    state.free,
    state.support,
    state.access,
    state.walkin,
    state.mobile,
    limit,
    exclude,
  ]);
  // With an hours filter the search waits for the hours library rather than showing nothing.
  const ready = !(state.open || state.today || state.weekend) || OH !== undefined;

  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    setResult((r) => (r.status === 'done' ? r : { status: 'loading' }));
    const search = async () => {
      const origin = await resolveOrigin(state);
      if (!origin) return { status: 'unknown-commune' } as const;
      const { files } = await loadManifest();
      const test = placeFilter(state, isOpen, clock);
      const left = new Set(exclude);
      const accept = left.size ? (p: Place) => !left.has(p.id) && test(p) : test;
      const { hits, sets, missing } = await growingNearest({ files, load: loadDep, lat: origin.lat, lon: origin.lon, want: limit, accept });
      // The radius of the nearest places *without* filters: stable while filters are toggled, and
      // every file within it is loaded (the filtered search went at least as far).
      const unfiltered = nearestIn(sets, origin.lat, origin.lon, PAGE_SIZE);
      const radiusKm = unfiltered.length ? unfiltered[unfiltered.length - 1].km : 0;
      const pool = withinKm(sets, origin.lat, origin.lon, radiusKm);
      return { status: 'done', origin, hits, pool, radiusKm, isOpen, clock, missing } as const;
    };
    (async () => {
      // A new data version adopted mid-search would mix files of both: search again.
      for (;;) {
        const generation = dataGeneration();
        const result = await search();
        if (generation === dataGeneration()) return result;
      }
    })().then(
      (r) => !cancelled && setResult(r),
      () => !cancelled && setResult({ status: 'error' }),
    );
    return () => {
      cancelled = true;
    };
  }, [key, ready, isOpen, clock]);

  return result;
}
