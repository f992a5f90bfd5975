import { useEffect, useState } from 'preact/hooks';
import type { OpeningHoursCtor } from './hours';

/**
 * opening_hours is ~150 KB gzip, twice the whole first-paint budget: it is fetched right
 * after the first paint, and statuses show "Horaires…" until it arrives.
 */
let loading: Promise<OpeningHoursCtor> | undefined;
let loaded: OpeningHoursCtor | undefined;

export function loadOpeningHours(): Promise<OpeningHoursCtor> {
  loading ??= import('opening_hours').then((m) => (loaded = m.default));
  return loading;
}

export function useOpeningHours(): OpeningHoursCtor | undefined {
  // Wrapped: a bare class given to useState would be called as an initialiser.
  const [ctor, setCtor] = useState(() => loaded);
  useEffect(() => {
    if (!ctor) void loadOpeningHours().then((c) => setCtor(() => c));
  }, []);
  return ctor;
}
