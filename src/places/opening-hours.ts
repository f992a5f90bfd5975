import { useEffect, useState } from 'preact/hooks';
import type { OpeningHoursCtor } from './hours';

/**
 * opening_hours is 116 KB gzip, more than the whole first screen: lists read "open now" from the
 * places' weekly intervals (./weekly-hours.ts), so the library is fetched only where it is needed —
 * a place page (public holidays), hours only it can read, an hours filter — and statuses that need
 * it show "Horaires…" until it arrives.
 */
let loading: Promise<OpeningHoursCtor> | undefined;
let loaded: OpeningHoursCtor | undefined;

export function loadOpeningHours(): Promise<OpeningHoursCtor> {
  loading ??= import('opening_hours').then((m) => (loaded = m.default));
  return loading;
}

/** The library if already loaded (undefined otherwise): for code that re-renders with useOpeningHours. */
export const loadedOpeningHours = (): OpeningHoursCtor | undefined => loaded;

/** The library once `wanted` (it stays once loaded). */
export function useOpeningHours(wanted = true): OpeningHoursCtor | undefined {
  // Wrapped: a bare class given to useState would be called as an initialiser.
  const [ctor, setCtor] = useState(() => loaded);
  useEffect(() => {
    if (!ctor && wanted) void loadOpeningHours().then((c) => setCtor(() => c));
  }, [wanted]);
  return ctor;
}
