import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AppState } from '../app/url-state';
import { placeFilter, type Clock, type IsOpen } from '../places/filters';
import { isOpenNow, needsHoursLibrary, openDuring, type OpeningHoursCtor } from '../places/hours';
import { useOpeningHours } from '../places/opening-hours';
import { dataGeneration, loadDep, loadManifest } from '../places/store';
import { depOfInsee } from '../shared/gazetteer-codec';
import { townByInsee } from './town-search';
import { growingNearest } from './grow';
import { nearestIn, withinKm, type Hit } from './nearest';
import { measured } from '../shared/measure';
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
      /** An hours filter is on and some places of the area need the hours library, not loaded yet: the search runs again once it is. */
      hoursPending: boolean;
      /** Départements left out because they are not on the device (offline). */
      missing: string[];
    };

export async function resolveOrigin(state: AppState): Promise<Origin | undefined> {
  if (state.near) return { ...state.near, kind: 'position', name: '' };
  if (!state.commune) return undefined;
  // The commune's own département is searched first whatever its position: fetched meanwhile.
  void loadDep(depOfInsee(state.commune)).catch(() => undefined);
  const c = await townByInsee(state.commune);
  return c && { lat: c.lat, lon: c.lon, kind: 'commune', name: c.name };
}

/** Nearest places for the URL's origin and filters, leaving out the `exclude`d ids. Re-runs when they change. */
export function useSearch(state: AppState, OH: OpeningHoursCtor | undefined, limit: number, exclude: readonly string[] = []): SearchResult {
  const [result, setResult] = useState<SearchResult>({ status: 'loading' });
  // "Open now" is read once per search: a list does not reshuffle itself while being read.
  // Weekly intervals answer at once; the library, for the few places that need it, once loaded.
  const isOpen = useMemo<IsOpen>(() => {
    const now = new Date();
    const cache = new Map<string, boolean | undefined>();
    return (p) => {
      if (!cache.has(p.id)) cache.set(p.id, isOpenNow(p, now, OH));
      return cache.get(p.id);
    };
  }, [OH]);
  const clock = useMemo<Clock>(() => {
    const now = new Date();
    const cache = new Map<string, boolean | undefined>();
    return {
      now,
      openDuring: (p, from, to) => {
        const key = `${p.id} ${from.getTime()} ${to.getTime()}`;
        if (!cache.has(key)) cache.set(key, openDuring(p, from, to, OH));
        return cache.get(key);
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
  const hoursFilterOn = state.open || state.today || state.weekend;

  useEffect(() => {
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
      const unfiltered = measured('nearest', () => nearestIn(sets, origin.lat, origin.lon, PAGE_SIZE));
      const radiusKm = unfiltered.length ? unfiltered[unfiltered.length - 1].km : 0;
      const pool = measured('nearest', () => withinKm(sets, origin.lat, origin.lon, radiusKm));
      const hoursPending = hoursFilterOn && !OH && sets.some((set) => set.places.some(needsHoursLibrary));
      return { status: 'done', origin, hits, pool, radiusKm, isOpen, clock, hoursPending, missing } as const;
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
  }, [key, isOpen, clock]);

  return result;
}

/**
 * useSearch with the hours library loaded only when the answer needs it: a shown place whose hours
 * only the library reads, or an hours filter over such places (the search then runs again).
 */
export function useSearchWithHours(state: AppState, limit: number, exclude: readonly string[] = []): { result: SearchResult; OH: OpeningHoursCtor | undefined } {
  const [wanted, setWanted] = useState(false);
  const OH = useOpeningHours(wanted);
  const result = useSearch(state, OH, limit, exclude);
  const needed = result.status === 'done' && (result.hoursPending || result.hits.some((h) => needsHoursLibrary(h.place)));
  useEffect(() => void (needed && setWanted(true)), [needed]);
  return { result, OH };
}

/** The search a page at a time ("Afficher plus"), back to one page when the origin changes; the hours library as useSearchWithHours. */
export function usePagedSearch(state: AppState) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const originKey = `${state.near?.lat},${state.near?.lon},${state.commune}`;
  useEffect(() => setLimit(PAGE_SIZE), [originKey]);
  return { ...useSearchWithHours(state, limit), limit, more: () => setLimit((n) => n + PAGE_SIZE) };
}
