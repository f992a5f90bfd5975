// Is the network there? navigator.onLine is false only when the device surely has no network; on
// a weak signal ("4G" bars, no data) it stays true while every request fails. So the app's own
// requests report back: one that fails for want of a network marks the app offline until one
// succeeds, or until the browser announces that it is online again.
let unreachable = false;
const listeners = new Set<() => void>();

function setUnreachable(value: boolean) {
  if (unreachable === value) return;
  unreachable = value;
  listeners.forEach((listener) => listener());
}

// Guarded: the device copy is also unit-tested in Node, where there is no window.
if (typeof addEventListener === 'function') addEventListener('online', () => setUnreachable(false));

// Guarded too: the device copy is also unit-tested in Node, where there is no navigator.
export const isOnline = (): boolean => (typeof navigator === 'undefined' || navigator.onLine) && !unreachable;

let inFlight = 0;
let lastActivity = 0;
const quietWaiters = new Set<() => void>();

/** fetch() that tells the app whether the network answered (any HTTP status is an answer). */
export async function trackedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  inFlight++;
  try {
    const response = await fetch(input, init);
    setUnreachable(false);
    return response;
  } catch (error) {
    // An abort is the app's own choice, not a sign of the network.
    if (error instanceof TypeError) setUnreachable(true);
    throw error;
  } finally {
    inFlight--;
    lastActivity = Date.now();
    quietWaiters.forEach((wake) => wake());
  }
}

/**
 * Resolves once the app's own requests have left the link alone for `ms` (none in flight): what
 * a first visit needs goes first, and downloads for later (the whole gazetteer, the rest of the
 * app) wait for such a pause.
 */
export function whenQuiet(ms: number): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      if (inFlight > 0) return;
      const wait = lastActivity + ms - Date.now();
      if (wait <= 0) {
        quietWaiters.delete(check);
        resolve();
      } else timer = setTimeout(check, wait);
    };
    quietWaiters.add(check);
    lastActivity = Math.max(lastActivity, Date.now());
    check();
  });
}

interface NetworkInformation {
  saveData?: boolean;
  effectiveType?: string;
}

/**
 * Whether downloads nobody asked for yet may run: not when the user asks to save data, nor on a
 * 2G-like link (they wait for a better one; the next visit tries again).
 */
export function bulkAllowed(): boolean {
  const connection = (navigator as Navigator & { connection?: NetworkInformation }).connection;
  return isOnline() && connection?.saveData !== true && !['slow-2g', '2g'].includes(connection?.effectiveType ?? '');
}

/** Called when isOnline() may have changed (browser events included). */
export function onConnectivityChange(listener: () => void): () => void {
  listeners.add(listener);
  addEventListener('online', listener);
  addEventListener('offline', listener);
  return () => {
    listeners.delete(listener);
    removeEventListener('online', listener);
    removeEventListener('offline', listener);
  };
}
