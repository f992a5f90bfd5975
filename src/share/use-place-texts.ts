import { useEffect, useState } from 'preact/hooks';
import { needsHoursLibrary } from '../places/hours';
import { useOpeningHours } from '../places/opening-hours';
import type { Place } from '../shared/place';

type PlaceTexts = typeof import('./place-texts');
let loaded: PlaceTexts | undefined;

/**
 * The SMS, print and read-aloud helpers: loaded the first time a hand-off is shown. They read
 * the places' weekly intervals; the hours library (116 KB gzip) is loaded only when one of
 * `places` has hours only it can read, and the texts are redone when it arrives.
 */
export function usePlaceTexts(places: readonly Place[]): PlaceTexts | undefined {
  const [mod, setMod] = useState(loaded);
  useOpeningHours(places.some(needsHoursLibrary));
  useEffect(() => {
    if (!mod) void import('./place-texts').then((m) => setMod((loaded = m)));
  }, []);
  return mod;
}
