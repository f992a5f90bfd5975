import { useEffect, useState } from 'preact/hooks';

type PlaceTexts = typeof import('./place-texts');
let loaded: PlaceTexts | undefined;

/**
 * The SMS and hours helpers need opening_hours (~150 KB gzip): loaded after first paint,
 * the first time a hand-off is shown, and kept (the service worker precaches the chunk).
 */
export function usePlaceTexts(): PlaceTexts | undefined {
  const [mod, setMod] = useState(loaded);
  useEffect(() => {
    if (!mod) void import('./place-texts').then((m) => setMod((loaded = m)));
  }, []);
  return mod;
}
