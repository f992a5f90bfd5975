// "Nouvelle version disponible — Recharger": set by register.ts when a new service worker
// waits, read by OfflineStatus (not shown on a kiosk) and by applyWaitingUpdate (the kiosk's
// reset). A tiny store, so the header needs no import of workbox-window.
import { useEffect, useState } from 'preact/hooks';

let apply: (() => void) | undefined;
const listeners = new Set<() => void>();

export function offerReload(action: () => void) {
  apply = action;
  listeners.forEach((listener) => listener());
}

/** The action that applies the waiting version, or undefined when there is none. */
export const pendingReload = () => apply;

/** pendingReload(), re-rendering when a new version starts waiting. */
export function useReloadOffer(): (() => void) | undefined {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return apply;
}
